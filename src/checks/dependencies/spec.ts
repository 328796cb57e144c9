// The settings of a dependencies check, as the config schema reads them; its work is in run.ts.
import { z } from 'zod';
import { ECOSYSTEMS, type Ecosystem } from './types.js';

const denyEntry = z.string().superRefine((s, ctx) => {
  const m = /^([a-z]+):(.+)$/.exec(s);
  if (m && !ECOSYSTEMS.includes(m[1] as Ecosystem))
    ctx.addIssue({ code: 'custom', message: `unknown ecosystem "${m[1]}" (use ${ECOSYSTEMS.join(', ')})` });
});

const level = (what: string, fallback: 'fail' | 'warn') =>
  z.enum(['fail', 'warn', 'ignore']).default(fallback).describe(what);

export const fields = z.object({
  paths: z.array(z.string().min(1)).default([]).describe('Globs limiting which dependency files are read'),
  exclude: z
    .array(z.string().min(1))
    .default([])
    .describe('Globs of dependency files to ignore (e.g. **/testdata/**)'),
  deny: z
    .array(denyEntry)
    .default([])
    .describe(
      'Package name globs that may not be added or changed, optionally per ecosystem: event-stream, npm:@evil/*, pypi:request*',
    ),
  maxNewDirect: z.int().min(0).optional().describe('Most new direct dependencies one promotion may add'),
  requirePinned: z
    .boolean()
    .default(false)
    .describe(
      'New or changed direct dependencies must name one exact version (npm 1.2.3, pip ==1.2.3, Cargo =1.2.3, Gemfile = 1.2.3)',
    ),
  downgrades: z
    .enum(['warn', 'fail', 'ignore'])
    .default('warn')
    .describe('What a downgraded package counts as'),
  installScripts: level(
    'What code that runs at install time counts as: an install hook (preinstall, install, postinstall, prepare…) added to or changed in a package.json, or a package that runs install scripts where base had none (package-lock hasInstallScript, pnpm requiresBuild)',
    'fail',
  ),
  sources: level(
    'What a change of where packages come from counts as: a package moved to git, a URL, a local path, an alias or another registry host; a new package from git, a URL or an archive; another digest for the same version (a rewritten lockfile); an index option (--index-url, --extra-index-url, --trusted-host, -e) in requirements, a Go replace, a Cargo patch or source replacement',
    'fail',
  ),
  allowSources: z
    .array(z.string().min(1))
    .default([])
    .describe(
      'Globs of places packages may come from without a finding: registry and URL hosts (npm.pkg.github.com), git repositories (github.com/acme/*), local paths; a rewritten digest is never allowed',
    ),
  majorUpgrades: level(
    'What an upgrade of a direct dependency across a major version (or a 0.x minor) counts as',
    'warn',
  ),
});

/** A dependencies check's settings, as the config schema gives them. */
export type DependenciesSpec = z.output<typeof fields>;
