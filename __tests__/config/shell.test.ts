import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellValues } from '../../src/checks/fields.js';
import { runCli } from '../../src/cli/main.js';
import { parseConfig } from '../../src/config/load.js';
import { planGate } from '../../src/config/plan.js';
import { shellPlaces } from '../../src/config/shell.js';
import { ConfigError, type ConfigIssue } from '../../src/core/errors.js';
import { tempDir, writeFiles } from '../helpers/fs.js';

/**
 * A value never becomes shell code: in a field bash runs, `${{ … }}` turns into a reference to an
 * environment variable that holds the value. These run real bash on values that would create
 * files if bash read them as code.
 */

const FILE = '.github/promotion-gate.yml';
/** Every way a value could break out: quotes, substitutions, separators, a glob, a newline. */
const HOSTILE = `1.0'; touch pwned-1; echo "$(touch pwned-2)" \`touch pwned-3\` && touch pwned-4 | * ~ $HOME\nnext line`;

async function gate(config: string, args: string[] = [], env: Record<string, string> = {}) {
  const dir = await tempDir();
  await writeFiles(dir, { 'package.json': '{}', [FILE]: config });
  let stdout = '';
  let stderr = '';
  const code = await runCli(['gate', '--profile', 'dev', '--history', 'off', ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { PATH: process.env.PATH, ...env },
    cwd: dir,
  });
  return { code, stdout, stderr, dir };
}

async function pwned(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.startsWith('pwned'));
}

