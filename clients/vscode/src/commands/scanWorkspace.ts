import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  WorkDoneProgress,
  WorkDoneProgressCancelNotification,
} from 'vscode-languageclient/node';

/** The server's command; the language client registers it as a VS Code command of the same id. */
export const SCAN_WORKSPACE = 'clauselint.scanWorkspace';

/** What the server answers (see the server's WorkspaceScan). */
interface ScanSummary {
  files?: number;
  reviewed?: number;
  findings?: number;
  worstGrade?: string | null;
  cancelled?: boolean;
  skipped?: { file: string; reason: string }[];
}

/**
 * Runs the server's scan with our own progress token, so its $/progress shows in a notification
 * the user can cancel (cancelling asks the server to stop between files).
 */
export function scanWithProgress(client: LanguageClient, args: unknown[]): Thenable<unknown> {
  const token = `clauselint-scan-${randomUUID()}`;
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Clauselint', cancellable: true },
    async (progress, cancel) => {
      let done = 0;
      let title = '';
      const listener = client.onProgress(WorkDoneProgress.type, token, (value) => {
        if (value.kind === 'end') return;
        // "scanning 12 contracts" stays in view while the file names change after it
        if (value.kind === 'begin') title = value.title.replace(/^Clauselint:\s*/, '');
        const percentage = value.percentage ?? done;
        progress.report({ message: [title, value.message].filter(Boolean).join(': '), increment: percentage - done });
        done = percentage;
      });
      const cancelled = cancel.onCancellationRequested(() => {
        void client.sendNotification(WorkDoneProgressCancelNotification.type, { token });
      });
      try {
        const summary = (await client.sendRequest(ExecuteCommandRequest.type, {
          command: SCAN_WORKSPACE,
          arguments: args,
          workDoneToken: token,
        })) as ScanSummary;
        showSummary(summary);
        return summary;
      } catch (e) {
        void vscode.window.showErrorMessage(`Clauselint: the workspace scan failed: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      } finally {
        listener.dispose();
        cancelled.dispose();
      }
    },
  );
}

function showSummary(s: ScanSummary | undefined): void {
  if (!s) return;
  const reviewed = s.reviewed ?? 0;
  const parts = [
    `${s.cancelled ? 'Scan cancelled after' : 'Reviewed'} ${reviewed} ${reviewed === 1 ? 'contract' : 'contracts'}`,
    `${s.findings ?? 0} findings`,
  ];
  if (s.worstGrade) parts.push(`worst grade ${s.worstGrade}`);
  if (s.skipped?.length) parts.push(`${s.skipped.length} skipped`);
  const text = `Clauselint: ${parts.join(', ')}.`;
  void vscode.window.showInformationMessage(text, 'Show Problems').then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
}

/**
 * Stands in for the server's command while no server runs (the language client registers the real
 * one when it starts), so the palette entry explains instead of failing with "command not found".
 */
export function registerScanStandIn(why: () => string | undefined): vscode.Disposable {
  return vscode.commands.registerCommand(SCAN_WORKSPACE, () => {
    void vscode.window.showErrorMessage(
      `Clauselint: cannot scan the workspace: ${why() ?? 'the server is not running; open a contract or run "Clauselint: Restart Server"'}`,
    );
  });
}
