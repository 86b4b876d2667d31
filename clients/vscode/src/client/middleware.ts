import { Middleware } from 'vscode-languageclient/node';
import { SCAN_WORKSPACE, scanWithProgress } from '../commands/scanWorkspace';
import { RISK_REPORT } from '../report/fetchReport';
import { SECTION, toServerSettings } from '../settings/serverSettings';
import type { ServerManager } from './serverManager';

/**
 * What the extension changes on the way between VS Code and the server: the clauselint settings
 * section is translated to the server's keys, a workspace scan gets a cancellable notification,
 * and the risk code lens opens the report page (the server's command only answers JSON).
 */
const SHOW_RISK_REPORT = 'clauselint.showRiskReport';

export function clientMiddleware(manager: ServerManager): Middleware {
  return {
    workspace: {
      configuration: async (params, token, next) => {
        const values = await next(params, token);
        if (!Array.isArray(values)) return values;
        return values.map((value, i) => (params.items[i]?.section === SECTION ? toServerSettings(value) : value));
      },
    },
    provideCodeLenses: async (document, token, next) => {
      const lenses = await next(document, token);
      for (const lens of lenses ?? []) {
        if (lens.command?.command === RISK_REPORT) {
          lens.command = { title: lens.command.title, command: SHOW_RISK_REPORT, arguments: [document.uri] };
        }
      }
      return lenses;
    },
    executeCommand: (command, args, next) => {
      const client = manager.running;
      if (command === SCAN_WORKSPACE && client) return scanWithProgress(client, args);
      return next(command, args);
    },
  };
}
