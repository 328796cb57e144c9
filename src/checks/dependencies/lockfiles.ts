import { bunLock } from './bun.js';
import { cargoConfig, cargoLock, cargoToml } from './cargo.js';
import { goMod, goSum } from './go.js';
import { packageJson, packageLock } from './npm.js';
import { pnpmLock } from './pnpm.js';
import { pipfile, pyprojectToml, requirementsTxt } from './python.js';
import { pdmLock, pipfileLock, poetryLock, uvLock } from './pythonLocks.js';
import { gemfileLock } from './ruby.js';
import type { DepFileType } from './types.js';
import { yarnLock } from './yarn.js';

/** Every dependency file the check reads, one parser each. */
export const DEP_FILES: readonly DepFileType[] = [
  packageJson,
  packageLock,
  pnpmLock,
  yarnLock,
  bunLock,
  requirementsTxt,
  pyprojectToml,
  pipfile,
  pipfileLock,
  poetryLock,
  uvLock,
  pdmLock,
  goMod,
  goSum,
  cargoToml,
  cargoLock,
  cargoConfig,
  gemfileLock,
];

export function depFileType(path: string): DepFileType | undefined {
  return DEP_FILES.find((t) => t.match(path));
}
