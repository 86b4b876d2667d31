import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CategoryChange,
  ChangeSummary,
  byRisk,
  compareArguments,
  failureMessage,
  gradeOf,
  otherLabel,
  readCommandArguments,
} from '../src/compare/changeSummary';
import { renderComparison } from '../src/compare/compareHtml';
import { Flag, findHeading, locateChange } from '../src/compare/locateChange';

const indemnity: CategoryChange = {
  kind: 'added',
  code: 'liability.one-way-indemnity',
  severity: { before: null, after: 'high' },
  risk: 'up',
  before: null,
  after: 'To the fullest extent permitted by applicable law, you will indemnify <Vendor> & its affiliates against any claim arising from your use of the services, including claims...',
  section: { before: null, after: '6.1 Indemnification' },
};
const arbitration: CategoryChange = {
  kind: 'reworded',
  code: 'dispute.mandatory-arbitration',
  severity: { before: 'medium', after: 'medium' },
  risk: 'neutral',
  before: 'YOU MAY OPT-OUT OF THIS ARBITRATION AGREEMENT.',
  after: null,
  section: { before: '13.14 ARBITRATION', after: '13.14 ARBITRATION' },
};
const training: CategoryChange = {
  kind: 'removed',
  code: 'data.training-on-inputs',
  severity: { before: 'high', after: null },
  risk: 'down',
  before: 'We may use your inputs to train our models.',
  after: null,
  section: { before: '4 Data', after: null },
};
const summary: ChangeSummary = { substantive: true, score: { before: 75, after: 78 }, changes: [training, arbitration, indemnity] };
const page = { nonce: 'n0nce', fileName: 'terms.md', against: 'HEAD', located: [false, true, true] };

test('grades follow the engine thresholds', () => {
  assert.deepEqual([0, 14, 15, 34, 35, 54, 55, 74, 75, 100].map(gradeOf), ['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D', 'E', 'E']);
});

test('the server gets the document URI and "HEAD" or the other file URI', () => {
  assert.deepEqual(compareArguments('file:///c/terms.md', { kind: 'head' }), ['file:///c/terms.md', 'HEAD']);
  assert.deepEqual(compareArguments('file:///c/terms.md', { kind: 'file', uri: 'file:///c/old.md' }), ['file:///c/terms.md', 'file:///c/old.md']);
});

test('command arguments: none, a menu URI, or a URI and the other version', () => {
  const uri = { scheme: 'file', toString: () => 'file:///c/terms.md' };
  assert.deepEqual(readCommandArguments([]), {});
  assert.deepEqual(readCommandArguments([uri]), { document: 'file:///c/terms.md' });
  assert.deepEqual(readCommandArguments([uri, 'head']), { document: 'file:///c/terms.md', other: { kind: 'head' } });
  assert.deepEqual(readCommandArguments(['file:///c/terms.md', 'file:///c/old.md']), {
    document: 'file:///c/terms.md',
    other: { kind: 'file', uri: 'file:///c/old.md' },
  });
  // an editor menu passes extra arguments that are not versions
  assert.deepEqual(readCommandArguments([uri, { groupId: 1 }]), { document: 'file:///c/terms.md' });
  assert.deepEqual(readCommandArguments([undefined, '  ']), {});
});

test('the other version is named HEAD or by its file name', () => {
  assert.equal(otherLabel({ kind: 'head' }), 'HEAD');
  assert.equal(otherLabel({ kind: 'file', uri: 'file:///home/me/terms%20v1.md' }), 'terms v1.md');
});

test('failures keep the server reason without its command prefix', () => {
  const notGit = new Error('clauselint.compareWith: /tmp/terms.md is not in a git repository, so there is no HEAD version to compare with');
  assert.equal(
    failureMessage('terms.md', { kind: 'head' }, notGit),
    'Clauselint: cannot compare terms.md with HEAD: /tmp/terms.md is not in a git repository, so there is no HEAD version to compare with',
  );
  assert.match(failureMessage('terms.md', { kind: 'head' }, new Error('the Clauselint server is not running')), /with HEAD: the Clauselint server is not running$/);
  assert.match(failureMessage('a.md', { kind: 'file', uri: 'file:///x/b.md' }, 'no such file'), /cannot compare a.md with b.md: no such file$/);
});

test('riskier changes come first, the order is otherwise kept', () => {
  assert.deepEqual(byRisk(summary.changes).map((c) => c.index), [2, 1, 0]);
});

