import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { parseHistorySpec } from '../../src/history/select.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { git, initRepo } from '../helpers/git.js';

const CONFIG = `version: 1
profiles:
  prod: { checks: [a] }
checks:
  a: { type: files, enforcement: scored, category: design, paths: [A.txt] }
`;

async function cli(
  args: string[],
  cwd: string,
  env: Record<string, string | undefined> = { PATH: process.env.PATH },
) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, cwd });
  return { code, stdout, stderr };
}

describe('history on the command line', () => {
  it('gate remembers runs in .promotion-gate/.history; history list shows them; invalidate takes one out', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { '.github/promotion-gate.yml': CONFIG });
    const first = await cli(['gate', '-p', 'prod'], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('PROMOTE prod: score 3/5, promote-with-hotfix');
    const runId = /history: run (\S+) recorded in directory \.promotion-gate\/\.history/.exec(
      first.stdout,
    )![1]!;

    const second = await cli(['gate', '-p', 'prod'], dir);
    expect(second.code).toBe(1);
    expect(second.stdout).toContain(
      '✖ hotfix ratchet: a needed a hotfix in the last run and still fails; holding',
    );

    const list = await cli(['history', 'list', '-p', 'prod'], dir);
    expect(list.stdout).toContain('2 run(s) of prod in directory .promotion-gate/.history:');
    expect(list.stdout).toMatch(new RegExp(`${runId}\\s+promote\\s+3/5  promote-with-hotfix`));

    const inv = await cli(
      [
        'history',
        'invalidate',
        '-p',
        'prod',
        '--run',
        runId,
        '--reason',
        'A.txt removed by mistake',
        '--by',
        'alice',
      ],
      dir,
    );
    expect(inv).toMatchObject({ code: 0 });
    expect(inv.stdout).toContain(`run ${runId} of prod is marked invalid`);
    const all = await cli(['history', 'list', '-p', 'prod', '--all'], dir);
    expect(all.stdout).toContain('INVALID: A.txt removed by mistake');
    const json = JSON.parse((await cli(['history', 'list', '-p', 'prod', '--json'], dir)).stdout) as {
      runId: string;
    }[];
    expect(json).toHaveLength(1);

    const unknown = await cli(['history', 'invalidate', '-p', 'prod', '--run', 'nope', '--reason', 'x'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no run "nope" of profile "prod"');
  });

  it('--history off remembers nothing; a bad store is a usage error', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { '.github/promotion-gate.yml': CONFIG, 'A.txt': 'a' });
    const off = await cli(['gate', '-p', 'prod', '--history', 'off'], dir);
    expect(off.code).toBe(0);
    expect(off.stdout).not.toContain('history:');
    const bad = await cli(['gate', '-p', 'prod', '--history', 's3://bucket'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--history: unknown history store "s3://bucket"; use off, dir[:PATH], git[:BRANCH[@REMOTE]] or artifacts[:NAME]',
    );
    // $PROMOTION_GATE_HISTORY sets the default for every command.
    const fromEnv = await cli(['gate', '-p', 'prod'], dir, {
      PATH: process.env.PATH,
      PROMOTION_GATE_HISTORY: 'dir:.hist',
    });
    expect(fromEnv.stdout).toMatch(/history: run \S+ recorded in directory \.hist/);
  });

  it('the default local history never makes the work tree dirty for a git clean check', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      '.github/promotion-gate.yml':
        'version: 1\nprofiles: { prod: { checks: [tree] } }\nchecks: { tree: { type: git, clean: true } }\n',
    });
    initRepo(dir);
    for (let i = 0; i < 2; i++) {
      const r = await cli(['gate', '-p', 'prod'], dir);
      expect(r.stdout).toContain('PROMOTE prod:');
    }
    expect(git(dir, 'status', '--porcelain', '--untracked-files=all', '--', '.promotion-gate/.history')).toBe(
      '',
    );
  });

  it('--history git:BRANCH@REMOTE records on a branch of the remote', async () => {
    const root = await tempDir();
    const work = path.join(root, 'work');
    await mkdir(work);
    await writeFile(path.join(work, 'A.txt'), 'a');
    await writeFiles(work, { '.github/promotion-gate.yml': CONFIG });
    initRepo(work);
    const bare = path.join(root, 'remote.git');
    git(root, 'init', '-q', '--bare', bare);
    const r = await cli(['gate', '-p', 'prod', '--history', `git:pg-history@${bare}`], work);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/history: run \S+ recorded in git branch pg-history of /);
    expect(git(bare, 'show', 'pg-history:prod.jsonl')).toContain('"verdict":"promote"');
  });

  it.each([
    ['dir', { kind: 'dir', path: '.promotion-gate/.history' }],
    ['dir:/var/pg', { kind: 'dir', path: '/var/pg' }],
    ['git', { kind: 'git', branch: 'promotion-gate-history', remote: 'origin' }],
    ['git:hist@upstream', { kind: 'git', branch: 'hist', remote: 'upstream' }],
    [
      'git:team/pg@git@github.com:acme/x.git',
      { kind: 'git', branch: 'team/pg', remote: 'git@github.com:acme/x.git' },
    ],
    ['artifacts', { kind: 'artifacts', prefix: 'promotion-gate-history' }],
    ['OFF', { kind: 'off' }],
  ])('parses %s', (text, spec) => {
    expect(parseHistorySpec(text, '--history')).toEqual(spec);
  });

  it.each([['git:-bad'], ['git:a..b'], ['artifacts:no/slash']])('refuses %s', (text) => {
    expect(() => parseHistorySpec(text, 'input history')).toThrow(/^input history: /);
  });
});
