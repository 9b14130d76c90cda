/**
 * The one thing the screen may keep in the browser: the key of the pseudonyms, when the
 * admin wants the same value to get the same pseudonym in every bundle. Turning the option
 * off deletes it. Nothing else goes into localStorage, IndexedDB or cookies.
 */

export const PSEUDONYM_KEY_STORAGE = 'vilisoft-support-bundle.pseudonym-key';
const KEY_BYTES = 32;

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array | undefined {
  try {
    const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    return bytes.length === KEY_BYTES ? bytes : undefined;
  } catch {
    return undefined;
  }
}

export function hasPseudonymKey(): boolean {
  try {
    return fromBase64(localStorage.getItem(PSEUDONYM_KEY_STORAGE) ?? '') !== undefined;
  } catch {
    return false;
  }
}

/** The stored key, made and stored first if needed; undefined when the browser refuses storage. */
export function pseudonymKey(): Uint8Array | undefined {
  try {
    const stored = fromBase64(localStorage.getItem(PSEUDONYM_KEY_STORAGE) ?? '');
    if (stored) return stored;
    const fresh = crypto.getRandomValues(new Uint8Array(KEY_BYTES));
    localStorage.setItem(PSEUDONYM_KEY_STORAGE, toBase64(fresh));
    return fresh;
  } catch {
    return undefined;
  }
}

export function forgetPseudonymKey(): void {
  try {
    localStorage.removeItem(PSEUDONYM_KEY_STORAGE);
  } catch {
    // Storage is off in this browser: there is nothing to delete.
  }
}
