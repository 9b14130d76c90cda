/**
 * Support request codes: support staff preselect what a bundle should contain, the admin
 * pastes the code (or opens a link carrying it) and reviews the preselection.
 *
 * Format: `SB1-<base64url(JSON with short keys)>-<base64url(first 6 bytes of SHA-256 of that JSON)>`.
 *
 * The checksum detects corruption and accidental edits (a truncated paste, a changed
 * letter), NOT forgery: anyone can compute it. That is fine because a code grants
 * nothing; it only preselects sources and a log window that the admin then reviews and
 * may change before anything is collected.
 */
import { z } from 'zod';
import type { SupportRequest } from '../model.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';

export const REQUEST_CODE_VERSION = 1;
export const MAX_REQUEST_CODE_LENGTH = 2000;
/** The link fragment the admin screen recognises; append the code to the screen's address. */
export const REQUEST_FRAGMENT_PREFIX = '#vilisoft-support-bundle/request=';

export type RequestCodeProblem =
  'malformed' | 'unknown-version' | 'altered' | 'oversized' | 'invalid';

export class RequestCodeError extends Error {
  readonly problem: RequestCodeProblem;
  constructor(problem: RequestCodeProblem, message: string) {
    super(message);
    this.name = 'RequestCodeError';
    this.problem = problem;
  }
}

export type RequestInput = Omit<SupportRequest, 'id' | 'createdAt'> &
  Partial<Pick<SupportRequest, 'id' | 'createdAt'>>;

const TICKET = /^[A-Z][A-Z0-9]+-\d+$/;

/** Source ids are not checked against a list here: the screen reports unknown ones. */
const fields = {
  ticket: z.string().regex(TICKET, 'must look like VS-4821 (project key, dash, number)'),
  requestedBy: z.string().trim().min(1, 'must name who asks').max(120),
  sources: z.array(z.string().min(1).max(80)).min(1, 'must list at least one source').max(100),
  logWindowHours: z
    .number()
    .int('must be a whole number of hours')
    .min(1, 'must be between 1 and 720 hours')
    .max(720, 'must be between 1 and 720 hours'),
  note: z.string().max(500, 'must be at most 500 characters'),
};

/** The JSON inside a code; short keys keep codes short enough for a chat message. */
const payloadSchema = z.strictObject({
  t: fields.ticket,
  b: fields.requestedBy,
  s: fields.sources,
  h: fields.logWindowHours.optional(),
  n: fields.note.optional(),
  /** createdAt, seconds since the epoch. */
  c: z.number().int().nonnegative(),
});
type Payload = z.infer<typeof payloadSchema>;

const inputSchema = z.object({
  ticket: fields.ticket,
  requestedBy: fields.requestedBy,
  sources: fields.sources,
  logWindowHours: fields.logWindowHours.optional(),
  note: fields.note.optional(),
  createdAt: z.iso.datetime({ offset: true }).optional(),
});

const LONG_NAMES: Record<string, string> = {
  t: 'ticket',
  b: 'requested by',
  s: 'sources',
  h: 'log window hours',
  n: 'note',
  c: 'created at',
  requestedBy: 'requested by',
  logWindowHours: 'log window hours',
  createdAt: 'created at',
};

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const [head, ...rest] = issue.path.map(String);
      const name = [head === undefined ? 'request' : (LONG_NAMES[head] ?? head), ...rest].join('.');
      return `${name} ${issue.message}`;
    })
    .join('; ');
}

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  const copy = new Uint8Array(bytes); // subtle.digest wants an ArrayBuffer-backed view
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', copy));
}

function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function toRequest(payload: Payload, digest: Uint8Array): SupportRequest {
  const request: SupportRequest = {
    id: `req-${hex(digest.slice(0, 4))}`,
    ticket: payload.t,
    requestedBy: payload.b,
    sources: payload.s,
    createdAt: new Date(payload.c * 1000).toISOString(),
  };
  if (payload.h !== undefined) request.logWindowHours = payload.h;
  if (payload.n !== undefined) request.note = payload.n;
  return request;
}