function planIssues(text: string, inputs: Record<string, string> = {}): ConfigIssue[] {
  try {
    planGate(parseConfig(FILE, text), 'dev', { env: {}, inputs });
  } catch (err) {
    if (err instanceof ConfigError) return err.issues;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

function issuesOf(text: string): ConfigIssue[] {
  try {
    parseConfig(FILE, text);
  } catch (err) {
    if (err instanceof ConfigError) return err.issues;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('values in run: lines reach the command as one word, never as code', () => {
  it('the example from the report: -i "ver=1.0; touch pwned" runs no touch', async () => {
    const r = await gate(
      `version: 1
profiles: { dev: { checks: [release] } }
checks:
  release: { type: command, run: "echo version \${{ inputs.ver }} > seen.txt" }
`,
      ['-i', 'ver=1.0; touch pwned'],
    );
    expect(r.code).toBe(0);
    expect(await pwned(r.dir)).toEqual([]);
    expect(await readFile(path.join(r.dir, 'seen.txt'), 'utf8')).toBe('version 1.0; touch pwned\n');
  });

  it('bare, in double quotes, in single quotes, in a here-document and in $( )', async () => {
    const run = [
      "printf '%s' ${{ inputs.v }} > bare.txt",
      `printf '%s' "[\${{ inputs.v }}]" > double.txt`,
      "printf '%s' '[${{ inputs.v }}]' > single.txt",
      'cat > here.txt <<EOF',
      '<${{ inputs.v }}>',
      'EOF',
      `printf '%s' "$(printf '%s' \${{ inputs.v }})" > sub.txt`,
      "printf '%s' ${{ env.SECRET_VALUE }}${{ vars.greeting }} > joined.txt # ${{ inputs.v }} in a comment",
    ].join('\n');
    const config = `version: 1
vars: { greeting: "hi 'there'" }
profiles: { dev: { checks: [c] } }
checks:
  c:
    type: command
    run: ${JSON.stringify(run)}
`;
    const r = await gate(config, ['-i', `v=${HOSTILE}`], { SECRET_VALUE: 'a"b' });
    expect(r.code).toBe(0);
    expect(await pwned(r.dir)).toEqual([]);
    const read = (f: string) => readFile(path.join(r.dir, f), 'utf8');
    expect(await read('bare.txt')).toBe(HOSTILE);
    expect(await read('double.txt')).toBe(`[${HOSTILE}]`);
    expect(await read('single.txt')).toBe(`[${HOSTILE}]`);
    expect(await read('here.txt')).toBe(`<${HOSTILE}>\n`);
    expect(await read('sub.txt')).toBe(HOSTILE);
    expect(await read('joined.txt')).toBe(`a"bhi 'there'`);
  });

  it('a trend command gets its values the same way', async () => {
    const r = await gate(
      `version: 1
profiles: { dev: { checks: [lint, files] } }
checks:
  lint: { type: trend, run: "echo \${{ inputs.count }}" }
  files: { type: files, paths: [package.json] }
`,
      ['-i', 'count=7; touch pwned'],
    );
    expect(await pwned(r.dir)).toEqual([]);
    expect(r.stderr).toContain('lint 7: no history store');
  });

  it('the plan holds references in the script and the values beside it', () => {
    const plan = planGate(
      parseConfig(
        FILE,
        `version: 1
profiles: { dev: { checks: [c, b] } }
checks:
  c: { type: command, run: "deploy \${{ inputs.ver }} '\${{ inputs.ver }}' \\"\${{ inputs.target-url || 'x' }}\\"", env: { V: "\${{ inputs.ver }}" } }
  b: { type: benchmark, mode: required, run: "bench --url=\${{ inputs.target-url }}" }
`,
      ),
      'dev',
      { env: {}, inputs: { ver: '1.0; rm -rf /', 'target-url': 'http://x' } },
    );
    const [c, b] = plan.checks;
    expect(c!.spec.run).toBe(
      `deploy "\${PROMOTION_GATE_VALUE_INPUTS_VER}" ''"\${PROMOTION_GATE_VALUE_INPUTS_VER}"'' "\${PROMOTION_GATE_VALUE_INPUTS_TARGET_URL}"`,
    );
    expect(shellValues(c!.spec)).toEqual({
      PROMOTION_GATE_VALUE_INPUTS_VER: '1.0; rm -rf /',
      PROMOTION_GATE_VALUE_INPUTS_TARGET_URL: 'http://x',
    });
    // Fields that are no script keep the value itself.
    expect(c!.spec.env).toEqual({ V: '1.0; rm -rf /' });
    expect(b!.spec.run).toBe('bench --url="${PROMOTION_GATE_VALUE_INPUTS_TARGET_URL}"');
    expect(shellValues(b!.spec)).toEqual({ PROMOTION_GATE_VALUE_INPUTS_TARGET_URL: 'http://x' });
    // The values never show in the spec as data (reports, evidence).
    expect(JSON.stringify(b!.spec)).not.toContain('http://x');
  });
});

describe('places where no value is safe are config errors', () => {
  it.each<[string, string]>([
    ['$(( ${{ inputs.n }} + 1 ))', 'inside arithmetic'],
    ['(( n = ${{ inputs.n }} ))', 'inside arithmetic'],
    ['echo ${X:-${{ inputs.n }}}', 'inside ${ … }'],
    ["echo $'${{ inputs.n }}'", "inside $'…' quotes"],
    ['echo \\${{ inputs.n }}', 'right after a backslash'],
    ["cat <<'EOF'\n${{ inputs.n }}\nEOF", 'inside a here-document with a quoted delimiter'],
  ])('%s', (run, where) => {
    const text = `version: 1
profiles: { dev: { checks: [c] } }
checks:
  c: { type: command, run: ${JSON.stringify(run)} }
`;
    const expected = expect.objectContaining({
      file: FILE,
      line: 4,
      path: 'checks.c.run',
      message: expect.stringContaining(`\${{ inputs.n }} sits ${where}`),
    });
    // Found by validate, without any input.
    expect(issuesOf(text)).toContainEqual(expected);
  });

  it('in a profile override, at the override', () => {
    const text = `version: 1
profiles:
  dev: { checks: [c] }
  prod: { extends: dev, overrides: { c: { run: "echo $(( \${{ inputs.n }} ))" } } }
checks:
  c: { type: command, run: "true" }
`;
    expect(issuesOf(text)).toContainEqual(
      expect.objectContaining({
        line: 4,
        path: 'profiles.prod.overrides.c.run',
        message: expect.stringContaining('inside arithmetic'),
      }),
    );
  });

  it('an unset input in a script is still reported at its line', () => {
    expect(
      planIssues(
        'version: 1\nprofiles: { dev: { checks: [c] } }\nchecks:\n  c: { type: command, run: "echo ${{ inputs.x }}" }\n',
      ),
    ).toEqual([
      expect.objectContaining({
        line: 4,
        path: 'checks.c.run',
        message: expect.stringContaining('pass --input x=VALUE'),
      }),
    ]);
  });
});

describe('where bash reads a place', () => {
  const places = (script: string) => {
    const spans: { start: number; end: number }[] = [];
    for (let i = script.indexOf('@'); i >= 0; i = script.indexOf('@', i + 1))
      spans.push({ start: i, end: i + 1 });
    return shellPlaces(script, spans).map((s) => ('place' in s ? s.place : 'unsafe'));
  };

  it.each<[string, string[]]>([
    ['echo @ "@" \'@\'', ['bare', 'double', 'single']],
    ['echo "it\'s @" \'say "@"\'', ['double', 'single']],
    ["# don't @\necho @", ['bare', 'bare']],
    ['echo a#@ "$(echo \'@\' "@")" `echo @`', ['bare', 'single', 'double', 'bare']],
    ["cat <<-EOF; echo @\n\t@\n\tEOF\necho '@'", ['bare', 'heredoc', 'single']],
    ['echo "`echo @`"', ['unsafe']],
    ['echo $[ @ ] $(( @ )) ${a:-"@"} ${b:-@}', ['unsafe', 'unsafe', 'double', 'unsafe']],
    ['x=$(case a in a) echo @;; esac)', ['bare']],
  ])('%j', (script, expected) => {
    expect(places(script)).toEqual(expected);
  });
});
