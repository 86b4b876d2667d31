export interface RuleRow {
  id: string;
  severity: string;
  kind: string;
  message: string;
}

/**
 * Rows of `clauselint rules` (a header "ID SEVERITY KIND MESSAGE", then one rule a line, columns
 * padded with spaces). Lines that do not look like a rule (the header, blanks, notes) are skipped.
 */
export function parseRulesTable(text: string): RuleRow[] {
  const rows: RuleRow[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^([a-z][\w-]*\.[\w.-]+)\s+(high|medium|low|note)\s+(\S+)\s+(.*)$/.exec(line.trimEnd());
    if (m) rows.push({ id: m[1], severity: m[2], kind: m[3], message: m[4] });
  }
  return rows;
}