/** Builds a request code. Throws RequestCodeError('invalid' | 'oversized') with a readable message. */
export async function encodeRequest(input: RequestInput): Promise<string> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    throw new RequestCodeError(
      'invalid',
      `The request is not valid: ${describeIssues(parsed.error)}.`,
    );
  }
  const r = parsed.data;
  const createdMs = r.createdAt === undefined ? Date.now() : Date.parse(r.createdAt);
  const payload: Payload = {
    t: r.ticket,
    b: r.requestedBy,
    s: r.sources,
    c: Math.floor(createdMs / 1000),
  };
  if (r.logWindowHours !== undefined) payload.h = r.logWindowHours;
  if (r.note !== undefined && r.note !== '') payload.n = r.note;
  const json = new TextEncoder().encode(JSON.stringify(payload));
  const digest = await sha256(json);
  const code = `SB${REQUEST_CODE_VERSION}-${toBase64Url(json)}-${toBase64Url(digest.slice(0, 6))}`;
  if (code.length > MAX_REQUEST_CODE_LENGTH) {
    throw new RequestCodeError(
      'oversized',
      `The request code would be ${code.length} characters, more than ${MAX_REQUEST_CODE_LENGTH}. Shorten the note or list fewer sources.`,
    );
  }
  return code;
}

/** The link fragment that opens the admin screen with this request preselected. */
export function requestLinkFragment(code: string): string {
  return `${REQUEST_FRAGMENT_PREFIX}${code}`;
}

/** Accepts a bare code, a fragment, or a whole URL; ignores whitespace from wrapped e-mails. */
export function extractRequestCode(text: string): string {
  let s = text.replace(/\s+/g, '');
  const hash = s.indexOf('#');
  if (hash >= 0) s = s.slice(hash);
  const marker = s.indexOf('request=');
  if (marker >= 0) s = s.slice(marker + 'request='.length);
  const end = s.search(/[&#]/);
  if (end >= 0) s = s.slice(0, end);
  if (s.includes('%')) {
    try {
      s = decodeURIComponent(s);
    } catch {
      // Leave it as it is; the format check below names the problem.
    }
  }
  return s;
}

const CODE_SHAPE = /^SB(\d+)-([A-Za-z0-9_-]+)-([A-Za-z0-9_-]{8})$/;
const ASK_AGAIN = 'Ask support to send the code again, or copy it again in full.';

/** Reads a request code. Throws RequestCodeError with a message an admin can act on. */
export async function decodeRequest(text: string): Promise<SupportRequest> {
  const code = extractRequestCode(text);
  if (code === '')
    throw new RequestCodeError('malformed', `The request code is empty. ${ASK_AGAIN}`);
  if (code.length > MAX_REQUEST_CODE_LENGTH) {
    throw new RequestCodeError(
      'oversized',
      `The request code has ${code.length} characters; valid codes have at most ${MAX_REQUEST_CODE_LENGTH}. ${ASK_AGAIN}`,
    );
  }
  const version = /^SB(\d+)-/.exec(code)?.[1];
  if (version !== undefined && Number(version) !== REQUEST_CODE_VERSION) {
    throw new RequestCodeError(
      'unknown-version',
      `This request code has version ${version}, which this version of Support Bundle cannot read. Update the app, or ask support for a version ${REQUEST_CODE_VERSION} code.`,
    );
  }
  const match = CODE_SHAPE.exec(code);
  const json = match ? fromBase64Url(match[2] ?? '') : null;
  const check = match ? fromBase64Url(match[3] ?? '') : null;
  if (!json || !check) {
    throw new RequestCodeError(
      'malformed',
      `This is not a support request code (they look like SB1-eyJ0Ijoi…-AbCd1234). ${ASK_AGAIN}`,
    );
  }
  const digest = await sha256(json);
  if (hex(digest.slice(0, 6)) !== hex(check)) {
    throw new RequestCodeError(
      'altered',
      `The request code was changed or damaged after it was made (its checksum does not match). ${ASK_AGAIN}`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    throw new RequestCodeError(
      'malformed',
      `The request code's content cannot be read. ${ASK_AGAIN}`,
    );
  }
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) {
    throw new RequestCodeError(
      'invalid',
      `The request code holds an invalid request: ${describeIssues(parsed.error)}. ${ASK_AGAIN}`,
    );
  }
  return toRequest(parsed.data, digest);
}
