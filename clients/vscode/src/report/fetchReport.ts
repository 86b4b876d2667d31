import * as vscode from 'vscode';
import type { ServerManager } from '../client/serverManager';
import { RiskReport } from './riskReport';

/** The server's command answering a document's risk report as JSON. */
export const RISK_REPORT = 'clauselint.riskReport';

/** Asks the running server for the report of an open document (it waits for the review to settle). */
export function fetchRiskReport(manager: ServerManager, uri: vscode.Uri): Promise<RiskReport> {
  return manager.execute<RiskReport>(RISK_REPORT, [uri.toString()]);
}
