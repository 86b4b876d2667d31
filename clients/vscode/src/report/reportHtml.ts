import { escapeHtml, webviewPage } from '../webview/page';
import { ReportFinding, RiskReport, SEVERITIES, Severity, categoryRows } from './riskReport';

/** What the page needs from the webview besides the report. */
export interface PageContext {
  /** A fresh random string allowing only our own style and script. */
  nonce: string;
  /** The file name shown in the title. */
  fileName: string;
}

/** Messages the page posts back when an entry is clicked. */
export type PageMessage = { type: 'reveal'; index: number } | { type: 'explain'; code: string } | { type: 'refresh' };

const BAR_WIDTH = 420;
const ROW_HEIGHT = 22;

/** The whole page: summary, chart of findings by category and severity, then every finding. */
export function renderReport(report: RiskReport, page: PageContext): string {
  const body = report.error
    ? `<p class="error">This document was not reviewed: ${escapeHtml(report.error)}</p>`
    : [summary(report), problems(report), chart(report), findingsList(report)].join('\n');
  const header = `<header><h1>Risk report <span class="file">${escapeHtml(page.fileName)}</span></h1>
<button class="link" data-action="refresh">Refresh</button></header>`;
  return webviewPage({
    nonce: page.nonce,
    title: `Risk report: ${page.fileName}`,
    style: STYLE,
    script: SCRIPT,
    body: `${header}\n${body}`,
    bodyAttributes: ` data-uri="${escapeHtml(report.uri)}"`,
  });
}

function summary(report: RiskReport): string {
  const grade = (report.grade ?? '?').toUpperCase();
  const counts = SEVERITIES.map(
    (s) => `<span class="chip sev-${s}"><b>${report.counts?.[s] ?? 0}</b> ${s}</span>`,
  ).join(' ');
  const missing = report.missingProtections
    ? `<p>${report.missingProtections} missing ${report.missingProtections === 1 ? 'protection' : 'protections'}</p>`
    : '';
  return `<section class="summary">
<div class="grade grade-${escapeHtml(grade)}" title="grade A (balanced) to E (heavily one-sided)">${escapeHtml(grade)}</div>
<div><p class="score"><b>${report.score ?? '?'}</b>/100 risk</p><p>${counts}</p>${missing}</div>
</section>`;
}

function problems(report: RiskReport): string {
  if (!report.problems?.length) return '';
  return `<section class="problems"><h2>Settings problems</h2><ul>${report.problems
    .map((p) => `<li>${escapeHtml(p)}</li>`)
    .join('')}</ul></section>`;
}

/** One stacked bar per category: a segment per severity, as wide as its count. */
function chart(report: RiskReport): string {
  const rows = categoryRows(report);
  if (rows.length === 0) return '<p class="none">No findings.</p>';
  const max = Math.max(...rows.map((r) => r.total));
  const scale = BAR_WIDTH / max;
  const bars = rows
    .map((row, i) => {
      const y = i * ROW_HEIGHT;
      let x = 0;
      const segments = SEVERITIES.filter((s) => row.counts[s] > 0)
        .map((s) => {
          const w = row.counts[s] * scale;
          const rect = `<rect class="bar sev-${s}" x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW_HEIGHT - 6}"><title>${row.counts[s]} ${s}</title></rect>`;
          const label = w >= 16 ? `<text class="in" x="${(x + w / 2).toFixed(1)}" y="${y + 15}">${row.counts[s]}</text>` : '';
          x += w;
          return rect + label;
        })
        .join('');
      return `<a href="#cat-${escapeHtml(row.category)}"><g><text class="cat" x="-8" y="${y + 15}">${escapeHtml(row.category)}</text>${segments}<text class="total" x="${(x + 6).toFixed(1)}" y="${y + 15}">${row.total}</text></g></a>`;
    })
    .join('\n');
  const height = rows.length * ROW_HEIGHT;
  const legend = SEVERITIES.map((s) => `<span class="legend"><span class="swatch sev-${s}"></span>${s}</span>`).join(' ');
  return `<section><h2>Findings by category</h2>
<p>${legend}</p>
<svg class="chart" viewBox="-130 0 ${BAR_WIDTH + 170} ${height}" role="img" aria-label="findings by category and severity">
${bars}
</svg></section>`;
}

/** Every finding, grouped like the chart, most severe first; a click opens it in the editor. */
function findingsList(report: RiskReport): string {
  const findings = (report.findings ?? []).map((f, index) => ({ f, index }));
  const groups = categoryRows(report).map((row) => {
    const items = findings
      .filter(({ f }) => f.category === row.category)
      .sort((a, b) => rank(a.f) - rank(b.f) || a.f.range.start.line - b.f.range.start.line)
      .map(({ f, index }) => findingItem(f, index))
      .join('\n');
    return `<h3 id="cat-${escapeHtml(row.category)}">${escapeHtml(row.category)} <span class="count">${row.total}</span></h3><ul class="findings">${items}</ul>`;
  });
  return groups.length ? `<section><h2>Findings</h2>${groups.join('\n')}</section>` : '';
}

