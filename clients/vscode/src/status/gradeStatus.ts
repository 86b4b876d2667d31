import * as vscode from 'vscode';
import type { ServerManager } from '../client/serverManager';
import { fetchRiskReport } from '../report/fetchReport';
import { RiskReport, SEVERITIES, gradeLabel } from '../report/riskReport';

/** How long to let diagnostics settle before asking for a fresh grade. */
const REFRESH_DELAY_MS = 400;

/** The status bar item with the grade of the contract in the active editor; a click opens its report. */
export class GradeStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('clauselint.grade', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private timer: NodeJS.Timeout | undefined;
  /** Answers to older requests are dropped: only the newest may paint. */
  private generation = 0;

  constructor(private readonly manager: ServerManager) {
    this.item.name = 'Clauselint risk grade';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.schedule(REFRESH_DELAY_MS);
      }),
      manager.onDidChange(() => this.schedule(0)),
    );
    this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.manager.handles(document)) {
      this.item.hide();
      return;
    }
    if (this.manager.problem) {
      this.paintProblem(this.manager.problem);
      return;
    }
    if (!this.manager.running) {
      this.paint('$(sync~spin) Clauselint', 'Clauselint: starting the server', undefined);
      return;
    }
    let report: RiskReport;
    try {
      report = await fetchRiskReport(this.manager, document.uri);
    } catch {
      return; // closed or changed meanwhile: the next diagnostics bring a new try
    }
    if (generation !== this.generation) return;
    const counts = SEVERITIES.map((s) => `${report.counts?.[s] ?? 0} ${s}`).join(', ');
    const tooltip = report.error
      ? `Clauselint did not review this document: ${report.error}`
      : `Clauselint: risk ${report.score}/100, grade ${report.grade} (A balanced … E heavily one-sided)\n${counts}\nClick for the risk report.`;
    this.paint(`$(law) ${gradeLabel(report)}`, tooltip, report.grade);
  }

  private paint(text: string, tooltip: string, grade: string | undefined): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.command = { title: 'Show Risk Report', command: 'clauselint.showRiskReport' };
    this.item.backgroundColor =
      grade === 'E'
        ? new vscode.ThemeColor('statusBarItem.errorBackground')
        : grade === 'D'
          ? new vscode.ThemeColor('statusBarItem.warningBackground')
          : undefined;
    this.item.accessibilityInformation = { label: grade ? `Clauselint risk grade ${grade}` : tooltip };
    this.item.show();
  }

  private paintProblem(problem: string): void {
    this.item.text = '$(warning) Clauselint';
    this.item.tooltip = `${problem}\nClick to try again.`;
    this.item.command = { title: 'Restart Server', command: 'clauselint.restartServer' };
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
  }
}

