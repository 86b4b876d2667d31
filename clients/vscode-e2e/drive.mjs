// Drives the code-server workbench in Debian's headless Chromium, the way a person would:
// open the contract, wait for the Clauselint diagnostic in the Problems view, open the quick
// fix menu on its line, pick the first alternative wording, save, and check the file on disk.
// run.sh starts code-server and passes everything through the environment:
//   E2E_URL        workbench URL (with ?folder=)
//   E2E_FILE       the contract in the opened folder (the file the editor saves)
//   E2E_ORIGINAL   its original text
//   E2E_FINDINGS   `clauselint check --format json` of the original, from the bundled jar
//   E2E_SHOTS      where step and failure screenshots go
//   E2E_DOCS       optional: where to write the README screenshots
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';

const env = (name) => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`drive: ${name} is not set`);
  return value;
};
const url = env('E2E_URL');
const file = env('E2E_FILE');
const shots = env('E2E_SHOTS');
const docs = process.env.E2E_DOCS || '';
const original = readFileSync(env('E2E_ORIGINAL'), 'utf8');
const RULE = 'data.training-on-inputs';

// The alternatives the server offers for the rule, straight from its command line: a quick
// fix is picked by one of these titles (never Suppress/Disable, nor VS Code's own AI
// actions), and its edit tells the exact text the saved file must hold.
const findings = JSON.parse(readFileSync(env('E2E_FINDINGS'), 'utf8')).files[0].findings;
const finding = findings.find((f) => f.code === RULE);
if (!finding || !finding.fixes?.length) {
  throw new Error(`drive: the bundled server reports no ${RULE} finding with fixes on the fixture`);
}
const line = finding.range.start.line + 1; // 1-based, as the status bar shows it
const lineText = original.split('\n')[line - 1];

let step = 'launch';
let shotCount = 0;
const log = (msg) => console.error(`drive: ${msg}`);
async function shot(page, name) {
  const path = join(shots, `${String(++shotCount).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path });
  return path;
}

function applyEdits(text, edits) {
  // Offsets are into the original text; apply from the end so earlier ones stay valid.
  return [...edits]
    .sort((a, b) => b.offset.start - a.offset.start)
    .reduce((t, e) => t.slice(0, e.offset.start) + e.newText + t.slice(e.offset.end), text);
}

async function run(page) {
  step = 'load workbench';
  log(`opening ${url}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  // The Explorer shows the workspace file once the workbench and its file service are up.
  await page
    .locator('.explorer-folders-view .monaco-list-row', { hasText: basename(file) })
    .waitFor({ timeout: 180_000 });
  await shot(page, 'workbench');

  step = 'open the contract';
  await page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 } }).catch(() => {});
  await page.keyboard.press('Control+P');
  const quickInput = page.locator('.quick-input-widget input');
  await quickInput.waitFor({ timeout: 30_000 });
  await quickInput.fill(basename(file));
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: basename(file) })
    .first()
    .waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-lines', { hasText: 'Customer Content' }).waitFor({ timeout: 60_000 });

  step = `wait for the ${RULE} diagnostic in the Problems view`;
  // The Java server starts with the extension host; give both time on a loaded machine.
  await page.keyboard.press('Control+Shift+M');
  const anyProblem = page.locator('.markers-panel .monaco-list-row');
  await anyProblem.first().waitFor({ timeout: 180_000 });
  // The list only renders the rows in view; filter it (as a person would) by the rule id,
  // which the row shows as clauselint(<id>).
  const filter = page.locator('input[aria-label="Filter Problems"]');
  await filter.fill(RULE);
  const problem = page.locator('.markers-panel .monaco-list-row', { hasText: RULE });
  await problem.first().waitFor({ timeout: 60_000 });
  const problemText = (await problem.first().innerText()).replace(/\s+/g, ' ');
  log(`Problems view: ${problemText}`);
  if (!problemText.includes(finding.message)) {
    throw new Error(`the ${RULE} problem does not carry the rule's message "${finding.message}"`);
  }
  // The editor draws the same finding as a squiggle.
  await editor.locator('.squiggly-error, .squiggly-warning, .squiggly-info').first().waitFor({ timeout: 30_000 });

  step = `put the cursor on line ${line}`;
  // Click into the flagged sentence, as a person would before pressing Ctrl+.
  const flagged = editor.locator('.view-line', { hasText: lineText.slice(0, 40) }).first();
  await flagged.click({ position: { x: 30, y: 5 } });
  await page.locator('.statusbar', { hasText: `Ln ${line},` }).waitFor({ timeout: 10_000 });
  await shot(page, 'diagnostics');
  if (docs) await docScreenshots(page, flagged);

  step = 'open the quick fix menu (Ctrl+.)';
  // Actions are the menu's selectable rows (group headers are not); each row's aria-label is
  // the action's title.
  const actionRows = page.locator('.action-widget .monaco-list-row.action');
  await page.keyboard.press('Control+.');
  await actionRows.first().waitFor({ timeout: 60_000 });
  // Let late providers (VS Code's own AI actions among them) add theirs before reading.
  await page.waitForTimeout(1_500);
  const titles = await actionRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')));
  log(`quick fix menu: ${JSON.stringify(titles)}`);
  await shot(page, 'quick-fix-menu');

  step = 'pick an alternative wording';
  const wanted = finding.fixes.map((f) => f.title);
  const title = titles.find((t) => wanted.includes(t));
  if (!title) {
    throw new Error(`none of the server's alternatives ${JSON.stringify(wanted)} is in the menu`);
  }
  for (const expected of [`Suppress ${RULE} here`, `Suppress ${RULE} in this file`, `Disable ${RULE} in this workspace`]) {
    if (!titles.includes(expected)) log(`warning: the menu has no "${expected}"`);
  }
  const fix = finding.fixes.find((f) => f.title === title);
  // Move the menu's focus to it with the arrow keys and apply it with Enter, as a keyboard
  // user does (the menu previews an action on hover, which makes clicks flaky).
  const focused = page.locator('.action-widget .monaco-list-row.action.focused');
  for (let i = 0; i <= titles.length && (await focused.getAttribute('aria-label')) !== title; i++) {
    await page.keyboard.press('ArrowDown');
  }
  if ((await focused.getAttribute('aria-label')) !== title) {
    throw new Error(`could not move the menu's focus to "${title}"`);
  }
  log(`applying "${title}"`);
  await page.keyboard.press('Enter');
  await editor
    .locator('.view-lines', { hasText: fix.edits[0].newText.slice(0, 40) })
    .waitFor({ timeout: 30_000 });

  step = 'save';
  await page.keyboard.press('Control+S');
  const expected = applyEdits(original, fix.edits);
  const deadline = Date.now() + 30_000;
  let onDisk = readFileSync(file, 'utf8');
  while (onDisk !== expected && Date.now() < deadline) {
    await page.waitForTimeout(500);
    onDisk = readFileSync(file, 'utf8');
  }
  await shot(page, 'after-fix');

  step = 'check the saved file';
  if (onDisk !== expected) {
    writeFileSync(join(shots, 'expected.contract.md'), expected);
    writeFileSync(join(shots, 'actual.contract.md'), onDisk);
    throw new Error(`the saved file differs from the original with "${fix.title}" applied ` +
      `(expected.contract.md and actual.contract.md are beside the screenshots)`);
  }
  // Spelled out as well, so a failure of the exact comparison is easy to read.
  const before = original.split('\n');
  const after = onDisk.split('\n');
  const changed = before.map((l, i) => (l === after[i] ? -1 : i)).filter((i) => i >= 0);
  log(`saved file: line(s) ${changed.map((i) => i + 1).join(', ')} replaced, ${before.length - changed.length} unchanged`);
  if (onDisk.includes('Provider may use Customer Content to train')) {
    throw new Error('the training sentence is still in the saved file');
  }

  step = `wait for the ${RULE} diagnostic to go away`;
  // The server reviews the edited document again: the finding leaves the Problems view.
  await filter.fill(RULE);
  await problem.first().waitFor({ state: 'detached', timeout: 60_000 });
  await shot(page, 'problem-gone');
  log('PASS: diagnostic shown, quick fix applied, file saved as expected, diagnostic cleared');
}

