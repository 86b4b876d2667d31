// Copies the language server built by Maven into server/, where the extension looks for it.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const repo = join(here, '..', '..');
const jar = join(repo, 'bundles', 'dev.clauselint.lsp', 'target', 'clauselint.jar');

if (!existsSync(jar)) {
  console.error(`copy-jar: ${relative(process.cwd(), jar)} is missing: build the language server first, from the repository root:
  ./mvnw -B -pl bundles/dev.clauselint.core,bundles/dev.clauselint.lsp package -DskipTests`);
  process.exit(1);
}
mkdirSync(join(here, 'server'), { recursive: true });
copyFileSync(jar, join(here, 'server', 'clauselint.jar'));
console.log(`copy-jar: ${relative(process.cwd(), jar)} -> server/clauselint.jar`);
