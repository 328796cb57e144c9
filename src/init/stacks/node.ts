import type { CoverageFormat, Framework, StackFacts, TestSetup } from '../types.js';
import { parseJson, percent, record, SAFE_WORD, safeRelativePath, type View } from './common.js';

/** Files the Node detector reads besides package.json. */
export const NODE_CONFIGS =
  /^(?:(?:vitest|vite|jest)\.config\.[cm]?[jt]s|jest\.config\.json|\.mocharc\.(?:js|cjs|json|ya?ml)|\.nycrc(?:\.json)?|\.c8rc(?:\.json)?|\.yarnrc\.yml)$/;

const FRAMEWORKS: [string, Framework][] = [
  ['next', 'nextjs'],
  ['express', 'express'],
  ['fastify', 'fastify'],
  ['koa', 'koa'],
];

const NPM_PLACEHOLDER = /no test specified/;

/** Scripts that often are the CI flavour of the tests, tried before `test`. */
const CI_SCRIPTS = ['test:ci', 'ci:test', 'test:junit', 'test'];

/** Where a script already writes a JUnit report. */
const JUNIT_IN_SCRIPT = [
  /--outputFile(?:\.junit)?[= ]([\w./-]+\.xml)/,
  /JEST_JUNIT_OUTPUT_FILE=([\w./-]+\.xml)/,
  /mochaFile=([\w./-]+\.xml)/,
  /--test-reporter-destination[= ]([\w./-]+\.xml)/,
];

interface Manager {
  name: 'npm' | 'pnpm' | 'yarn';
  lockfile?: string;
  install: string;
  exec: string;
  run: string;
}

function manager(v: View): Manager {
  if (v.has('pnpm-lock.yaml'))
    return {
      name: 'pnpm',
      lockfile: 'pnpm-lock.yaml',
      install: '(test -d node_modules || pnpm install --frozen-lockfile)',
      exec: 'pnpm exec',
      run: 'pnpm run',
    };
  if (v.has('yarn.lock')) {
    const berry = v.has('.yarnrc.yml') || /^__metadata:/m.test(v.text('yarn.lock') ?? '');
    return {
      name: 'yarn',
      lockfile: 'yarn.lock',
      install: `(test -d node_modules || yarn install ${berry ? '--immutable' : '--frozen-lockfile'})`,
      exec: 'yarn',
      run: 'yarn run',
    };
  }
  const lockfile = ['package-lock.json', 'npm-shrinkwrap.json'].find((f) => v.has(f));
  return {
    name: 'npm',
    ...(lockfile ? { lockfile } : {}),
    install: `(test -d node_modules || npm ${lockfile ? 'ci' : 'install'})`,
    exec: 'npx',
    run: 'npm run',
  };
}

