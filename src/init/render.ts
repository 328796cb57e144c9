import { printable } from './stacks/common.js';
import { describeDetection } from './summary.js';
import type { Detection, StackFacts, TestSetup } from './types.js';
import { flowList, flowMap, scalar } from './yamlText.js';

/**
 * The config `init` writes: every check commented where it is defined, profiles dev → staging →
 * prod that get stricter, and values found in the repository. Rendered as text (not through a
 * YAML serializer) so that the comments sit where a reader needs them.
 */

const STAGING = '${{ vars.staging }}';
/** A folded command line wraps at this width, so prettier leaves the file as it is. */
const WRAP = 96;

interface TestCheck {
  id: string;
  stack: StackFacts;
  test: TestSetup;
}

/** Test checks, one per stack with tests; a second stack gets its own id and report file. */
function testChecks(d: Detection): TestCheck[] {
  const withTests = d.stacks.filter((s) => s.test);
  return withTests.map((stack, i) => {
    if (i === 0) return { id: 'unit-tests', stack, test: stack.test! };
    const file = `reports/junit-${stack.stack}.xml`;
    const t = stack.test!;
    const moved = (s: string) => s.split('reports/junit.xml').join(file);
    return {
      id: `unit-tests-${stack.stack}`,
      stack,
      test: { ...t, run: moved(t.run), ...(t.junit ? { junit: moved(t.junit) } : {}) },
    };
  });
}

