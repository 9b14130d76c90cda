/** The report's only styling: inline, system fonts, nothing fetched. */
export const STYLES = `
:root { color-scheme: light; --problem: #ae2e24; --warning: #a54800; --ok: #216e4e; --info: #0055cc; --line: #dcdfe4; }
body { font: 14px/1.45 -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #172b4d; margin: 0 auto; max-width: 1100px; padding: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; border-bottom: 1px solid var(--line); padding-bottom: 4px; margin-top: 32px; }
h3 { font-size: 15px; margin: 0 0 4px; }
.muted { color: #626f86; } .meta { color: #44546f; margin: 0 0 16px; }
nav a { margin-right: 12px; color: #0055cc; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 13px; }
th, td { text-align: left; border-bottom: 1px solid var(--line); padding: 4px 8px; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f7f8f9; white-space: nowrap; }
.badge { display: inline-block; white-space: nowrap; border-radius: 3px; padding: 0 6px; font-size: 11px; font-weight: 700; text-transform: uppercase; color: #fff; background: #626f86; }
.badge.problem, .badge.failed { background: var(--problem); } .badge.warning, .badge.truncated { background: var(--warning); }
.badge.ok { background: var(--ok); } .badge.info { background: var(--info); } .badge.skipped { background: #8590a2; }
.finding { border: 1px solid var(--line); border-left: 6px solid #8590a2; border-radius: 4px; padding: 8px 12px; margin: 8px 0; }
.finding.problem { border-left-color: var(--problem); } .finding.warning { border-left-color: var(--warning); }
.finding.ok { border-left-color: var(--ok); } .finding.info { border-left-color: var(--info); }
.finding p { margin: 4px 0; } .finding ul { margin: 4px 0; padding-left: 20px; }
.doc { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; color: #44546f; user-select: all; }
details > summary { cursor: pointer; font-weight: 600; margin: 8px 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; } dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }
.bars { display: grid; grid-template-columns: 8em 1fr 5em; gap: 4px 8px; align-items: center; max-width: 640px; }
.bar { background: #e9f2ff; height: 14px; border-radius: 2px; } .bar > span { display: block; height: 100%; background: #1d7afc; border-radius: 2px; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
`;
