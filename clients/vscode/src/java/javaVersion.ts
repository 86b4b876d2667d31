/** The oldest Java the bundled server runs on (it is compiled for release 17). */
export const MINIMUM_JAVA = 17;

/**
 * The major version in `java -version` output (printed on stderr), or undefined when the text
 * holds none. Handles the old scheme ("1.8.0_402" is 8) and the new one ("17.0.15", "21", "22-ea").
 */
export function parseJavaMajor(output: string): number | undefined {
  const quoted = /version\s+"([^"]+)"/.exec(output);
  const raw = quoted?.[1] ?? /^(?:openjdk|java)\s+(\d[\w.+-]*)/m.exec(output)?.[1];
  if (!raw) return undefined;
  const parts = /^(\d+)(?:\.(\d+))?/.exec(raw);
  if (!parts) return undefined;
  const first = Number(parts[1]);
  if (first === 1 && parts[2] !== undefined) return Number(parts[2]);
  return first;
}
