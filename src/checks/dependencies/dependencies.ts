import type { CheckOutcome } from '../../core/types.js';
import { defineCheck } from '../types.js';
import { fields } from './spec.js';

export const dependenciesCheck = defineCheck({
  type: 'dependencies',
  description:
    'Dependency changes between base and head (npm, pnpm, yarn, PyPI, Go, Cargo, RubyGems manifests and lockfiles): deny list, pinning, new direct dependencies, downgrades, major upgrades, install scripts and where packages come from (git, URLs, other registries, rewritten lockfile entries)',
  defaults: { category: 'safety', enforcement: 'scored' },
  fields,
  // The parsers of a dozen file formats are loaded when such a check runs, not by every command.
  async run(spec, ctx): Promise<CheckOutcome> {
    return (await import('./run.js')).runDependencies(spec, ctx);
  },
});