test('the page shows the verdict, both scores with grades, and a coloured row per change, escaped', () => {
  const html = renderComparison(summary, page);
  assert.match(html, /Substantive change<\/b>: 1 category riskier, 1 category less risky, 1 category reworded without a change of risk\./);
  assert.match(html, /grade-E[^>]*>E<\/span> <b>75<\/b> → <span class="grade grade-E"[^>]*>E<\/span> <b>78<\/b> <span class="risk-up">\(\+3\)/);
  const rows = html.match(/<tr class="risk-[a-z]+[^"]* change/g) ?? [];
  assert.deepEqual(rows, ['<tr class="risk-up change', '<tr class="risk-neutral change', '<tr class="risk-down change']);
  assert.match(html, /<span class="absent">none<\/span> → <span class="chip sev-high">high<\/span>/);
  assert.match(html, /indemnify &lt;Vendor&gt; &amp; its/);
  assert.doesNotMatch(html, /<Vendor>/);
  assert.match(html, /<q title="To the fullest extent[^"]*claims\.\.\.">To the fullest extent permitted by applicable law, you will indemnify &lt;Vendor&gt; &amp; its…<\/q>/);
  assert.match(html, /6\.1 Indemnification/);
  // a side that is absent is left out; reworded shows both
  assert.match(html, /<td colspan="4"><div class="after"><span class="label">after<\/span> <q title="To the fullest/);
  assert.match(html, /<div class="before"><span class="label">before<\/span> <q>YOU MAY OPT-OUT OF THIS ARBITRATION AGREEMENT\.<\/q><\/div><\/td>/);
  assert.match(html, /script-src 'nonce-n0nce'/);
  assert.doesNotMatch(html, /https?:\/\//); // nothing loads from the network
});

test('only changes found in the current version are links', () => {
  const html = renderComparison(summary, page);
  assert.match(html, /data-action="reveal" data-index="2"[^>]*>liability\.one-way-indemnity</);
  assert.match(html, /data-action="reveal" data-index="1"/);
  assert.doesNotMatch(html, /data-index="0"/);
  assert.match(html, /<span class="code" title="Not in the current version">data\.training-on-inputs<\/span>/);
  assert.match(html, /data-action="clear"/);
});

test('identical versions say "no substantive change" and show no table', () => {
  const html = renderComparison({ substantive: false, score: { before: 40, after: 40 }, changes: [] }, { ...page, located: [] });
  assert.match(html, /No substantive change/);
  assert.match(html, /<span class="risk-neutral">\(0\)/);
  assert.doesNotMatch(html, /<table/);
  const wordsOnly = renderComparison({ substantive: true, score: { before: 40, after: 40 }, changes: [] }, { ...page, located: [] });
  assert.match(wordsOnly, /the wording changed, but no risk category did/);
});

const span = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 9 } });
const document = [
  '# Terms',
  '',
  '## 6.1 Indemnification',
  'To the **fullest extent** permitted by applicable law, you will indemnify <Vendor> & its affiliates.',
  '<h2>13.14 Arbitration</h2>',
];

test('a new finding is found by its category and quote, even with formatting in the document', () => {
  const flags: Flag[] = [
    { code: 'liability.one-way-indemnity', range: span(1), text: 'You will indemnify us for everything.' },
    { code: 'liability.one-way-indemnity', range: span(3), text: document[3] },
    { code: 'other.rule', range: span(4), text: document[3] },
  ];
  assert.deepEqual(locateChange(indemnity, flags, document), span(3));
  // no flag with that quote: the first of its category
  assert.deepEqual(locateChange(indemnity, flags.slice(0, 1), document), span(1));
});

test('without a flag, a change is found by its section heading, or not at all', () => {
  assert.deepEqual(locateChange(arbitration, [], document), { start: { line: 4, character: 0 }, end: { line: 4, character: 26 } });
  assert.deepEqual(locateChange(indemnity, [], document)?.start, { line: 2, character: 0 });
  assert.equal(locateChange(training, [], document), undefined);
  assert.equal(findHeading('9 Liability', document), undefined);
  assert.equal(findHeading('Terms', ['Terms of use apply to these Terms and all the rest of it']), undefined);
});

test('package.json contributes both commands, and its menus name only contributed commands', async () => {
  type Contributes = { commands: { command: string }[]; menus: Record<string, { command: string; when?: string }[]> };
  const pkg = (await import('../package.json')) as { contributes: Contributes };
  const ids = new Set(pkg.contributes.commands.map((c) => c.command));
  assert.ok(ids.has('clauselint.compareWithVersion') && ids.has('clauselint.clearVersionComparison'));
  // The server's own ids are registered by the language client; declaring them too would clash.
  assert.ok(!ids.has('clauselint.compareWith') && !ids.has('clauselint.clearComparison'));
  for (const [menu, entries] of Object.entries(pkg.contributes.menus)) {
    for (const e of entries) assert.ok(ids.has(e.command), `${menu} names ${e.command}`);
  }
  const inContext = pkg.contributes.menus['editor/context'].map((e) => e.command);
  assert.ok(inContext.includes('clauselint.compareWithVersion'));
  assert.ok(pkg.contributes.menus['editor/title'].some((e) => e.command === 'clauselint.compareWithVersion'));
});
