import { cargoLock, cargoToml } from './cargo.js';
import { goMod } from './go.js';
import { packageJson, packageLock, pnpmLock, yarnLock } from './npm.js';
import { poetryLock, pyprojectToml, requirementsTxt } from './python.js';
import { gemfileLock } from './ruby.js';
import type { DepFileType } from './types.js';

/** Every dependency file the check reads, one parser each. */
export const DEP_FILES: readonly DepFileType[] = [
  packageJson,
  packageLock,
  pnpmLock,
  yarnLock,
  requirementsTxt,
  pyprojectToml,
  poetryLock,
  goMod,
  cargoToml,
  cargoLock,
  gemfileLock,
];

export function depFileType(path: string): DepFileType | undefined {
  return DEP_FILES.find((t) => t.match(path));
}
