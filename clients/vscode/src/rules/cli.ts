import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import type { ServerManager } from '../client/serverManager';
import { SECTION } from '../settings/serverSettings';

/**
 * Runs the bundled jar's command line (`rules`, `explain ID`) with the user's perspective and
 * playbooks, from the first workspace folder so relative playbook paths mean what they mean to
 * the server. Resolves with what it printed; a broken playbook still prints, so output wins over
 * the exit code.
 */
export async function runCli(manager: ServerManager, args: string[]): Promise<string> {
  const java = await manager.findJava();
  if (!java.ok) throw new Error(java.message);
  const config = vscode.workspace.getConfiguration(SECTION);
  const perspective = config.get<string>('perspective');
  const playbooks = config.get<string[]>('playbooks') ?? [];
  const options = [
    ...(perspective ? ['--perspective', perspective] : []),
    ...playbooks.flatMap((p) => ['--playbook', p]),
  ];
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return new Promise((resolve, reject) => {
    execFile(
      java.java.executable,
      ['-jar', manager.jarPath, ...args, ...options],
      { cwd, timeout: 30000, maxBuffer: 4 * 1024 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        if (stdout.trim()) resolve(stderr.trim() ? `${stdout}\n${stderr}` : stdout);
        else reject(new Error(stderr.trim() || (error ? error.message : 'no output')));
      },
    );
  });
}
