import { Middleware } from 'vscode-languageclient/node';
import { SCAN_WORKSPACE, scanWithProgress } from '../commands/scanWorkspace';
import { SECTION, toServerSettings } from '../settings/serverSettings';
import type { ServerManager } from './serverManager';

/**
 * What the extension changes on the way between VS Code and the server: the clauselint settings
 * section is translated to the server's keys, and a workspace scan gets a cancellable notification.
 */
export function clientMiddleware(manager: ServerManager): Middleware {
  return {
    workspace: {
      configuration: async (params, token, next) => {
        const values = await next(params, token);
        if (!Array.isArray(values)) return values;
        return values.map((value, i) => (params.items[i]?.section === SECTION ? toServerSettings(value) : value));
      },
    },
    executeCommand: (command, args, next) => {
      const client = manager.running;
      if (command === SCAN_WORKSPACE && client) return scanWithProgress(client, args);
      return next(command, args);
    },
  };
}
