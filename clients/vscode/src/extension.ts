import * as vscode from 'vscode';
import { ServerManager } from './client/serverManager';
import { ExplainRule } from './commands/explainRule';
import { ComparisonPanel } from './compare/comparisonPanel';
import { RiskReportPanel, VIEW_TYPE } from './report/riskReportPanel';
import { SECTION } from './settings/serverSettings';
import { GradeStatus } from './status/gradeStatus';

let manager: ServerManager | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Clauselint');
  manager = new ServerManager(context, output);
  const servers = manager;
  const report = new RiskReportPanel(servers);
  const explain = new ExplainRule(servers);
  const comparison = new ComparisonPanel(servers);
  context.subscriptions.push(
    output,
    servers,
    report,
    explain,
    comparison,
    new GradeStatus(servers),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => report.restore(panel, state),
    }),
    vscode.commands.registerCommand('clauselint.showRiskReport', (uri?: vscode.Uri) => report.show(uri)),
    vscode.commands.registerCommand('clauselint.compareWithVersion', (...args: unknown[]) => comparison.compare(...args)),
    vscode.commands.registerCommand('clauselint.clearVersionComparison', (uri?: vscode.Uri) => comparison.clear(uri)),
    vscode.commands.registerCommand('clauselint.explainRule', (id?: string) => explain.run(id)),
    vscode.commands.registerCommand('clauselint.restartServer', () => servers.restart()),
    // The JVM starts only once a document the server reviews is open.
    vscode.workspace.onDidOpenTextDocument((d) => startFor(servers, [d])),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // Which documents and which Java are fixed at start; the server follows its own settings itself.
      if (e.affectsConfiguration(`${SECTION}.java.home`) || e.affectsConfiguration(`${SECTION}.review`)) {
        if (servers.running || servers.problem) void servers.restart();
        else startFor(servers, vscode.workspace.textDocuments);
      }
    }),
  );
  startFor(servers, vscode.workspace.textDocuments);
}

function startFor(servers: ServerManager, documents: readonly vscode.TextDocument[]): void {
  if (!servers.running && !servers.problem && documents.some((d) => servers.handles(d))) void servers.start();
}

export function deactivate(): Promise<void> | undefined {
  return manager?.stop();
}
