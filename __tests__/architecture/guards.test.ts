import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

// The architecture rules `npm run lint` enforces on src/ (.dependency-cruiser.cjs),
// run against a small, deliberately broken copy of the layout. The rules' paths
// are relative to the cruised directory, so the fixture is cruised with its own
// root as baseDir and its files come out as `src/...`, exactly like the real tree.

const repoRoot = resolve(import.meta.dirname, '../..');
const configFile = resolve(repoRoot, '.dependency-cruiser.cjs');
const tsConfigFile = resolve(repoRoot, 'tsconfig.json');
const brokenRoot = resolve(import.meta.dirname, 'fixtures/broken');

const show = (v: IViolation): string => `${v.rule.name}: ${v.from} → ${v.to}`;

let ruleNames: string[];
let violations: IViolation[];
let result: ICruiseResult;

beforeAll(async () => {
  const options = await extractDepcruiseOptions(configFile);
  ruleNames = (options.ruleSet?.forbidden ?? []).map((rule) => rule.name ?? '');
  const tsConfig = extractTSConfig(tsConfigFile);
  const output = await cruise(
    ['src'],
    { ...options, baseDir: brokenRoot, tsConfig: { fileName: tsConfigFile } },
    {},
    { tsConfig },
  );
  result = output.output as ICruiseResult;
  violations = result.summary.violations;
});

describe('architecture guards (.dependency-cruiser.cjs)', () => {
  it('loads the rules that lint enforces', () => {
    expect(ruleNames).toEqual([
      'no-circular',
      'github-sdk-only-at-edges',
      'entries-are-not-imported',
      'action-front-end-stays-out',
      'cli-front-end-stays-out',
      'app-not-to-front-ends',
      'decision-is-pure',
      'core-imports-nothing',
      'report-is-formatting-only',
      'checks-not-to-config',
      'init-detection-is-pure',
      'src-not-to-tests',
      'no-unresolvable',
    ]);
  });

  it('resolves `.js` specifiers to the `.ts` files of the tree', () => {
    const evaluate = result.modules.find((m) => m.source === 'src/decision/evaluate.ts');
    expect(evaluate?.dependencies.map((d) => [d.module, d.resolved, d.couldNotResolve])).toEqual(
      expect.arrayContaining([
        ['../core/types.js', 'src/core/types.ts', false],
        ['../checks/registry.js', 'src/checks/registry.ts', false],
      ]),
    );
  });

  it('every rule fires at least once on the broken fixture', () => {
    const fired = new Set(violations.map((v) => v.rule.name));
    expect(ruleNames.filter((name) => !fired.has(name))).toEqual([]);
  });

  it('reports exactly the planted violations', () => {
    const sdk = violations.find((v) => v.rule.name === 'github-sdk-only-at-edges');
    expect(sdk?.from).toBe('src/core/types.ts');
    expect(sdk?.to).toMatch(/(^|\/)node_modules\/@actions\/core\//);

    // The fixture's cycle closes only through `import type` in config/load.ts:
    // it is found because type-only imports are kept (tsPreCompilationDeps).
    const cycle = violations.find((v) => v.rule.name === 'no-circular')?.cycle ?? [];
    expect(cycle.some((step) => step.dependencyTypes.includes('type-only'))).toBe(true);

    const planted = violations.filter((v) => v !== sdk).map(show);
    expect(new Set(planted)).toEqual(
      new Set([
        'no-circular: src/checks/registry.ts → src/config/load.ts',
        'entries-are-not-imported: src/cli/main.ts → src/entries/cli.ts',
        'action-front-end-stays-out: src/app/gate.ts → src/action/main.ts',
        'cli-front-end-stays-out: src/app/gate.ts → src/cli/main.ts',
        'app-not-to-front-ends: src/app/gate.ts → src/action/main.ts',
        'app-not-to-front-ends: src/app/gate.ts → src/cli/main.ts',
        'decision-is-pure: src/decision/evaluate.ts → src/checks/registry.ts',
        'decision-is-pure: src/decision/evaluate.ts → fs',
        'core-imports-nothing: src/core/types.ts → src/config/load.ts',
        'report-is-formatting-only: src/report/markdown.ts → src/checks/registry.ts',
        'checks-not-to-config: src/checks/registry.ts → src/config/load.ts',
        'init-detection-is-pure: src/init/detect.ts → fs',
        'init-detection-is-pure: src/init/detect.ts → src/change/git.ts',
        'src-not-to-tests: src/report/markdown.ts → __tests__/helper.ts',
        'no-unresolvable: src/report/markdown.ts → ./gone.js',
      ]),
    );
  });

  it('leaves the allowed imports alone', () => {
    const allowed = [
      'src/decision/evaluate.ts → src/core/types.ts',
      'src/report/markdown.ts → src/core/types.ts',
      'src/init/repoSnapshot.ts → fs',
    ];
    expect(violations.map((v) => `${v.from} → ${v.to}`).filter((edge) => allowed.includes(edge))).toEqual([]);
  });
});
