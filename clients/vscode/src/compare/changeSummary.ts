import type { Severity } from '../report/riskReport';

/** The server's command comparing an open document with another version (see docs/compare.md). */
export const COMPARE_WITH = 'clauselint.compareWith';
/** The server's command removing the comparison's extra diagnostics from a document. */
export const CLEAR_COMPARISON = 'clauselint.clearComparison';
/** The `other` argument naming the version committed in git. */
export const HEAD = 'HEAD';

/** One side of a change; null where that side is absent. */
export interface Sides<T> {
  before: T | null;
  after: T | null;
}

/** One changed risk category, as `clauselint diff --format json` writes it. */
export interface CategoryChange {
  kind: 'added' | 'removed' | 'reworded';
  code: string;
  severity: Sides<Severity>;
  risk: 'up' | 'down' | 'neutral';
  before: string | null;
  after: string | null;
  section: Sides<string>;
}

/** The answer of clauselint.compareWith. */
export interface ChangeSummary {
  substantive: boolean;
  score: { before: number; after: number };
  changes: CategoryChange[];
}

/** Which other version the user chose. */
export type OtherVersion = { kind: 'head' } | { kind: 'file'; uri: string };

/**
 * The grade of a risk score. The summary carries only the scores, so this repeats the engine's
 * thresholds (RiskScore.grade); keep the two alike.
 */
export function gradeOf(score: number): string {
  if (score < 15) return 'A';
  if (score < 35) return 'B';
  if (score < 55) return 'C';
  if (score < 75) return 'D';
  return 'E';
}

/** The arguments of clauselint.compareWith: the document's URI and "HEAD" or the other file's URI. */
export function compareArguments(documentUri: string, other: OtherVersion): [string, string] {
  return [documentUri, other.kind === 'head' ? HEAD : other.uri];
}

/**
 * Reads what a menu or another extension passed to clauselint.compareWithVersion: the document
 * (a URI, or nothing for the active editor's) and optionally the other version ("HEAD", or a URI
 * or path string), so the version picker can be skipped.
 */
export function readCommandArguments(args: readonly unknown[]): { document?: string; other?: OtherVersion } {
  const [first, second] = args;
  const document = uriText(first);
  const otherUri = uriText(second);
  const other: OtherVersion | undefined =
    otherUri === undefined ? undefined : otherUri.toUpperCase() === HEAD ? { kind: 'head' } : { kind: 'file', uri: otherUri };
  return { ...(document && { document }), ...(other && { other }) };
}

/** A vscode.Uri (anything with a `scheme` and a `toString`) or a non-empty string, as text. */
function uriText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value && typeof value === 'object' && 'scheme' in value && typeof value.toString === 'function') return value.toString();
  return undefined;
}

/** A short name for the other version in titles: "HEAD" or the file's name. */
export function otherLabel(other: OtherVersion): string {
  if (other.kind === 'head') return HEAD;
  const path = decodeURIComponent(other.uri.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, ''));
  return path.slice(path.lastIndexOf('/') + 1) || other.uri;
}

/**
 * What to tell the user when the comparison failed. The server's messages already name the file and
 * the reason (not in a git repository, not tracked, no such file); only its command prefix goes.
 */
export function failureMessage(fileName: string, other: OtherVersion, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error ?? 'unknown error');
  const reason = raw.replace(new RegExp(`^${COMPARE_WITH.replace(/\./g, '\\.')}:\\s*`), '');
  return `Clauselint: cannot compare ${fileName} with ${otherLabel(other)}: ${reason}`;
}

/** Riskier changes first, then neutral ones, then those that lowered the risk; stable otherwise. */
export function byRisk(changes: readonly CategoryChange[]): { change: CategoryChange; index: number }[] {
  const order = { up: 0, neutral: 1, down: 2 } as const;
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => (order[a.change.risk] ?? 1) - (order[b.change.risk] ?? 1) || a.index - b.index);
}