function findingItem(f: ReportFinding, index: number): string {
  const where = `line ${f.range.start.line + 1}${f.section ? ` · ${escapeHtml(f.section)}` : ''}`;
  return `<li><button class="finding" data-action="reveal" data-index="${index}" title="Go to the finding">
<span class="chip sev-${f.severity}">${f.severity}</span> <span class="msg">${escapeHtml(f.message)}</span>
<span class="where">${where}</span></button>
<button class="link code" data-action="explain" data-code="${escapeHtml(f.code)}" title="Explain this rule">${escapeHtml(f.code)}</button></li>`;
}

function rank(f: ReportFinding): number {
  const i = SEVERITIES.indexOf(f.severity as Severity);
  return i < 0 ? SEVERITIES.length : i;
}

const STYLE = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 16px 24px; }
header { display: flex; align-items: baseline; gap: 16px; }
h1 { font-size: 1.4em; } h1 .file { font-weight: normal; opacity: .8; }
h2 { font-size: 1.1em; margin-top: 1.4em; } h3 { font-size: 1em; margin: 1em 0 .3em; }
.summary { display: flex; gap: 20px; align-items: center; }
.grade { font-size: 44px; font-weight: bold; width: 72px; height: 72px; line-height: 72px; text-align: center; border-radius: 10px; color: #fff; }
.grade-A { background: #2e8b57; } .grade-B { background: #6a9a1f; } .grade-C { background: #c49a00; }
.grade-D { background: #d9730d; } .grade-E { background: #c0392b; } .grade-\\? { background: #777; }
.score { font-size: 1.3em; margin: 0 0 6px; }
.chip { display: inline-block; padding: 0 6px; border-radius: 8px; font-size: .85em; color: #fff; }
.chip.sev-high, .swatch.sev-high { background: var(--vscode-charts-red, #d73a49); }
.chip.sev-medium, .swatch.sev-medium { background: var(--vscode-charts-orange, #d18616); }
.chip.sev-low, .swatch.sev-low { background: var(--vscode-charts-blue, #2f81f7); }
.chip.sev-note, .swatch.sev-note { background: var(--vscode-charts-purple, #8957e5); }
rect.sev-high { fill: var(--vscode-charts-red, #d73a49); } rect.sev-medium { fill: var(--vscode-charts-orange, #d18616); }
rect.sev-low { fill: var(--vscode-charts-blue, #2f81f7); } rect.sev-note { fill: var(--vscode-charts-purple, #8957e5); }
.legend { margin-right: 12px; } .swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
svg.chart { width: 100%; max-width: ${BAR_WIDTH + 170}px; height: auto; overflow: visible; }
svg.chart text { font-size: 12px; fill: var(--vscode-foreground); }
svg.chart text.cat { text-anchor: end; } svg.chart text.in { text-anchor: middle; fill: #fff; font-weight: bold; }
svg.chart a:hover text.cat { text-decoration: underline; }
ul.findings { list-style: none; padding: 0; margin: 0; }
ul.findings li { display: flex; align-items: flex-start; gap: 8px; border-bottom: 1px solid var(--vscode-editorWidget-border, #8884); }
button { font: inherit; color: inherit; background: none; border: 0; cursor: pointer; text-align: left; }
button.finding { flex: 1; padding: 6px 4px; }
button.finding:hover, button.finding:focus { background: var(--vscode-list-hoverBackground); }
.where { display: block; font-size: .85em; opacity: .75; margin-top: 2px; }
button.link { color: var(--vscode-textLink-foreground); padding: 6px 4px; }
button.link:hover { text-decoration: underline; }
.code { font-family: var(--vscode-editor-font-family); font-size: .85em; white-space: nowrap; }
.count { opacity: .7; font-weight: normal; } .error { color: var(--vscode-errorForeground); }
`;

const SCRIPT = `
const vscode = acquireVsCodeApi();
// Remembered by VS Code, so the panel shows the same document after a reload.
vscode.setState({ uri: document.body.dataset.uri });
document.addEventListener('click', (event) => {
  const target = event.target.closest('[data-action]');
  if (!target) return;
  const action = target.dataset.action;
  if (action === 'reveal') vscode.postMessage({ type: 'reveal', index: Number(target.dataset.index) });
  else if (action === 'explain') vscode.postMessage({ type: 'explain', code: target.dataset.code });
  else if (action === 'refresh') vscode.postMessage({ type: 'refresh' });
});
`;
