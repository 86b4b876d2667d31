/** The review switches of the clauselint section. */
export interface ReviewSettings {
  markdown: boolean;
  plaintext: boolean;
  html: boolean;
  /** Glob patterns of further files to review, e.g. "**\/legal/**\/*.md". */
  include: string[];
}

/** A document filter as vscode and vscode-languageclient take it (kept free of the vscode module for tests). */
export interface Filter {
  language?: string;
  scheme?: string;
  pattern?: string;
}

/** The language VS Code gives *.contract, *.contract.md, *.contract.txt and *.contract.html files. */
export const CONTRACT_LANGUAGE = 'contract';

/** Only documents with text on disk or in an untitled editor: not diffs, output channels or git views. */
const SCHEMES = ['file', 'untitled'];

/**
 * The documents the server reviews: the contract language always, Markdown, plain text and HTML
 * only when switched on, and files matching the include globs whatever their language.
 */
export function documentSelector(review: ReviewSettings): Filter[] {
  const languages = [CONTRACT_LANGUAGE];
  if (review.markdown) languages.push('markdown');
  if (review.plaintext) languages.push('plaintext');
  if (review.html) languages.push('html');
  const filters: Filter[] = [];
  for (const language of languages) {
    for (const scheme of SCHEMES) filters.push({ language, scheme });
  }
  for (const pattern of review.include) {
    const glob = pattern.trim();
    if (glob) filters.push({ scheme: 'file', pattern: glob });
  }
  return filters;
}

/** Reads the review switches from a getter over the clauselint section; wrong types count as unset. */
export function readReviewSettings(get: (key: string) => unknown): ReviewSettings {
  const flag = (key: string) => get(key) === true;
  const include = get('review.include');
  return {
    markdown: flag('review.markdown'),
    plaintext: flag('review.plaintext'),
    html: flag('review.html'),
    include: Array.isArray(include) ? include.filter((g): g is string => typeof g === 'string') : [],
  };
}
