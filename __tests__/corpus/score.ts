import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
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

/**
 * The base and head commits of a case in one `git fast-import` (two processes for the whole
 * repository, where a commit at a time takes eight): hundreds of cases run in every suite.
 */
async function buildRepo(dir: string, c: CorpusCase): Promise<string> {
  await git(dir, ['init', '-q', '-b', 'main']);
  const who = 'committer Corpus <corpus@example.com> 1700000000 +0000\n';
  let stream = `commit refs/heads/main\nmark :1\n${who}${data('base')}`;
  for (const [p, text] of Object.entries(c.base ?? {}))
    stream += `M 100644 inline ${quoted(p)}\n${data(text)}`;
  stream += `\ncommit refs/heads/main\nmark :2\n${who}${data('head')}from :1\n`;
  for (const [p, text] of Object.entries(c.head)) {
    if (text === null) stream += `D ${quoted(p)}\n`;
    else stream += `M 100644 inline ${quoted(p)}\n${data(text)}`;
  }
  const marks = path.join(dir, '.git', 'corpus-marks');
  await git(dir, ['fast-import', '--quiet', `--export-marks=${marks}`], `${stream}\n`);
  // The working tree is the head as checked out, for checks that read files (a baseline).
  const tree: Record<string, string> = { ...c.base };
  for (const [p, text] of Object.entries(c.head)) {
    if (text === null) delete tree[p];
    else tree[p] = text;
  }
  await writeFiles(dir, tree);
  await git(dir, ['read-tree', 'main']);
  const base = /^:1 ([0-9a-f]+)$/m.exec(await readFile(marks, 'utf8'))?.[1];
  if (!base) throw new Error('fast-import gave no base commit');
  return base;
}

/**
 * Builds the case as a real repository (base commit, head commit) and runs the check over it.
 * Each case has its own directory, removed when it is scored, so cases may run concurrently.
 */
export async function runCase(type: string, c: CorpusCase): Promise<CaseScore> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `pg-corpus-${type}-`));
  try {
    const base = await buildRepo(dir, c);
    const result = await runCheck(type, c.spec ?? {}, {
      cwd: dir,
      outputDir: path.join(dir, '.out'),
      deps: { change: source(dir, { base }) },
    });
    return { ...scoreFindings(c, result.findings), result };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
