import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentSelector, readReviewSettings } from '../src/settings/documentSelector';
import { SERVER_KEYS, toServerSettings } from '../src/settings/serverSettings';

test('the clauselint section goes to the server under its own keys, without the extension-only ones', () => {
  const section = {
    perspective: 'vendor',
    playbooks: ['legal/playbook.yaml'],
    severity: { 'fees.auto-renewal': 'medium' },
    disabledRules: ['draft.unused-definition'],
    minimumSeverity: 'low',
    maxFindings: 50,
    debounce: 200,
    maxFileSize: 1000,
    java: { home: '/opt/jdk' },
    review: { markdown: true, plaintext: false, html: false, include: [] },
    trace: { server: 'verbose' },
  };
  assert.deepEqual(toServerSettings(section), {
    perspective: 'vendor',
    playbooks: ['legal/playbook.yaml'],
    severity: { 'fees.auto-renewal': 'medium' },
    disable: ['draft.unused-definition'],
    minimumSeverity: 'low',
    maxFindings: 50,
    debounce: 200,
    maxFileSize: 1000,
  });
});

test('unset values are left out so the server keeps its defaults', () => {
  assert.deepEqual(toServerSettings({ perspective: null, disabledRules: undefined, maxFindings: 0 }), { maxFindings: 0 });
  assert.deepEqual(toServerSettings(null), {});
  assert.deepEqual(toServerSettings('customer'), {});
});

test('every key sent is one the server knows', () => {
  const known = ['perspective', 'playbooks', 'severity', 'disable', 'minimumSeverity', 'maxFindings', 'debounce', 'maxFileSize'];
  assert.deepEqual(Object.values(SERVER_KEYS).sort(), known.sort());
});

test('package.json documents every server setting and the extension ones', async () => {
  const pkg = (await import('../package.json')) as { contributes: { configuration: { properties: Record<string, unknown> } } };
  const documented = Object.keys(pkg.contributes.configuration.properties);
  for (const key of Object.keys(SERVER_KEYS)) assert.ok(documented.includes(`clauselint.${key}`), key);
  for (const key of ['java.home', 'review.markdown', 'review.plaintext', 'review.html', 'review.include']) {
    assert.ok(documented.includes(`clauselint.${key}`), key);
  }
});

test('by default only the contract language is reviewed, on disk and untitled', () => {
  const selector = documentSelector(readReviewSettings(() => undefined));
  assert.deepEqual(selector, [
    { language: 'contract', scheme: 'file' },
    { language: 'contract', scheme: 'untitled' },
  ]);
});

test('review switches add Markdown, plain text and HTML; globs add files of any language', () => {
  const values: Record<string, unknown> = {
    'review.markdown': true,
    'review.plaintext': 'yes', // not a boolean: stays off
    'review.html': true,
    'review.include': ['**/legal/**/*.md', '  ', 42],
  };
  const selector = documentSelector(readReviewSettings((k) => values[k]));
  assert.deepEqual(
    selector.map((f) => f.language ?? f.pattern),
    ['contract', 'contract', 'markdown', 'markdown', 'html', 'html', '**/legal/**/*.md'],
  );
  assert.deepEqual(selector.at(-1), { scheme: 'file', pattern: '**/legal/**/*.md' });
});