/** What the coverage settings of the runner's config say: the report it writes and the minimum. */
function coverageSettings(configText: string): { format?: CoverageFormat; min?: number } {
  const format: CoverageFormat | undefined = /json-summary/.test(configText)
    ? 'istanbul'
    : /cobertura/.test(configText)
      ? 'cobertura'
      : /lcov/.test(configText)
        ? 'lcov'
        : undefined;
  const min = percent(/\blines["']?\s*:\s*(\d+(?:\.\d+)?)/.exec(configText)?.[1]);
  return { ...(format ? { format } : {}), ...(min !== undefined ? { min } : {}) };
}

const COVERAGE_FILE: Record<CoverageFormat, string> = {
  lcov: 'coverage/lcov.info',
  istanbul: 'coverage/coverage-summary.json',
  cobertura: 'coverage/cobertura-coverage.xml',
};

function nodeTest(
  pkg: Record<string, unknown>,
  deps: ReadonlySet<string>,
  m: Manager,
  configText: string,
): TestSetup | undefined {
  const scripts = record(pkg.scripts);
  const script = (name: string) =>
    typeof scripts[name] === 'string' ? (scripts[name] as string) : undefined;
  const test = script('test');
  if (test === undefined || NPM_PLACEHOLDER.test(test)) return undefined;
  const cov = coverageSettings(configText);
  const minOf = (where: string) =>
    cov.min !== undefined ? { min: cov.min, minFrom: where } : { min: 0 as number };

  // A script that already writes a JUnit report is run as it is.
  for (const name of CI_SCRIPTS) {
    const text = script(name);
    if (text === undefined || !SAFE_WORD.test(name)) continue;
    const junit = JUNIT_IN_SCRIPT.map((re) => safeRelativePath(re.exec(text)?.[1])).find(Boolean);
    if (!junit) continue;
    return {
      runner: `the "${name}" script`,
      install: m.install,
      run: name === 'test' ? `${m.name} test` : `${m.run} ${name}`,
      junit,
      notes: [],
    };
  }

  const uses = (tool: string) => deps.has(tool) || new RegExp(`\\b${tool}\\b`).test(test);
  const x = m.exec;
  if (uses('vitest')) {
    const provider = deps.has('@vitest/coverage-v8') || deps.has('@vitest/coverage-istanbul');
    return {
      runner: 'vitest',
      install: m.install,
      run: [
        `${x} vitest run --reporter=default --reporter=junit --outputFile.junit=reports/junit.xml`,
        ...(provider ? ['--coverage.enabled --coverage.reporter=lcov --coverage.reporter=text-summary'] : []),
      ].join(' '),
      junit: 'reports/junit.xml',
      ...(provider
        ? { coverage: { file: COVERAGE_FILE.lcov, format: 'lcov' as const, ...minOf('the vitest config') } }
        : {}),
      notes: provider ? [] : ['no @vitest/coverage-v8 (or -istanbul) installed: coverage is not measured'],
    };
  }
  if (uses('jest')) {
    const junit = deps.has('jest-junit');
    return {
      runner: 'jest',
      install: m.install,
      run: [
        `${x} jest --ci`,
        ...(junit ? ['--reporters=default --reporters=jest-junit'] : []),
        '--coverage --coverageReporters=lcov --coverageReporters=text-summary',
      ].join(' '),
      ...(junit ? { env: { JEST_JUNIT_OUTPUT_DIR: 'reports', JEST_JUNIT_OUTPUT_NAME: 'junit.xml' } } : {}),
      ...(junit ? { junit: 'reports/junit.xml' } : {}),
      coverage: { file: COVERAGE_FILE.lcov, format: 'lcov', ...minOf('the jest config') },
      notes: junit
        ? []
        : ['add jest-junit to the devDependencies for a JUnit report (a finding per failed test)'],
    };
  }
  if (uses('mocha')) {
    const junit = deps.has('mocha-junit-reporter');
    const cover = deps.has('c8') ? 'c8' : deps.has('nyc') ? 'nyc' : undefined;
    return {
      runner: 'mocha',
      install: m.install,
      run: [
        ...(cover ? [`${x} ${cover} --reporter=lcov --reporter=text-summary`] : []),
        `${cover ? '' : `${x} `}mocha`,
        ...(junit ? ['--reporter mocha-junit-reporter --reporter-options mochaFile=reports/junit.xml'] : []),
      ].join(' '),
      ...(junit ? { junit: 'reports/junit.xml' } : {}),
      ...(cover
        ? { coverage: { file: COVERAGE_FILE.lcov, format: 'lcov' as const, ...minOf(`the ${cover} config`) } }
        : {}),
      notes: [
        ...(junit ? [] : ['add mocha-junit-reporter for a JUnit report (a finding per failed test)']),
        ...(cover ? [] : ['add c8 to measure coverage']),
      ],
    };
  }
  const nodeTestArgs = /^node\s+--test((?:\s+[\w./*-]+)*)\s*$/.exec(test.trim());
  if (nodeTestArgs) {
    // node:test does not create the report's folder.
    return {
      runner: 'node:test',
      install: m.install,
      run: `mkdir -p reports && node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination=reports/junit.xml${nodeTestArgs[1] ?? ''}`,
      junit: 'reports/junit.xml',
      notes: [],
    };
  }
  // Coverage is read only when the script measures it: a report the run does not write is an error.
  const measured = cov.format && /\b(?:c8|nyc)\b|--coverage|--experimental-test-coverage/.test(test);
  return {
    runner: 'the "test" script',
    install: m.install,
    run: `${m.name} test`,
    ...(measured
      ? {
          coverage: {
            file: COVERAGE_FILE[cov.format!],
            format: cov.format!,
            ...minOf('the coverage config'),
          },
        }
      : {}),
    notes: ['no test runner with a JUnit reporter was recognised: the exit code decides'],
  };
}

export function detectNode(v: View): StackFacts | undefined {
  const text = v.text('package.json');
  if (text === undefined) return undefined;
  const pkg = record(parseJson(text));
  const deps = new Set<string>();
  for (const key of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'])
    for (const name of Object.keys(record(pkg[key]))) deps.add(name.toLowerCase());
  const m = manager(v);
  const configText = [
    ...v.matching(NODE_CONFIGS).map((p) => v.text(p) ?? ''),
    JSON.stringify(pkg.jest ?? ''),
    JSON.stringify(pkg.nyc ?? ''),
    JSON.stringify(pkg.c8 ?? ''),
  ].join('\n');
  const test = nodeTest(pkg, deps, m, configText);
  return {
    stack: 'node',
    manager: m.name,
    files: ['package.json', ...(m.lockfile ? [m.lockfile] : [])],
    frameworks: FRAMEWORKS.filter(([dep]) => deps.has(dep)).map(([, f]) => f),
    dependencies: deps,
    ...(test ? { test } : {}),
    unreadDependencyFiles: [],
  };
}
