import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderReport } from '../src/report/reportHtml';
import { RiskReport, categoryRows, gradeLabel } from '../src/report/riskReport';
import { parseRulesTable } from '../src/rules/rulesTable';

const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 5 } });
const report: RiskReport = {
  uri: 'file:///tmp/terms.contract.md',
  version: 3,
  score: 68,
  grade: 'D',
  counts: { high: 2, medium: 1, low: 1, note: 0 },
  findings: [
    { code: 'data.training-on-inputs', severity: 'high', message: 'Trains on <your> inputs', range: at(9), section: '4. Data', category: 'data' },
    { code: 'missing.breach-notice', severity: 'medium', message: 'No breach notice', range: at(0), category: 'missing' },
    { code: 'data.third-party-sharing', severity: 'low', message: 'Shares data', range: at(12), section: null, category: 'data' },
    { code: 'liability.cap', severity: 'high', message: 'Cap too low', range: at(20), section: '9. Liability', category: 'liability' },
  ],
  byCategory: { data: 2, missing: 1, liability: 1 },
  missingProtections: 1,
  problems: [],
};

test('categories are ordered by their most severe findings', () => {
  const rows = categoryRows(report);
  assert.deepEqual(rows.map((r) => r.category), ['data', 'liability', 'missing']);
  assert.deepEqual(rows[0].counts, { high: 1, medium: 0, low: 1, note: 0 });
  assert.equal(rows[0].total, 2);
});

test('the page shows grade, score, a bar per category and every finding, escaped and clickable', () => {
  const html = renderReport(report, { nonce: 'abc', fileName: 'terms.contract.md' });
  assert.match(html, /class="grade grade-D"[^>]*>D</);
  assert.match(html, /<b>68<\/b>\/100/);
  assert.equal((html.match(/<rect class="bar/g) ?? []).length, 4); // data: high+low, liability: high, missing: medium
  assert.match(html, /Trains on &lt;your&gt; inputs/);
  assert.doesNotMatch(html, /<your>/);
  for (let i = 0; i < 4; i++) assert.match(html, new RegExp(`data-action="reveal" data-index="${i}"`));
  assert.match(html, /data-code="data.training-on-inputs"/);
  assert.match(html, /line 10 · 4\. Data/);
  assert.match(html, /script-src 'nonce-abc'/);
  assert.doesNotMatch(html, /https?:\/\//); // nothing loads from the network
});

test('a document that was not reviewed shows why', () => {
  const html = renderReport({ uri: 'file:///big.txt', version: 1, error: 'too large <5 MB>' }, { nonce: 'n', fileName: 'big.txt' });
  assert.match(html, /not reviewed: too large &lt;5 MB&gt;/);
  assert.equal(gradeLabel({ uri: '', version: 1, error: 'x' }), 'Risk: not reviewed');
  assert.equal(gradeLabel(report), 'Risk D 68');
});

test('the rule table of `clauselint rules` becomes quick pick rows', () => {
  const rows = parseRulesTable(
    'ID                                    SEVERITY  KIND     MESSAGE\n' +
      'assign.asymmetric                     medium    clause   You may not assign the agreement.\n' +
      'draft.undefined-term                  medium    java     A capitalised term is used but never defined.\n\n',
  );
  assert.deepEqual(rows, [
    { id: 'assign.asymmetric', severity: 'medium', kind: 'clause', message: 'You may not assign the agreement.' },
    { id: 'draft.undefined-term', severity: 'medium', kind: 'java', message: 'A capitalised term is used but never defined.' },
  ]);
});
