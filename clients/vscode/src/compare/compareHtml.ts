import { escapeHtml, webviewPage } from '../webview/page';
import { CategoryChange, ChangeSummary, byRisk, gradeOf } from './changeSummary';

/** What the page needs besides the summary. */
export interface ComparePageContext {
  /** A fresh random string allowing only our own style and script. */
  nonce: string;
  /** The compared document's file name. */
  fileName: string;
  /** The other version: "HEAD" or its file name. */
  against: string;
  /** Per change (by its index in the summary): true when it can be shown in the current version. */
  located: readonly boolean[];
}

/** Messages the page posts back. */
export type ComparePageMessage = { type: 'reveal'; index: number } | { type: 'refresh' } | { type: 'clear' };

/** Quotes are up to 200 characters; the table shows the start, the tooltip the whole. */
const QUOTE_CELL = 90;
const RISK_LABEL = { up: '▲ up', down: '▼ down', neutral: '● neutral' } as const;

/** The whole page: verdict, score before and after, then a row per changed category. */
export function renderComparison(summary: ChangeSummary, page: ComparePageContext): string {
  const header = `<header><h1>Changes <span class="file">${escapeHtml(page.fileName)} against ${escapeHtml(page.against)}</span></h1>
<button class="link" data-action="refresh">Compare again</button>
<button class="link" data-action="clear" title="Remove the comparison's marks from the document">Clear comparison</button></header>`;
  return webviewPage({
    nonce: page.nonce,
    title: `Changes: ${page.fileName} against ${page.against}`,
    style: STYLE,
    script: SCRIPT,
    body: [header, verdict(summary), score(summary), changesTable(summary, page.located)].join('\n'),
  });
}

function verdict(summary: ChangeSummary): string {
  if (!summary.substantive) return '<p class="verdict none">No substantive change: the versions differ at most in formatting, numbering, links or spelling.</p>';
  const count = (risk: CategoryChange['risk']) => summary.changes.filter((c) => c.risk === risk).length;
  const parts = [
    [count('up'), 'riskier'],
    [count('down'), 'less risky'],
    [count('neutral'), 'reworded without a change of risk'],
  ]
    .filter(([n]) => n)
    .map(([n, what]) => `${n} ${n === 1 ? 'category' : 'categories'} ${what}`);
  const detail = parts.length ? parts.join(', ') : 'the wording changed, but no risk category did';
  return `<p class="verdict substantive"><b>Substantive change</b>: ${detail}.</p>`;
}

function score(summary: ChangeSummary): string {
  const { before, after } = summary.score;
  const delta = after - before;
  const trend = delta > 0 ? 'up' : delta < 0 ? 'down' : 'neutral';
  const graded = (n: number) => `<span class="grade grade-${gradeOf(n)}" title="grade A (balanced) to E (heavily one-sided)">${gradeOf(n)}</span> <b>${n}</b>`;
  return `<p class="score">Risk score ${graded(before)} → ${graded(after)} <span class="risk-${trend}">(${delta > 0 ? '+' : ''}${delta})</span></p>`;
}

