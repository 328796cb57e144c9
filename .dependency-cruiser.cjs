/**
 * Architecture guards for promotion-gate, checked by `npm run lint`
 * (`depcruise src --config .dependency-cruiser.cjs`).
 *
 * Paths are relative to the directory being cruised, so every rule is written
 * for the real layout (`src/...`). __tests__/architecture/guards.test.ts runs
 * these same rules against a small deliberately broken copy of the layout
 * (with its own `src/` and `__tests__/`) to prove that each one fires.
 */

// A package from the GitHub runtime SDKs, resolved into node_modules or (for a
// type-only import of a transitive package) left as the bare package name.
const GITHUB_SDK = '(^|/)@(actions|octokit)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Import cycles make the startup order of the action and the CLI depend on which file is loaded first, and they glue layers together so no part can be moved or tested alone. Type-only imports count: a cycle of types is still two folders that cannot be separated.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'github-sdk-only-at-edges',
      severity: 'error',
      comment:
        'The @actions/* and @octokit/* packages only work inside a GitHub runner (or against the GitHub API). Only the front ends (action, cli, entries), the GitHub adapter (github) and the history stores that keep runs in artifacts or git (history) may use them, so the gate itself, its checks and its decision run the same from a terminal, in tests and in CI.',
      from: {
        path: '^src/',
        pathNot: '^src/(action|cli|entries|github|history)/',
      },
      to: { path: GITHUB_SDK },
    },
    {
      name: 'entries-are-not-imported',
      severity: 'error',
      comment:
        'src/entries holds the bundler input only (main.ts, which loads one front end, and what it sets up: the stop signal, the schema mode, what a worker thread runs). Nothing may import it; it imports the front ends, not the other way round.',
      from: { path: '^src/', pathNot: '^src/entries/' },
      to: { path: '^src/entries/' },
    },
    {
      name: 'action-front-end-stays-out',
      severity: 'error',
      comment:
        'src/action is the GitHub runner front end (inputs, annotations, job summary). Only its own files and the bundler entries may use it; the use cases in src/app and everything below must not depend on how the runner is driven.',
      from: { path: '^src/', pathNot: '^src/(action|entries)/' },
      to: { path: '^src/action/' },
    },
    {
      name: 'cli-front-end-stays-out',
      severity: 'error',
      comment:
        'src/cli is the terminal front end (commander options, exit codes printed to a terminal). Only its own files and the bundler entries may use it; the rest of the gate must not depend on the command line.',
      from: { path: '^src/', pathNot: '^src/(cli|entries)/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'app-not-to-front-ends',
      severity: 'error',
      comment:
        'src/app holds one module per use case (gate, aggregate, drift, review, publish, ...) and is called by both front ends. A use case that imports the action or the CLI would work from one front end only.',
      from: { path: '^src/app/' },
      to: { path: '^src/(action|cli)/' },
    },
    {
      name: 'decision-is-pure',
      severity: 'error',
      comment:
        'The decision (evaluate and the ratchet) turns check results and the policy into a verdict. It must stay a pure function of its inputs so the same results always give the same verdict: it may use only src/core, the config types and itself; no checks, no config loading, no history, no adapters, no packages and no node: builtins.',
      from: { path: '^src/decision/' },
      to: { pathNot: '^src/(core/|config/types\\.ts$|decision/)' },
    },
    {
      name: 'core-imports-nothing',
      severity: 'error',
      comment:
        'src/core holds the shared vocabulary (types, durations, errors, redaction, text) that every layer uses. It imports no other part of src/, otherwise every layer would depend on that part too.',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: '^src/core/' },
    },
    {
      name: 'report-is-formatting-only',
      severity: 'error',
      comment:
        'src/report only formats results that were already computed (markdown, mermaid, the report object). From the rest of src/ it may use only core, the config types, the change and history record types, the metrics family (drift points and the shared number formatting, which checks and use cases share) and the evidence format names; it must not reach into use cases, the engine, loaders or other checks.',
      from: { path: '^src/report/' },
      to: {
        path: '^src/',
        pathNot: [
          '^src/core/',
          '^src/report/',
          '^src/config/types\\.ts$',
          '^src/change/types\\.ts$',
          '^src/history/types\\.ts$',
          '^src/checks/metrics/(criteria|drift)\\.ts$',
          '^src/checks/evidence/evidenceFile\\.ts$',
        ],
      },
    },
    {
      name: 'checks-not-to-config',
      severity: 'error',
      comment:
        'Checks receive their already loaded, interpolated settings and get their field schemas from src/checks/fields.ts. Apart from the config types they must not use src/config (loading, planning, locating, the schema), otherwise config and checks depend on each other.',
      from: { path: '^src/checks/' },
      to: { path: '^src/config/', pathNot: '^src/config/types\\.ts$' },
    },
    {
      name: 'init-detection-is-pure',
      severity: 'error',
      comment:
        'init decides from a snapshot of the repository: only src/init/repoSnapshot.ts reads the file system or runs git, so every detection rule is a pure function tested on plain data.',
      from: { path: '^src/init/', pathNot: '^src/init/repoSnapshot\\.ts$' },
      to: {
        path: '^(node:)?(fs|fs/promises|child_process|worker_threads)$|^src/(adapters|bundle|change|app|cli|action|github|history|engine)/',
      },
    },
    {
      name: 'src-not-to-tests',
      severity: 'error',
      comment:
        'Test helpers and fixtures are not shipped. Code in src/ that imports __tests__ would pull test code into dist/ or break the build.',
      from: { path: '^src/' },
      to: { path: '^__tests__/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment:
        'Every import must resolve to a file or an installed package. An import these guards cannot resolve is an import they cannot check, so the other rules would pass without looking.',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Look at imports in src/ only; do not walk into installed packages.
    doNotFollow: { path: 'node_modules' },
    // Keep type-only imports (import type ...) in the graph: they still tie
    // folders together, and no-circular must see them.
    tsPreCompilationDeps: true,
    // The code imports `./x.js` that is really `./x.ts` (moduleResolution
    // nodenext). dependency-cruiser 17 resolves that by itself: when a `.js`
    // specifier does not exist on disk it retries it as `.ts`/`.tsx`/`.d.ts`,
    // as tsc does. The tsconfig is read as well, so its compiler options (and
    // any `paths` added later) are used for parsing and resolving.
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
