import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { JavaCandidate, LookupContext, javaCandidates } from './javaLookup';
import { MINIMUM_JAVA, parseJavaMajor } from './javaVersion';

export interface FoundJava extends JavaCandidate {
  major: number;
}

export type JavaResult = { ok: true; java: FoundJava } | { ok: false; message: string };

/** Runs `java -version` and returns what it printed (stderr, where Java prints it, then stdout). */
export function runJavaVersion(executable: string, timeoutMs = 15000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(executable, ['-version'], { timeout: timeoutMs, windowsHide: true }, (error, stdout, stderr) => {
      if (error) reject(error);
      else resolve(`${stderr}\n${stdout}`);
    });
  });
}

export function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** How a user gets a Java the server can run on; shown whenever none was found. */
export const INSTALL_HINT =
  `Install a Java ${MINIMUM_JAVA} or newer runtime, for example Eclipse Temurin ${MINIMUM_JAVA} (adoptium.net) ` +
  `or, on Debian and Ubuntu, the package openjdk-${MINIMUM_JAVA}-jre-headless; then set clauselint.java.home ` +
  `to its folder (or JAVA_HOME, or put java on PATH) and run "Clauselint: Restart Server".`;

/**
 * The first candidate that runs and is Java 17 or newer. Never throws: when none fits, the
 * message says what was tried, why each was refused, and what to install.
 */
export async function findJava(
  ctx: LookupContext,
  version: (executable: string) => Promise<string> = runJavaVersion,
): Promise<JavaResult> {
  const { candidates, missing } = javaCandidates(ctx);
  const refused = [...missing];
  for (const candidate of candidates) {
    let output: string;
    try {
      output = await version(candidate.executable);
    } catch (e) {
      refused.push(`${candidate.executable} (${candidate.source}) did not run: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const major = parseJavaMajor(output);
    if (major === undefined) {
      refused.push(`${candidate.executable} (${candidate.source}) printed no Java version`);
    } else if (major < MINIMUM_JAVA) {
      refused.push(`${candidate.executable} (${candidate.source}) is Java ${major}`);
    } else {
      return { ok: true, java: { ...candidate, major } };
    }
  }
  if (candidates.length === 0 && missing.length === 0) refused.push('no java on PATH and JAVA_HOME is not set');
  return {
    ok: false,
    message: `Clauselint needs Java ${MINIMUM_JAVA} or newer to run its language server. ${refused.join('; ')}. ${INSTALL_HINT}`,
  };
}
