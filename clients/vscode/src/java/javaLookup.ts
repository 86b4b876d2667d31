import * as path from 'node:path';

/** Where a Java candidate came from, in the order they are tried. */
export type JavaSource = 'setting' | 'JAVA_HOME' | 'PATH';

export interface JavaCandidate {
  source: JavaSource;
  /** The java executable to run. */
  executable: string;
}

/** What the lookup may see of the machine; tests pass fake ones. */
export interface LookupContext {
  /** The clauselint.java.home setting, if set. */
  settingHome?: string;
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  isFile(file: string): boolean;
}

function executableName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'java.exe' : 'java';
}

/** `<home>/bin/java`: a Java home names the installation folder, not the executable. */
export function javaInHome(home: string, platform: NodeJS.Platform): string {
  const p = platform === 'win32' ? path.win32 : path.posix;
  return p.join(home, 'bin', executableName(platform));
}

/**
 * The Java executables to try, best first: the setting alone when it is set (the user chose it, so
 * another Java would surprise them), else JAVA_HOME, then every java on PATH. Candidates whose file
 * is missing are left out; `missing` says which configured homes had no java.
 */
export function javaCandidates(ctx: LookupContext): { candidates: JavaCandidate[]; missing: string[] } {
  const candidates: JavaCandidate[] = [];
  const missing: string[] = [];
  const setting = ctx.settingHome?.trim();
  if (setting) {
    const exe = javaInHome(setting, ctx.platform);
    if (ctx.isFile(exe)) candidates.push({ source: 'setting', executable: exe });
    else missing.push(`clauselint.java.home is "${setting}", but ${exe} does not exist`);
    return { candidates, missing };
  }
  const javaHome = ctx.env.JAVA_HOME?.trim();
  if (javaHome) {
    const exe = javaInHome(javaHome, ctx.platform);
    if (ctx.isFile(exe)) candidates.push({ source: 'JAVA_HOME', executable: exe });
    else missing.push(`JAVA_HOME is "${javaHome}", but ${exe} does not exist`);
  }
  const pathVar = ctx.env.PATH ?? ctx.env.Path ?? '';
  const separator = ctx.platform === 'win32' ? ';' : ':';
  const name = executableName(ctx.platform);
  const p = ctx.platform === 'win32' ? path.win32 : path.posix;
  for (const dir of pathVar.split(separator)) {
    if (!dir) continue;
    const exe = p.join(dir, name);
    if (ctx.isFile(exe) && !candidates.some((c) => c.executable === exe)) {
      candidates.push({ source: 'PATH', executable: exe });
    }
  }
  return { candidates, missing };
}
