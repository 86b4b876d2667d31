import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ServerManager } from '../client/serverManager';
import {
  CLEAR_COMPARISON,
  COMPARE_WITH,
  ChangeSummary,
  OtherVersion,
  compareArguments,
  failureMessage,
  otherLabel,
  readCommandArguments,
} from './changeSummary';
import { ComparePageMessage, renderComparison } from './compareHtml';
import { Flag, Span, locateChange } from './locateChange';
import { pickOtherVersion } from './pickVersion';

const VIEW_TYPE = 'clauselint.comparison';
/** True while a document carries a comparison's marks: shows "Clear Comparison" in the menus. */
const CONTEXT_KEY = 'clauselint.comparing';

/**
 * "Clauselint: Compare With...": asks for the other version, has the server compare (which also
 * marks the clauses that got riskier) and shows its change summary in one webview panel.
 */
export class ComparisonPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shown: { uri: vscode.Uri; other: OtherVersion; summary: ChangeSummary } | undefined;
  /** Documents the server keeps comparing until cleared or closed. */
  private readonly compared = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly manager: ServerManager) {
    this.disposables.push(
      // The server forgets a closed document's comparison, and a restarted server all of them.
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri.toString())),
      manager.onDidChange(() => {
        if (!manager.running) this.forgetAll();
      }),
    );
  }

  /** The command: arguments as a menu passes them ([uri]) or as documented in the README ([uri, other]). */
  async compare(...args: unknown[]): Promise<void> {
    const given = readCommandArguments(args);
    const uri = given.document ? vscode.Uri.parse(given.document) : vscode.window.activeTextEditor?.document.uri;
    const document = uri && (await openDocument(uri));
    if (!uri || !document || !this.manager.handles(document)) {
      void vscode.window.showWarningMessage(
        'Clauselint: open a contract first (a *.contract file, or Markdown, plain text or HTML switched on under clauselint.review).',
      );
      return;
    }
    const other = given.other ?? (await pickOtherVersion(uri));
    if (!other) return;
    await this.run(uri, other);
  }

  /** Removes the comparison's marks from a document (the given one, the active editor's, or the panel's). */
  async clear(target?: unknown): Promise<void> {
    const uri = target instanceof vscode.Uri ? target : this.clearTarget();
    if (!uri) {
      void vscode.window.showInformationMessage('Clauselint: no document is being compared.');
      return;
    }
    this.forget(uri.toString());
    if (this.shown?.uri.toString() === uri.toString()) this.panel?.dispose();
    if (!this.manager.running) return; // no server, no marks
    try {
      await this.manager.execute(CLEAR_COMPARISON, [uri.toString()]);
    } catch (e) {
      void vscode.window.showErrorMessage(`Clauselint: cannot clear the comparison: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private clearTarget(): vscode.Uri | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    if (active && this.compared.has(active.toString())) return active;
    return this.shown?.uri;
  }

  private async run(uri: vscode.Uri, other: OtherVersion): Promise<void> {
    const fileName = path.basename(uri.path);
    await this.manager.start();
    if (!this.manager.running) {
      // A failed start has been reported by the manager; a server that stopped has not.
      if (!this.manager.problem) {
        void vscode.window.showErrorMessage(
          `Clauselint: cannot compare ${fileName}: the server is not running; run "Clauselint: Restart Server".`,
        );
      }
      return;
    }
    let summary: ChangeSummary;
    try {
      summary = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: `Clauselint: comparing ${fileName} with ${otherLabel(other)}` },
        () => this.manager.execute<ChangeSummary>(COMPARE_WITH, compareArguments(uri.toString(), other)),
      );
    } catch (e) {
      void vscode.window.showErrorMessage(failureMessage(fileName, other, e));
      return;
    }
    this.compared.add(uri.toString());
    this.syncContext();
    this.shown = { uri, other, summary };
    await this.render();
  }

  private async render(): Promise<void> {
    const shown = this.shown;
    if (!shown) return;
    const panel = this.ensurePanel();
    const against = otherLabel(shown.other);
    const fileName = path.basename(shown.uri.path);
    panel.title = `Changes: ${fileName} ↔ ${against}`;
    const document = await openDocument(shown.uri);
    const located = shown.summary.changes.map((c) => document !== undefined && locateChange(c, flagsOf(document), lines(document)) !== undefined);
    panel.webview.html = renderComparison(shown.summary, { nonce: randomBytes(16).toString('base64'), fileName, against, located });
    panel.reveal(undefined, true);
  }

  private ensurePanel(): vscode.WebviewPanel {
    if (this.panel) return this.panel;
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      'Changes',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [] },
    );
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    panel.webview.onDidReceiveMessage((m: ComparePageMessage) => void this.onMessage(m));
    this.panel = panel;
    return panel;
  }

  private async onMessage(message: ComparePageMessage): Promise<void> {
    const shown = this.shown;
    if (!shown) return;
    if (message.type === 'refresh') return this.run(shown.uri, shown.other);
    if (message.type === 'clear') return this.clear(shown.uri);
    const change = shown.summary.changes[message.index];
    const document = await openDocument(shown.uri);
    const span = change && document && locateChange(change, flagsOf(document), lines(document));
    if (!span) {
      void vscode.window.showInformationMessage(`Clauselint: ${change?.code ?? 'this change'} is not in the current version of the document.`);
      return;
    }
    await reveal(shown.uri, span);
  }

  private forget(uri: string): void {
    if (this.compared.delete(uri)) this.syncContext();
  }

  private forgetAll(): void {
    this.compared.clear();
    this.syncContext();
  }

  private syncContext(): void {
    void vscode.commands.executeCommand('setContext', CONTEXT_KEY, this.compared.size > 0);
  }

  dispose(): void {
    this.panel?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}

async function openDocument(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  try {
    // The server answers only for open documents; opening one from the explorer sends it there.
    return await vscode.workspace.openTextDocument(uri);
  } catch {
    return undefined;
  }
}

/** The document's Clauselint diagnostics (its findings and the comparison's marks) with their text. */
function flagsOf(document: vscode.TextDocument): Flag[] {
  return vscode.languages
    .getDiagnostics(document.uri)
    .filter((d) => d.source?.startsWith('clauselint'))
    .map((d) => ({ code: codeText(d.code), range: toSpan(d.range), text: document.getText(d.range) }));
}

function codeText(code: vscode.Diagnostic['code']): string {
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

function toSpan(r: vscode.Range): Span {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

function lines(document: vscode.TextDocument): string[] {
  return document.getText().split(/\r?\n/);
}

async function reveal(uri: vscode.Uri, span: Span): Promise<void> {
  const { start, end } = span;
  // The cursor goes to the start, so a long clause does not scroll its beginning out of view.
  const selection = new vscode.Selection(end.line, end.character, start.line, start.character);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const editor = await vscode.window.showTextDocument(uri, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection });
  editor.selection = selection; // the option takes a range, which puts the cursor at its end
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
