// Users, sessions and the websudo ("secure administrator session") window, on a clock that
// tests can move forward instead of waiting.
import { randomBytes } from 'node:crypto';

export type SandboxRole = 'sysadmin' | 'admin' | 'user';

export interface SandboxUser {
  username: string;
  password: string;
  displayName: string;
  email: string;
  key: string;
  role: SandboxRole;
}

/** The two accounts of the sandbox. Passwords are fake and only valid here. */
export const LOGINS = {
  admin: { username: 'admin', password: 'FAKE-admin-password' },
  user: { username: 'jdoe-fake', password: 'FAKE-user-password' },
} as const;

export const USERS: readonly SandboxUser[] = [
  {
    ...LOGINS.admin,
    displayName: 'Ada Fakeadmin',
    email: 'ada.fakeadmin@fake-corp.example.test',
    key: 'JIRAUSER10100',
    role: 'sysadmin',
  },
  {
    ...LOGINS.user,
    displayName: 'John Fakedoe',
    email: 'john.fakedoe@fake-corp.example.test',
    key: 'JIRAUSER10200',
    role: 'user',
  },
];

/** Jira's default `jira.websudo.timeout`, in minutes. */
export const WEBSUDO_MINUTES = 10;

export function isAdmin(user: SandboxUser | undefined): boolean {
  return user?.role === 'admin' || user?.role === 'sysadmin';
}

export function isSysAdmin(user: SandboxUser | undefined): boolean {
  return user?.role === 'sysadmin';
}

export function authenticate(username: string, password: string): SandboxUser | undefined {
  return USERS.find((u) => u.username === username && u.password === password);
}

export class SandboxClock {
  private offsetMs = 0;
  now(): number {
    return Date.now() + this.offsetMs;
  }
  advanceMinutes(n: number): void {
    this.offsetMs += n * 60_000;
  }
}

export interface Session {
  id: string;
  user: SandboxUser;
  /** The value of the `atlassian-token` meta tag and the `atl_token` form field. */
  xsrfToken: string;
  /** Sandbox-clock time until which websudo is active; 0 when never granted. */
  webSudoUntil: number;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly clock: SandboxClock) {}

  create(user: SandboxUser): Session {
    const session: Session = {
      id: randomBytes(16).toString('hex').toUpperCase(),
      user,
      xsrfToken: `${randomBytes(10).toString('hex')}_lin`,
      webSudoUntil: 0,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: string | undefined): Session | undefined {
    return id === undefined ? undefined : this.sessions.get(id);
  }

  destroy(id: string): void {
    this.sessions.delete(id);
  }

  hasWebSudo(session: Session): boolean {
    return this.clock.now() < session.webSudoUntil;
  }

  /** Grants or extends the window: it rolls with every admin page and websudo-protected call. */
  touchWebSudo(session: Session): void {
    session.webSudoUntil = this.clock.now() + WEBSUDO_MINUTES * 60_000;
  }
}
