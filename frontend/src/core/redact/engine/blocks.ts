/**
 * Cuts a text into blocks of about `size` characters at line ends, so keyword hints are
 * checked per block (a hint anywhere in a 1 GiB log would otherwise enable every rule) and a
 * pass that meets new values re-runs only its block.
 */
export const BLOCK_SIZE = 64 * 1024;

export function* blocks(text: string, size = BLOCK_SIZE): Generator<string> {
  const hasKeys = text.includes('-----BEGIN ');
  let start = 0;
  while (start < text.length) {
    if (text.length - start <= size) {
      yield text.slice(start);
      return;
    }
    let cut = text.lastIndexOf('\n', start + size);
    if (cut < start) cut = text.indexOf('\n', start + size);
    if (cut < 0) {
      yield text.slice(start);
      return;
    }
    // Keep a PEM key or a licence block whole: its lines only make sense together.
    const openInBlock = hasKeys ? text.slice(start, cut).lastIndexOf('-----BEGIN ') : -1;
    if (openInBlock >= 0) {
      const open = start + openInBlock;
      const end = text.slice(open, open + 2 * size).indexOf('-----END ');
      const close = end < 0 ? -1 : text.indexOf('\n', open + end);
      if (end >= 0 && open + end > cut && close > cut) cut = close;
    }
    yield text.slice(start, cut + 1);
    start = cut + 1;
  }
}
