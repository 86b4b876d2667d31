/** The answer of the server's clauselint.riskReport command (see the server's RiskReport). */
export interface RiskReport {
  uri: string;
  version: number;
  score?: number;
  grade?: string;
  counts?: Partial<Record<Severity, number>>;
  findings?: ReportFinding[];
  byCategory?: Record<string, number>;
  missingProtections?: number;
  problems?: string[];
  /** Set instead of the rest when the document could not be reviewed. */
  error?: string;
}

export type Severity = 'high' | 'medium' | 'low' | 'note';
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'note'];

export interface Position {
  line: number;
  character: number;
}

export interface ReportFinding {
  code: string;
  severity: Severity;
  message: string;
  range: { start: Position; end: Position };
  section?: string | null;
  category: string;
}

/** Findings per category and severity, categories with the most severe weight first. */
export function categoryRows(report: RiskReport): { category: string; counts: Record<Severity, number>; total: number }[] {
  const rows = new Map<string, Record<Severity, number>>();
  for (const f of report.findings ?? []) {
    const counts = rows.get(f.category) ?? { high: 0, medium: 0, low: 0, note: 0 };
    if (SEVERITIES.includes(f.severity)) counts[f.severity]++;
    rows.set(f.category, counts);
  }
  const weight = (c: Record<Severity, number>) => c.high * 1000000 + c.medium * 1000 + c.low;
  return [...rows.entries()]
    .map(([category, counts]) => ({ category, counts, total: SEVERITIES.reduce((n, s) => n + counts[s], 0) }))
    .sort((a, b) => weight(b.counts) - weight(a.counts) || b.total - a.total || a.category.localeCompare(b.category));
}

/** The status bar text for a report: "Risk D 68", or why there is none. */
export function gradeLabel(report: RiskReport): string {
  if (report.error || report.grade === undefined) return 'Risk: not reviewed';
  return `Risk ${report.grade} ${report.score ?? ''}`.trim();
}
