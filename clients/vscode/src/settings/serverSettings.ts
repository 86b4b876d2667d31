/** The settings section the server reads (workspace/configuration) and VS Code keeps ours under. */
export const SECTION = 'clauselint';

/**
 * VS Code setting (under clauselint.) to the server's key. Only these go to the server: the
 * server reports every key it does not know, and the rest of the section (java.home, review.*,
 * trace.server) is the extension's own.
 */
export const SERVER_KEYS: Readonly<Record<string, string>> = {
  perspective: 'perspective',
  playbooks: 'playbooks',
  severity: 'severity',
  disabledRules: 'disable',
  minimumSeverity: 'minimumSeverity',
  maxFindings: 'maxFindings',
  debounce: 'debounce',
  maxFileSize: 'maxFileSize',
};

/**
 * The server's settings object from the clauselint section as VS Code returns it (a nested
 * object: { perspective, disabledRules, java: { home }, ... }). Unset values are left out, so the
 * server keeps its defaults and the workspace's .clauselint.yaml still applies.
 */
export function toServerSettings(section: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (section === null || typeof section !== 'object') return out;
  const values = section as Record<string, unknown>;
  for (const [vscodeKey, serverKey] of Object.entries(SERVER_KEYS)) {
    const value = values[vscodeKey];
    if (value !== undefined && value !== null) out[serverKey] = value;
  }
  return out;
}
