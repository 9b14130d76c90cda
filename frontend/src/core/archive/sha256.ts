/** SHA-256 as lowercase hex, with WebCrypto (browser worker, Node 20, tests alike). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // Copy into a plain ArrayBuffer: WebCrypto refuses views on shared or offset buffers.
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes.slice().buffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
