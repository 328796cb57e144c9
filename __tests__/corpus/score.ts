import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { PLAIN_ENV, source } from '../change/repo.js';
import { runCheck } from '../checks/run.js';
import { writeFiles } from '../helpers/fs.js';
import type { CheckResult, Finding } from '../../src/core/types.js';
import { type CorpusCase, scoreFindings } from '../../bench/corpus/score.mjs';

export type { CorpusCase };
export { scoreFindings };

export interface CaseScore {
  truePositives: number;
  falseNegatives: { file: string; line?: number; match?: string }[];
  falsePositives: Finding[];
  result: CheckResult;
}

const GIT_ENV = {
  ...PLAIN_ENV,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

function git(cwd: string, args: string[], input?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      env: GIT_ENV,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`git ${args[0]} failed (${code}): ${stderr}`)),
    );
    // A git that fails early closes its input: its exit status says why, not the broken pipe.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input);
  });
}

/** A path as fast-import reads it: always quoted, so spaces, quotes and newlines survive. */
const quoted = (p: string) => `"${p.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')}"`;

function data(text: string): string {
  return `data ${Buffer.byteLength(text)}\n${text}\n`;
}

const WHO = 'committer Corpus <corpus@example.com> 1700000000 +0000\n';

/** Case `i`'s base and head commits, as one part of the category's fast-import stream. */
function caseCommits(i: number, c: CorpusCase): string {
  const [base, head] = [2 * i + 1, 2 * i + 2];
  let stream = `commit refs/corpus/${i}\nmark :${base}\n${WHO}${data('base')}`;
  for (const [p, text] of Object.entries(c.base ?? {}))
    stream += `M 100644 inline ${quoted(p)}\n${data(text)}`;
  stream += `\ncommit refs/corpus/${i}\nmark :${head}\n${WHO}${data('head')}from :${base}\n`;
  for (const [p, text] of Object.entries(c.head)) {
    if (text === null) stream += `D ${quoted(p)}\n`;
    else stream += `M 100644 inline ${quoted(p)}\n${data(text)}`;
  }
  return `${stream}\n`;
}

/** The files of the case's head: its base with the head's changes applied. */
function headTree(c: CorpusCase): Record<string, string> {
  const tree: Record<string, string> = { ...c.base };
  for (const [p, text] of Object.entries(c.head)) {
    if (text === null) delete tree[p];
    else tree[p] = text;
  }
  return tree;
}

export interface Corpus {
  /** Runs the check over the case's base..head in a repository of its own; scores the findings. */
  run(c: CorpusCase): Promise<CaseScore>;
}

/**
 * Every case of a category as commits of one object store, made by a single `git fast-import`
 * when the file starts (two git processes for the category, where a repository per case took
 * four git processes each). A case then runs in a directory of its own whose `.git` is written
 * directly — HEAD at the case's head commit, the store's objects borrowed through
 * `objects/info/alternates` — with the head's files checked out, so the check sees a repository
 * of just that case, base and head, as a user's clone would be; cases may run concurrently.
 */
export function useCorpus(type: string, cases: readonly CorpusCase[]): Corpus {
  let root = '';
  let store = '';
  const commits = new Map<CorpusCase, { base: string; head: string; index: number }>();

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), `pg-corpus-${type}-`));
    store = path.join(root, 'store.git');
    await mkdir(store);
    await git(store, ['init', '-q', '--bare']);
    const marks = path.join(root, 'marks');
    const stream = cases.map((c, i) => caseCommits(i, c)).join('');
    await git(store, ['fast-import', '--quiet', `--export-marks=${marks}`], stream);
    const shas = new Map<number, string>();
    for (const m of (await readFile(marks, 'utf8')).matchAll(/^:(\d+) ([0-9a-f]+)$/gm))
      shas.set(Number(m[1]), m[2]!);
    cases.forEach((c, i) => {
      const base = shas.get(2 * i + 1);
      const head = shas.get(2 * i + 2);
      if (!base || !head) throw new Error(`fast-import gave no commits for ${type} case ${c.id}`);
      commits.set(c, { base, head, index: i });
    });
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  /** A repository at the case's head: a `.git` of a few files over the shared objects. */
  async function checkout(dir: string, head: string, c: CorpusCase): Promise<void> {
    const gitDir = path.join(dir, '.git');
    await mkdir(path.join(gitDir, 'objects', 'info'), { recursive: true });
    await mkdir(path.join(gitDir, 'refs', 'heads'), { recursive: true });
    await writeFile(path.join(gitDir, 'objects', 'info', 'alternates'), `${path.join(store, 'objects')}\n`);
    await writeFile(path.join(gitDir, 'refs', 'heads', 'main'), `${head}\n`);
    await writeFile(path.join(gitDir, 'HEAD'), 'ref: refs/heads/main\n');
    await writeFile(
      path.join(gitDir, 'config'),
      '[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n',
    );
    // The working tree is the head as checked out, for checks that read files (a baseline).
    await writeFiles(dir, headTree(c));
  }

  return {
    async run(c) {
      const commit = commits.get(c);
      if (!commit) throw new Error(`${type} case ${c.id} is not in the corpus`);
      const dir = path.join(root, `case-${commit.index}`);
      try {
        await checkout(dir, commit.head, c);
        const result = await runCheck(type, c.spec ?? {}, {
          cwd: dir,
          outputDir: path.join(dir, '.out'),
          deps: { change: source(dir, { base: commit.base }) },
        });
        return { ...scoreFindings(c, result.findings), result };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
