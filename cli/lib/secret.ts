/**
 * The HMAC key behind the pseudonyms. Random per run by default (tokens then differ
 * between runs); `--secret-file` keeps one key so tokens stay the same across runs.
 */
import { randomBytes } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { describeError, errorCode, UsageError } from './errors.ts';

const KEY_BYTES = 32;

export function randomSecret(): Uint8Array {
  return new Uint8Array(randomBytes(KEY_BYTES));
}

/** Reads the key from `path`, creating it (mode 0600) when it does not exist yet. */
export async function loadOrCreateSecret(
  path: string,
  warn: (message: string) => void,
): Promise<{ secret: Uint8Array; created: boolean }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') {
      throw new UsageError(`Cannot read the secret file ${path}: ${describeError(error)}.`);
    }
    const secret = randomSecret();
    try {
      await writeFile(path, `${Buffer.from(secret).toString('hex')}\n`, {
        mode: 0o600,
        flag: 'wx',
      });
    } catch (writeError) {
      throw new UsageError(`Cannot create the secret file ${path}: ${describeError(writeError)}.`);
    }
    return { secret, created: true };
  }
  const hex = text.trim();
  if (!/^[0-9a-fA-F]{64,}$/.test(hex) || hex.length % 2 !== 0) {
    throw new UsageError(
      `The secret file ${path} does not hold a key (expected at least 64 hex characters). ` +
        'Point --secret-file to a new path to create one.',
    );
  }
  const mode = (await stat(path)).mode & 0o077;
  if (mode !== 0 && process.platform !== 'win32') {
    warn(`Warning: ${path} can be read by other users; run: chmod 600 ${path}`);
  }
  return { secret: new Uint8Array(Buffer.from(hex, 'hex')), created: false };
}