// README pictures: the finding's hover over the editor and the Problems view, and the risk
// report if the extension has that command.
async function docScreenshots(page, flagged) {
  const prev = step;
  step = 'README screenshots';
  // All the findings in the Problems view, not just the one the test filtered for.
  await page.locator('input[aria-label="Filter Problems"]').fill('');
  await flagged.hover({ position: { x: 120, y: 5 } });
  await page.locator('.monaco-hover', { hasText: finding.message }).first()
    .waitFor({ timeout: 15_000 }).catch(() => log('no hover shown'));
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(docs, 'vscode-diagnostics.png') });
  log(`wrote ${join(docs, 'vscode-diagnostics.png')}`);
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  try {
    await page.keyboard.press('F1');
    const quickInput = page.locator('.quick-input-widget input');
    await quickInput.fill('>Clauselint: Show Risk Report');
    const entry = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Risk Report' }).first();
    await entry.waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.locator('iframe.webview.ready').first().waitFor({ timeout: 60_000 });
    // The report gets the window's height without the Problems panel (Ctrl+J toggles it).
    await page.keyboard.press('Control+J');
    await page.waitForTimeout(3_000); // let the report render its chart
    await page.screenshot({ path: join(docs, 'vscode-risk-report.png') });
    log(`wrote ${join(docs, 'vscode-risk-report.png')}`);
    await page.keyboard.press('Control+J');
    // Back to the contract for the rest of the test.
    await page.locator('.tabs-container .tab', { hasText: basename(file) }).first().click();
  } catch (e) {
    log(`no risk report screenshot: ${e.message.split('\n')[0]}`);
    await page.keyboard.press('Escape');
  }
  await flagged.click({ position: { x: 30, y: 5 } });
  step = prev;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.on('pageerror', (e) => log(`page error: ${e.message.split('\n')[0]}`));
  try {
    await run(page);
  } catch (e) {
    failed = true;
    log(`FAILED at step "${step}": ${e.message.split('\n')[0]}`);
    try {
      log(`screenshot: ${await shot(page, 'failure')}`);
      writeFileSync(join(shots, 'failure.html'), await page.content());
    } catch (e2) {
      log(`no failure screenshot: ${e2.message}`);
    }
  }
} finally {
  await browser.close();
}
if (!existsSync(file)) failed = true;
process.exit(failed ? 1 : 0);
