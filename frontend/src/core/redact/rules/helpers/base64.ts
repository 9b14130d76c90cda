/**
 * Standard base64 decoded to a binary string (one char per byte), or undefined when the text
 * is not base64: `atob` throws on bad input, and rules only want to know whether it decodes.
 */
export function decodeBase64(b64: string): string | undefined {
  try {
    return globalThis.atob(b64);
  } catch {
    return undefined;
  }
}
