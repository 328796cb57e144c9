import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { config, project } from './fixture.js';

const FILE = '.github/promotion-gate.yml';

/** `file:line:` of the first line of `text` that holds `needle`. */
function at(text: string, needle: string): string {
  const line = text.split('\n').findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`no line holds ${needle}`);
  return `${FILE}:${line + 1}:`;
}

const BAD = (unreachable: string) =>
  config(unreachable).replace(
    /environments:\n/,
    `environments:
  typo:
    deploy: { run: ./ops/deploy.sh }
    verify: smok
  norollback:
    deploy: { run: ./ops/deploy.sh }
    verify: smoke
    rollbackOnFailure: true
  contradiction:
    deploy: { run: ./ops/deploy.sh }
    verify: smoke
    rollback: { run: ./ops/rollback.sh }
    rollbackOnFailure: true
    protect: true
`,
  );

const MALFORMED = (unreachable: string) =>
  config(unreachable).replace(
    /environments:\n/,
    `environments:
  bad name:
    deploy: { run: ./ops/deploy.sh }
    verify: smoke
  toolong:
    deploy: { run: ./ops/deploy.sh, timeout: 7h }
    verify: smoke
`,
  );

describe('environments: bad config is exit 2 naming file, line and key', () => {
  it('a bad environment name, a step allowed too long', async () => {
    const p = await project({ config: MALFORMED });
    const text = await p.read(FILE);
    const r = await p.cli(['validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(2 problems)');
    expect(r.stderr).toContain(
      `${FILE}:${Number(at(text, 'bad name:').split(':')[1]) + 1}:5: environments.bad name: environment name "bad name" may use only letters, digits, ".", "_" and "-"`,
    );
    expect(r.stderr).toContain(
      `${at(text, 'timeout: 7h')}46: environments.toolong.deploy.timeout: a step may take at most 6h`,
    );
  });

  it('unknown verify profile, rollbackOnFailure without a rollback, protect with rollbackOnFailure', async () => {
    const p = await project({ config: BAD });
    const text = await p.read(FILE);
    const r = await p.cli(['validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(3 problems)');
    expect(r.stderr).toContain(
      `${at(text, 'verify: smok')}13: environments.typo.verify: verify names unknown profile "smok" (did you mean "smoke"?) (profiles: smoke, broken)`,
    );
    const norollback = text.indexOf('norollback:');
    const line = (needle: string, from: number) =>
      text.slice(0, text.indexOf(needle, from)).split('\n').length;
    expect(r.stderr).toContain(
      `${FILE}:${line('rollbackOnFailure', norollback)}:24: environments.norollback.rollbackOnFailure: rollbackOnFailure: true needs a rollback step: add environments.norollback.rollback`,
    );
    expect(r.stderr).toContain(
      `${at(text, 'protect: true')}14: environments.contradiction.protect: protect: true never rolls back automatically, which contradicts rollbackOnFailure: true; keep one of them`,
    );
    // deploy reads the same file: the same problems, before anything runs.
    const d = await p.cli(['deploy', '--environment', 'staging']);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('(3 problems)');
    expect(d.stdout).toBe('');
  });

  it('an unknown environment on the command line, with a suggestion; built-in member names are no environments', async () => {
    const p = await project();
    const r = await p.cli(['deploy', '--environment', 'stagin']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${FILE}: unknown environment "stagin" (did you mean "staging"?); environments: staging, fragile, hanging, unverifiable, stuck, guarded, plain`,
    );
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const x = await p.cli(['drill', '--environment', name]);
      expect(x.code, name).toBe(2);
      expect(x.stderr, name).toContain(`unknown environment "${name}"`);
    }
    expect(p.serving()).toBe('good-1');
  });

  it('a step whose input is not given, a step outside the workspace: exit 2 at the step’s line, nothing runs', async () => {
    const p = await project({
      config: (u) =>
        config(u)
          .replace(
            '  plain:\n    deploy: { run: ./ops/deploy.sh }',
            "  plain:\n    deploy: { run: './ops/deploy.sh ${{ inputs.release }}' }",
          )
          .replace(
            '  guarded:\n    snapshot: { run: ./ops/snapshot.sh }',
            '  guarded:\n    snapshot: { run: ./ops/snapshot.sh, cwd: .. }',
          ),
    });
    const text = await p.read(FILE);
    const r = await p.cli(['deploy', '--environment', 'plain']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${at(text, 'inputs.release')}20: environments.plain.deploy.run: \${{ inputs.release }} has no value: pass --input release=VALUE`,
    );
    const out = await p.cli(['deploy', '--environment', 'guarded']);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(
      new RegExp(
        `${at(text, 'cwd: ..').replace(/\./g, '\\.')}\\d+: environments\\.guarded\\.snapshot\\.cwd: .* is outside the workspace`,
      ),
    );
    expect(p.serving()).toBe('good-1');
  });

  it('--rollback-on-failure on a protected environment, or on one without a rollback step; a drill without one', async () => {
    const p = await project();
    const text = await p.read(FILE);
    const g = await p.cli(['deploy', '--environment', 'guarded', '--rollback-on-failure']);
    expect(g.code).toBe(2);
    expect(g.stderr).toContain(
      `${at(text, 'protect: true')}14: environments.guarded.protect: --rollback-on-failure: environment "guarded" is protected (protect: true): it is never rolled back automatically`,
    );
    const plain = await p.cli(['deploy', '--environment', 'plain', '--rollback-on-failure']);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain(
      `${at(text, '  plain:')}3: environments.plain: --rollback-on-failure: environment "plain" has no rollback step`,
    );
    const drill = await p.cli(['drill', '--environment', 'plain']);
    expect(drill.code).toBe(2);
    expect(drill.stderr).toContain(
      'environments.plain: environment "plain" has no rollback step: a drill proves the rollback path',
    );
    const both = await p.cli([
      'deploy',
      '--environment',
      'staging',
      '--rollback-on-failure',
      '--no-rollback',
    ]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--rollback-on-failure and --no-rollback contradict each other');
    const clash = await p.cli(['deploy', '--environment', 'staging', '-i', 'build-id=1', '-i', 'build_id=2']);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain(
      'inputs "build-id" and "build_id" would both reach the steps as PROMOTION_GATE_INPUT_BUILD_ID; rename one',
    );
    expect(p.serving()).toBe('good-1');
  });
});

describe('the example of examples/deploy', () => {
  it('is a valid config', async () => {
    const { loadConfigFile } = await import('../../src/config/load.js');
    const loaded = await loadConfigFile(
      path.join(import.meta.dirname, '../../examples/deploy/promotion-gate.yml'),
    );
    expect(Object.keys(loaded.config.environments ?? {})).toEqual(['staging', 'production']);
  });
});
