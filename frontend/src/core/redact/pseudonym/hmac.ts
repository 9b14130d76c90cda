/** Keyed digests (HMAC-SHA-256 via WebCrypto): a token cannot be guessed back without the key. */

export type HexDigest = (label: string) => Promise<string>;

export function createHmac(secret: Uint8Array): HexDigest {
  if (secret.length < 16) {
    throw new TypeError('The pseudonym secret must be at least 16 random bytes.');
  }
  const keyData = new Uint8Array(secret); // a private copy: the caller may wipe theirs
  const key = globalThis.crypto.subtle.importKey(
    'raw',
    keyData,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const encoder = new TextEncoder();
  return async (label) => {
    const mac = await globalThis.crypto.subtle.sign('HMAC', await key, encoder.encode(label));
    return toHex(new Uint8Array(mac));
  };
}

function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