/** A row per category, riskier changes first; a click on a located one opens it in the editor. */
function changesTable(summary: ChangeSummary, located: readonly boolean[]): string {
  if (summary.changes.length === 0) return summary.substantive ? '<p class="none">No risk category changed.</p>' : '';
  const rows = byRisk(summary.changes).map(({ change, index }) => changeRow(change, index, located[index] === true));
  return `<table class="changes">
<thead><tr><th>Risk</th><th>Change</th><th>Category</th><th>Severity</th><th>Section</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

function changeRow(c: CategoryChange, index: number, located: boolean): string {
  const code = escapeHtml(c.code);
  const category = located
    ? `<button class="link code" data-action="reveal" data-index="${index}" title="Go to it in the document">${code}</button>`
    : `<span class="code" title="Not in the current version">${code}</span>`;
  const section = c.section.after ?? c.section.before;
  const risk = `risk-${escapeHtml(c.risk)}`;
  // The quotes go on a row of their own under the change: side by side they would not fit a panel beside the editor.
  return `<tr class="${risk} change">
<td class="risk">${RISK_LABEL[c.risk] ?? escapeHtml(c.risk)}</td><td>${escapeHtml(c.kind)}</td><td>${category}</td>
<td class="sev">${severity(c.severity.before)} → ${severity(c.severity.after)}</td>
<td>${section === null ? '<span class="absent">—</span>' : escapeHtml(section)}</td></tr>
<tr class="${risk} wording"><td></td><td colspan="4">${side('before', c.before)}${side('after', c.after)}</td></tr>`;
}

function severity(s: string | null): string {
  return s === null ? '<span class="absent">none</span>' : `<span class="chip sev-${escapeHtml(s)}">${escapeHtml(s)}</span>`;
}

/** One side's quote under its label; a side that is absent is left out (the change's kind says so). */
function side(label: 'before' | 'after', text: string | null): string {
  return text === null ? '' : `<div class="${label}"><span class="label">${label}</span> ${quote(text)}</div>`;
}

function quote(text: string): string {
  if (text.length <= QUOTE_CELL) return `<q>${escapeHtml(text)}</q>`;
  const cut = text.lastIndexOf(' ', QUOTE_CELL);
  const short = text.slice(0, cut > QUOTE_CELL / 2 ? cut : QUOTE_CELL).trimEnd() + '…';
  return `<q title="${escapeHtml(text)}">${escapeHtml(short)}</q>`;
}

const STYLE = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 16px 24px; }
header { display: flex; align-items: baseline; gap: 16px; flex-wrap: wrap; }
h1 { font-size: 1.4em; } h1 .file { font-weight: normal; opacity: .8; }
.verdict { font-size: 1.1em; } .verdict.none { color: var(--vscode-charts-green, #2e8b57); }
.score { font-size: 1.1em; }
.grade { display: inline-block; min-width: 1.6em; text-align: center; border-radius: 4px; color: #fff; font-weight: bold; }
.grade-A { background: #2e8b57; } .grade-B { background: #6a9a1f; } .grade-C { background: #c49a00; }
.grade-D { background: #d9730d; } .grade-E { background: #c0392b; }
.risk-up .risk, span.risk-up { color: var(--vscode-charts-red, #d73a49); font-weight: bold; }
.risk-down .risk, span.risk-down { color: var(--vscode-charts-green, #2e8b57); font-weight: bold; }
.risk-neutral .risk, span.risk-neutral { color: var(--vscode-descriptionForeground, #888); }
table.changes { border-collapse: collapse; width: 100%; }
table.changes th { text-align: left; border-bottom: 2px solid var(--vscode-editorWidget-border, #8886); padding: 4px 6px; }
table.changes td { vertical-align: top; border-bottom: 1px solid var(--vscode-editorWidget-border, #8884); padding: 4px 6px; }
td.risk, td.sev { white-space: nowrap; }
.chip { display: inline-block; padding: 0 6px; border-radius: 8px; font-size: .85em; color: #fff; }
.chip.sev-high { background: var(--vscode-charts-red, #d73a49); } .chip.sev-medium { background: var(--vscode-charts-orange, #d18616); }
.chip.sev-low { background: var(--vscode-charts-blue, #2f81f7); } .chip.sev-note { background: var(--vscode-charts-purple, #8957e5); }
.absent { opacity: .6; } q { font-style: italic; }
tr.change td { border-bottom: 0; padding-bottom: 0; }
tr.wording .label { font-size: .8em; opacity: .7; display: inline-block; width: 3.4em; }
tr.wording .before q { opacity: .8; }
button { font: inherit; color: inherit; background: none; border: 0; cursor: pointer; text-align: left; padding: 0; }
button.link { color: var(--vscode-textLink-foreground); }
button.link:hover { text-decoration: underline; }
.code { font-family: var(--vscode-editor-font-family); font-size: .9em; }
`;

const SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const target = event.target.closest('[data-action]');
  if (!target) return;
  const action = target.dataset.action;
  if (action === 'reveal') vscode.postMessage({ type: 'reveal', index: Number(target.dataset.index) });
  else if (action === 'refresh' || action === 'clear') vscode.postMessage({ type: action });
});
`;
