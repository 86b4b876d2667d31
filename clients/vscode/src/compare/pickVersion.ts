import * as vscode from 'vscode';
import type { OtherVersion } from './changeSummary';

interface VersionItem extends vscode.QuickPickItem {
  pick: 'head' | 'file';
}

/** Asks which version to compare the document with: the one in git HEAD or another file. */
export async function pickOtherVersion(document: vscode.Uri): Promise<OtherVersion | undefined> {
  const items: VersionItem[] = [];
  // Only a file on disk can sit in a git repository; the server would refuse anything else.
  if (document.scheme === 'file') {
    items.push({ pick: 'head', label: '$(git-commit) Version in git HEAD', description: 'the last committed version of this file' });
  }
  items.push({ pick: 'file', label: '$(file) Another file...', description: 'an older or newer version saved elsewhere' });
  const chosen = await vscode.window.showQuickPick(items, { title: 'Clauselint: Compare With...', placeHolder: 'Compare with which version?' });
  if (!chosen) return undefined;
  if (chosen.pick === 'head') return { kind: 'head' };
  const files = await vscode.window.showOpenDialog({
    title: 'Clauselint: the other version to compare with',
    openLabel: 'Compare',
    canSelectMany: false,
    defaultUri: document.scheme === 'file' ? vscode.Uri.joinPath(document, '..') : undefined,
    filters: { Contracts: ['md', 'markdown', 'txt', 'html', 'htm', 'contract'], 'All files': ['*'] },
  });
  return files?.[0] ? { kind: 'file', uri: files[0].toString() } : undefined;
}
