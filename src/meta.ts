import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The package's name, version and directory, read once from package.json, which sits one level above
// src/ (tests) or two above dist/src/ (the built package).
function readPackage(): { name: string; version: string; dir: string } {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'secret-hygiene' && pkg.version) return { name: pkg.name, version: pkg.version, dir };
    } catch {
      // not here: look one level up
    }
    dir = dirname(dir);
  }
  throw new Error('secret-hygiene: package.json not found beside the installed code');
}

export const PACKAGE = readPackage();
export const REPOSITORY_URL = 'https://github.com/secret-hygiene/secret-hygiene';

/** Where the doc page of a rule (CLI rule id or ESLint rule name) lives. */
export const docsUrl = (name: string): string => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`;
