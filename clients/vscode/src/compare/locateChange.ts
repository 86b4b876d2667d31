import type { Position } from '../report/riskReport';
import type { CategoryChange } from './changeSummary';

export interface Span {
  start: Position;
  end: Position;
}

/** A diagnostic of the document, with the text it covers. */
export interface Flag {
  code: string;
  range: Span;
  text: string;
}

/** How many words of a quote must appear in a flagged clause to call it the quoted one. */
const QUOTE_WORDS = 8;
/** A heading line may carry a little more than the heading (a numbering the server dropped, a marker). */
const HEADING_SLACK = 12;

/**
 * Where a change sits in the current version of the document, or undefined when it is not there.
 * A change with a new side is one of the document's findings: the flag of its category whose text
 * starts like the quote (quotes are the plain text, the document may carry Markdown or HTML), else
 * the first flag of the category. Otherwise, or when no flag matches, the heading of its section.
 */
export function locateChange(change: CategoryChange, flags: readonly Flag[], lines: readonly string[]): Span | undefined {
  if (change.after !== null) {
    const same = flags.filter((f) => f.code === change.code);
    const start = words(change.after.replace(/\.\.\.$/, '')).slice(0, QUOTE_WORDS).join(' ');
    const quoted = start ? same.find((f) => words(f.text).join(' ').includes(start)) : undefined;
    const found = quoted ?? same[0];
    if (found) return found.range;
  }
  const heading = change.section.after ?? change.section.before;
  return heading ? findHeading(heading, lines) : undefined;
}

/** The line holding a section heading such as "6.1 Indemnification", whatever its markup. */
export function findHeading(heading: string, lines: readonly string[]): Span | undefined {
  const wanted = words(heading).join(' ');
  if (!wanted) return undefined;
  let near: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const text = words(lines[i]).join(' ');
    if (text === wanted) return lineSpan(i, lines[i]);
    if (near === undefined && text.length <= wanted.length + HEADING_SLACK && text.endsWith(wanted)) near = i;
  }
  return near === undefined ? undefined : lineSpan(near, lines[near]);
}

function lineSpan(line: number, text: string): Span {
  return { start: { line, character: 0 }, end: { line, character: text.length } };
}

/** Lower-case words without tags or punctuation, so Markdown, HTML and the server's plain text compare. */
function words(text: string): string[] {
  return text
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
