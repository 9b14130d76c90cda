/** Escaping and tiny builders: every value that reaches report.html goes through `esc`. */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function esc(value: unknown): string {
  if (value === undefined || value === null) return '';
  return String(value).replace(/[&<>"'`]/g, (c) => ENTITIES[c] ?? c);
}

/** A table with escaped cells; cells marked `raw` are trusted markup built here. */
export type Cell = string | number | boolean | undefined | { raw: string };

function cell(value: Cell): string {
  if (value !== null && typeof value === 'object') return value.raw;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return esc(value);
}

export function table(headers: string[], rows: Cell[][], className = ''): string {
  if (rows.length === 0) return '<p class="muted">Nothing recorded.</p>';
  const head = headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table class="${esc(className)}"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export function badge(kind: string, text: string = kind): { raw: string } {
  return { raw: `<span class="badge ${esc(kind)}">${esc(text)}</span>` };
}

export function section(id: string, title: string, body: string): string {
  return `<section id="${esc(id)}"><h2>${esc(title)}</h2>\n${body}\n</section>`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
