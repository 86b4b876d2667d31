import * as vscode from 'vscode';
import type { ServerManager } from '../client/serverManager';
import { runCli } from '../rules/cli';
import { parseRulesTable } from '../rules/rulesTable';

const SCHEME = 'clauselint-rule';

/**
 * "Clauselint: Explain Rule": picks a rule (or takes the id given, e.g. from the risk report) and
 * shows what the playbook says about it, read-only, in an editor tab.
 */
export class ExplainRule implements vscode.Disposable {
  private readonly texts = new Map<string, string>();
  /** Tells VS Code to read a rule's page again, e.g. after the perspective changed. */
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly registration: vscode.Disposable;

  constructor(private readonly manager: ServerManager) {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(SCHEME, {
      onDidChange: this.changed.event,
      provideTextDocumentContent: (uri) => this.texts.get(uri.path) ?? '',
    });
  }

  async run(ruleId?: unknown): Promise<void> {
    try {
      const id = typeof ruleId === 'string' && ruleId ? ruleId : await this.pick();
      if (!id) return;
      const text = await runCli(this.manager, ['explain', id]);
      const path = `/${id}.txt`;
      this.texts.set(path, text);
      const uri = vscode.Uri.from({ scheme: SCHEME, path });
      this.changed.fire(uri);
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { preview: true });
    } catch (e) {
      void vscode.window.showErrorMessage(`Clauselint: cannot explain the rule: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private async pick(): Promise<string | undefined> {
    const rows = parseRulesTable(await runCli(this.manager, ['rules']));
    if (rows.length === 0) throw new Error('the server listed no rules');
    const picked = await vscode.window.showQuickPick(
      rows.map((r) => ({ label: r.id, description: `${r.severity} · ${r.kind}`, detail: r.message })),
      { title: 'Clauselint: Explain Rule', placeHolder: 'Rule id or words of its message', matchOnDescription: true, matchOnDetail: true },
    );
    return picked?.label;
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
