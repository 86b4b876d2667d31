import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ServerManager } from '../client/serverManager';
import { fetchRiskReport } from './fetchReport';
import { PageMessage, renderReport } from './reportHtml';
import { RiskReport } from './riskReport';

const REFRESH_DELAY_MS = 500;
export const VIEW_TYPE = 'clauselint.riskReport';
const WEBVIEW_OPTIONS: vscode.WebviewOptions & vscode.WebviewPanelOptions = {
  enableScripts: true,
  localResourceRoots: [],
};

/**
 * The "Clauselint: Show Risk Report" webview: one panel, showing the report of one document and
 * following its edits; clicking a finding selects it in the editor.
 */
export class RiskReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private report: RiskReport | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly manager: ServerManager) {
    this.disposables.push(
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.panel && this.uri && e.uris.some((u) => u.toString() === this.uri!.toString())) this.schedule();
      }),
    );
  }

  /** Opens the report of the given document, or of the active editor's. */
  async show(target?: vscode.Uri): Promise<void> {
    const uri = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
    const document = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!uri || !document || !this.manager.handles(document)) {
      void vscode.window.showWarningMessage(
        'Clauselint: open a contract first (a *.contract file, or Markdown, plain text or HTML switched on under clauselint.review).',
      );
      return;
    }
    await this.manager.start();
    if (!this.manager.running) return; // the manager has said why
    this.uri = uri;
    const panel = this.ensurePanel();
    panel.title = `Risk: ${path.basename(uri.path)}`;
    panel.reveal(undefined, true);
    await this.refresh();
  }

  private ensurePanel(): vscode.WebviewPanel {
    if (this.panel) return this.panel;
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      'Risk report',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      WEBVIEW_OPTIONS,
    );
    return this.adopt(panel);
  }

  /** Takes over a panel VS Code kept from the last session (the page saved which document it showed). */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const uri = typeof (state as { uri?: unknown })?.uri === 'string' ? vscode.Uri.parse((state as { uri: string }).uri) : undefined;
    if (!uri || this.panel) {
      panel.dispose();
      return;
    }
    panel.webview.options = WEBVIEW_OPTIONS;
    this.adopt(panel);
    this.uri = uri;
    try {
      await vscode.workspace.openTextDocument(uri); // the server answers only for open documents
    } catch {
      panel.dispose();
      return;
    }
    await this.manager.start();
    await this.refresh();
  }

  private adopt(panel: vscode.WebviewPanel): vscode.WebviewPanel {
    panel.onDidDispose(() => {
      if (this.panel === panel) {
        this.panel = undefined;
        this.report = undefined;
      }
    });
    panel.webview.onDidReceiveMessage((m: PageMessage) => void this.onMessage(m));
    this.panel = panel;
    return panel;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const panel = this.panel;
    const uri = this.uri;
    if (!panel || !uri) return;
    const page = { nonce: randomBytes(16).toString('base64'), fileName: path.basename(uri.path) };
    try {
      const report = await fetchRiskReport(this.manager, uri);
      if (panel !== this.panel || uri !== this.uri) return;
      this.report = report;
      panel.webview.html = renderReport(report, page);
    } catch (e) {
      if (panel !== this.panel) return;
      const why = e instanceof Error ? e.message : String(e);
      panel.webview.html = renderReport({ uri: uri.toString(), version: 0, error: why }, page);
    }
  }

  private async onMessage(message: PageMessage): Promise<void> {
    if (message.type === 'refresh') return this.refresh();
    if (message.type === 'explain') {
      await vscode.commands.executeCommand('clauselint.explainRule', message.code);
      return;
    }
    const finding = this.report?.findings?.[message.index];
    if (!finding || !this.uri) return;
    const { start, end } = finding.range;
    // The cursor goes to the start, so a long clause does not scroll its beginning out of view.
    const selection = new vscode.Selection(end.line, end.character, start.line, start.character);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri!.toString());
    const editor = await vscode.window.showTextDocument(this.uri, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      selection,
      preserveFocus: false,
    });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
