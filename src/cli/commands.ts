/**
 * What the CLI's commands run, imported by each command's action (`await import('./commands.js')`),
 * never when the CLI starts: `--version`, `--help` and `verify` evaluate none of it. One module
 * rather than an import per use case, so the code the commands share is bundled once. `init` loads
 * its own module: what it reads a repository with is no other command's.
 */
export { createExec } from '../adapters/exec.js';
export { createHttpClient } from '../adapters/http.js';
export { runAggregate } from '../app/aggregate.js';
export { runDeploy } from '../app/deploy.js';
export { runDrill } from '../app/drill.js';
export { benchmarkChecks, runDrift } from '../app/drift.js';
export { runGate } from '../app/gate.js';
export { runMonitor } from '../app/monitor.js';
export { publishExitCode, runPublish } from '../app/publish.js';
export { buildReview, reviewWindow } from '../app/review.js';
export { loadDriftRules, writeReview } from '../app/reviewFiles.js';
export { runWatch } from '../app/watch.js';
export { exists } from '../bundle/seal.js';
export { loadConfigFile, placed } from '../config/load.js';
export { planGate } from '../config/plan.js';
export { configJsonSchema } from '../config/schema.js';
export { createGitHubClient } from '../github/client.js';
export { loadGitHubContext } from '../github/context.js';
export { describeOutcome } from '../github/publish.js';
export { createHistoryStore, parseHistorySpec } from '../history/select.js';
export { transitionsIn } from '../history/transitions.js';