/** Text YAML reads back as itself without quotes: no indicator first, no `: ` or ` #` inside. */
const PLAIN_LINE = /^[^\s!&*{}[\]|>'"%@`#,?:-][^#]*$/;

/** A shell line, plain when it is short and plain, else a `>-` block folded at spaces between words. */
function folded(key: string, line: string, indent: string): string[] {
  if (`${indent}${key}: ${line}`.length <= 110 && PLAIN_LINE.test(line) && !/: |\s#|:$/.test(line))
    return [`${indent}${key}: ${line}`];
  const rows: string[] = [];
  let row = '';
  for (const w of line.split(' ')) {
    if (row && row.length + 1 + w.length > WRAP) {
      rows.push(row);
      row = w;
    } else row = row ? `${row} ${w}` : w;
  }
  if (row) rows.push(row);
  return [`${indent}${key}: >-`, ...rows.map((r) => `${indent}  ${r}`)];
}

function comment(text: string, indent = '  '): string[] {
  const out: string[] = [];
  let row = '';
  for (const w of printable(text).split(' ')) {
    if (row && indent.length + 2 + row.length + 1 + w.length > 100) {
      out.push(`${indent}# ${row}`);
      row = w;
    } else row = row ? `${row} ${w}` : w;
  }
  if (row) out.push(`${indent}# ${row}`);
  return out;
}

function header(d: Detection): string[] {
  return [
    `# yaml-language-server: $schema=${d.schema}`,
    '#',
    '# promotion-gate: the checks a release passes before it is promoted (dev → staging → prod).',
    '# Written by `promotion-gate init` from what it found in this repository:',
    ...describeDetection(d).map((l) => `#   - ${l}`),
    '#',
    '# Each check says why it is there; change what does not fit, then:',
    '#',
    '#   npx promotion-gate validate',
    '#   npx promotion-gate gate -p dev',
    '#   npx promotion-gate gate -p staging --input target-url=https://staging.example.com',
    '#',
    '# Exit codes: 0 promote, 1 hold, 2 configuration error, 3 internal error. Reports and the evidence',
    '# bundle land in .promotion-gate/<profile>/.',
    '#',
    '# enforcement, what a failing check does: hard (always holds; no waiver), required (holds unless',
    '# waived), scored (lowers the score; a low score holds), advisory (warns), dry-run, off.',
    'version: 1',
    '',
    'vars:',
    '  # The deployment the live checks probe: `--input target-url=…` on the command line, the',
    '  # `target-url=…` line of the action’s `inputs`. Only the profiles with live checks need it.',
    "  staging: '${{ inputs.target-url }}'",
    '',
    'defaults:',
    '  timeout: 30s # a check that takes longer counts as "could not run", which fails (fail closed)',
    ...comment(
      `The diff checks (secrets, dependencies, migrations, routes) compare the release with this revision when no --base, pull request or promoted run in history names the one it replaces${d.base.guessed ? ` (a guess: ${d.base.why}; point it at the branch releases are cut from)` : ''}.`,
    ),
    `  base: ${scalar(d.base.ref)}`,
    '',
  ];
}

function localChecks(d: Detection, tests: TestCheck[]): { lines: string[]; ids: string[] } {
  const lines: string[] = [
    'checks:',
    '  # ── Local checks: the working tree, no service needed ─────────────────────────────────',
    '',
  ];
  const ids: string[] = [];
  const files = [...d.stacks.flatMap((s) => s.files), ...(d.dockerfile ? [d.dockerfile] : [])];
  if (files.length) {
    ids.push('required-files');
    lines.push(
      ...comment(
        'What a release is built from is there: the manifest, its lockfile (without one a build is not reproducible)' +
          `${d.dockerfile ? ' and the Dockerfile' : ''}.`,
      ),
      '  required-files:',
      '    type: files',
      '    enforcement: required',
      `    paths: ${flowList([...new Set(files)])}`,
      '',
    );
  }
  for (const { id, stack, test } of tests) {
    ids.push(id);
    const what = [
      `The ${stack.stack} tests pass (${test.runner}).`,
      ...(test.install
        ? ['Dependencies are installed first when they are missing (a fresh CI checkout).']
        : []),
      ...(test.junit ? ['The JUnit report names each failed test.'] : []),
      ...(test.coverage
        ? [
            test.coverage.minFrom
              ? `Coverage below ${test.coverage.min}% (from ${test.coverage.minFrom}) fails.`
              : 'Coverage that measured nothing fails; raise `min` to your coverage once a run shows it.',
          ]
        : []),
    ];
    lines.push(...comment(what.join(' ')));
    for (const note of test.notes) lines.push(...comment(`Note: ${note}.`));
    lines.push(`  ${id}:`, '    type: command', '    enforcement: required', '    timeout: 15m');
    lines.push(...folded('run', test.install ? `${test.install} && ${test.run}` : test.run, '    '));
    if (test.env) lines.push(`    env: ${flowMap(test.env)}`);
    if (test.junit) lines.push(`    junit: ${scalar(test.junit)}`);
    if (test.coverage)
      lines.push(
        `    coverage: ${flowMap({ file: test.coverage.file, format: test.coverage.format, min: test.coverage.min })}`,
      );
    lines.push('');
  }
  if (tests.length === 0)
    lines.push(
      ...comment('No test command was found. When there is one, add it here and to the dev profile, e.g.:'),
      '  # unit-tests: { type: command, enforcement: required, run: make test, junit: reports/junit.xml }',
      '',
    );
  return { lines, ids };
}

function diffChecks(d: Detection): { lines: string[]; ids: string[] } {
  const lines: string[] = [
    '  # ── Risk scans of the diff between the release and the one it replaces ─────────────────',
    '',
    ...comment(
      'No credential in the lines the release adds (cloud keys, tokens, private keys, passwords…). Hard: a leaked secret always holds; findings show a redacted form. Accept a test fixture with allowPaths, or a reviewed finding with a baseline.',
    ),
    '  secrets:',
    '    type: secrets',
    "    # allowPaths: ['**/testdata/**']",
    '',
  ];
  const ids = ['secrets'];
  const readable = d.stacks.filter((s) => s.files.some((f) => !s.unreadDependencyFiles.includes(f)));
  const unread = d.stacks.flatMap((s) => s.unreadDependencyFiles);
  if (readable.length) {
    ids.push('dependencies');
    lines.push(
      ...comment(
        `Packages added, removed, upgraded or downgraded (${readable.map((s) => s.manager).join(', ')}): any change warns (score 4) so that it is reviewed; a denied package fails.`,
      ),
      ...(unread.length
        ? comment(
            `Not read by this check: ${unread.join(', ')} (it reads npm, PyPI, Go, Cargo and RubyGems files).`,
          )
        : []),
      '  dependencies:',
      '    type: dependencies',
      "    # deny: [event-stream, 'npm:@evil/*']",
      '    # maxNewDirect: 3',
      '',
    );
  } else if (unread.length)
    lines.push(
      ...comment(
        `Dependencies: ${unread.join(', ')} is not a file the dependencies check reads (npm, PyPI, Go, Cargo, RubyGems), so there is no dependencies check.`,
      ),
      '',
    );
  if (d.migrations.length) {
    ids.push('migrations');
    const tools = [...new Set(d.migrations.map((m) => `${m.tool} in ${m.dir}/`))].join(', ');
    lines.push(
      ...comment(
        `Migrations the release adds or changes (${tools}): a destructive statement (DROP TABLE, DROP COLUMN, TRUNCATE, RENAME…) without a way back (a down migration, a backup marker) fails on its line${d.dialect?.value === 'postgresql' || !d.dialect ? '; PostgreSQL lock risks warn with the safer form' : ''}.`,
      ),
      '  migrations:',
      '    type: migrations',
      `    paths: ${flowList(d.migrations.flatMap((m) => m.paths))}`,
      d.dialect
        ? `    dialect: ${d.dialect.value} # from ${printable(d.dialect.where)}`
        : '    # dialect: postgresql # the default; mysql, sqlite or other turn the lock-risk warnings off',
      '',
    );
  }
  if (d.routes) {
    ids.push('routes');
    const r = d.routes;
    lines.push(
      ...comment(
        `Routes read from the code at both revisions (found e.g. ${r.sample.path} at ${r.sample.where}): a removed route warns, a missing critical route fails. Routers mounted under a prefix are not followed: give it as \`prefix\`.`,
      ),
      '  routes:',
      '    type: routes',
    );
    if (r.presets.length) lines.push(`    presets: ${flowList(r.presets)}`);
    if (r.custom.length) {
      lines.push('    custom:');
      for (const c of r.custom)
        lines.push(
          `      # ${c.note}`,
          `      - pattern: ${scalar(c.pattern)}`,
          `        paths: ${flowList(c.paths)}`,
          `        exclude: ${flowList(c.exclude)}`,
          `        grep: ${scalar(c.grep)}`,
        );
    }
    if (d.health?.critical) lines.push(`    critical: ${flowList([d.health.path])}`);
    lines.push('');
  }
  return { lines, ids };
}

function liveChecks(d: Detection): { lines: string[]; ids: string[] } {
  const health = d.health?.path ?? '/health';
  const lines: string[] = [
    `  # ── Live checks: the release deployed at ${STAGING} ─────────────────────────────`,
    '',
    ...comment(
      d.health
        ? `The health endpoint (found at ${d.health.where}) answers 200, in time. Required: a service that is not healthy is not promoted.`
        : 'The health endpoint answers 200, in time. No health endpoint was found in the code: /health is a guess — point it at a URL that answers 200 only when the service works. Required: a service that is not healthy is not promoted.',
    ),
    '  health:',
    '    type: http',
    '    enforcement: required',
    `    url: ${scalar(`${STAGING}${health}`)}`,
    '    expect: { status: 200, maxLatency: 5s }',
    '    retries: 2 # a deploy that is still starting gets two more chances',
    '',
  ];
  const ids = ['health'];
  if (d.servesPages) {
    ids.push('smoke');
    lines.push(
      ...comment('The front page renders. Add the pages that matter, each with text it must contain.'),
      '  smoke:',
      '    type: http',
      `    base: ${scalar(STAGING)}`,
      '    requests:',
      '      - { path: / }',
      "      # - { path: /pricing, expect: { contains: 'Pricing' } }",
      '',
    );
  }
  if (d.auth?.routes.length) {
    ids.push('auth');
    lines.push(
      ...comment(
        `Pages that need a login (${d.auth.library}) must not answer a stranger: each must answer 401/403, redirect to a login page or show a login form. Hard: no waiver lets a leak through. Found: ${d.auth.routes.map((r) => `${r.path} at ${r.where}`).join(', ')}.`,
      ),
      '  auth:',
      '    type: auth',
      `    base: ${scalar(STAGING)}`,
      `    routes: ${flowList(d.auth.routes.map((r) => r.path))}`,
      '',
    );
  } else if (d.auth)
    lines.push(
      ...comment(
        `Logins are handled by ${d.auth.library}, but no page that needs one was found. List such pages and add auth to the staging profile: each must refuse a stranger (401/403, a login redirect or a login form).`,
      ),
      `  # auth: { type: auth, base: '${STAGING}', routes: [/account] }`,
      '',
    );
  ids.push('performance');
  const pages = [health, ...(d.servesPages ? ['/'] : [])];
  lines.push(
    ...comment(
      'Latency budgets: `samples` timed requests per page after a warm-up, p95 and max within the budgets (time to response headers). The prod profile makes them tighter and required.',
    ),
    '  performance:',
    '    type: performance',
    '    timeout: 2m # many requests: a slow service fails the budgets, not the timeout',
    `    base: ${scalar(STAGING)}`,
    `    pages: ${flowList(pages)}`,
    '    samples: 20',
    '    budgets: { p95: 1s, max: 3s }',
    '',
  );
  return { lines, ids };
}

function profiles(d: Detection, dev: string[], live: string[]): string[] {
  const prodOverrides = [
    '      performance: { enforcement: required, budgets: { p95: 800ms, max: 2s } }',
    ...(dev.includes('dependencies') ? ['      dependencies: { downgrades: fail }'] : []),
    ...(dev.includes('routes')
      ? ['      routes: { enforcement: required } # a removed route holds until it is expected']
      : []),
  ];
  return [
    'profiles:',
    '  # Before a deploy: the working tree and the diff, no service and no input.',
    '  #   npx promotion-gate gate -p dev',
    '  dev:',
    '    description: Tests and risk scans of the change, before a deploy',
    `    checks: ${flowList(dev)}`,
    '',
    '  # Promoting to staging: everything dev runs, plus the live checks of the deployed release.',
    '  #   npx promotion-gate gate -p staging --input target-url=https://staging.example.com',
    '  staging:',
    '    description: The dev checks plus live checks of the release deployed on staging',
    '    extends: dev',
    `    checks: ${flowList(live)}`,
    ...(dev.includes('migrations')
      ? [
          '    overrides:',
          '      migrations: { enforcement: required } # a destructive migration without a way back holds',
        ]
      : []),
    '',
    '  # Promoting to production: the staging checks, stricter, against the release on staging.',
    '  prod:',
    '    description: The staging checks with production budgets',
    '    extends: staging',
    '    overrides:',
    ...prodOverrides,
    '    decision:',
    '      holdLine: 3 # in prod a release that would need a hotfix (score 3) holds',
    '',
  ];
}

/** The text of `.github/promotion-gate.yml` for what was detected. */
export function renderConfig(d: Detection): string {
  const tests = testChecks(d);
  const local = localChecks(d, tests);
  const diff = diffChecks(d);
  const live = liveChecks(d);
  const lines = [
    ...header(d),
    ...local.lines,
    ...diff.lines,
    ...live.lines,
    ...profiles(d, [...local.ids, ...diff.ids], live.ids),
  ];
  while (lines.at(-1) === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
