import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createChangeSource, type ChangeSourceOptions } from '../../src/change/source.js';
import type { ChangeSource, DiffFileHeader } from '../../src/change/types.js';
import { writeFiles } from '../helpers/fs.js';
import { gitSteps, headSha, initRepo } from '../helpers/git.js';

/** Environment with nothing of a GitHub runner, so the range comes only from what a test gives. */
export const PLAIN_ENV: Record<string, string | undefined> = {
  ...process.env,
  GITHUB_EVENT_NAME: '',
  GITHUB_EVENT_PATH: '',
  GITHUB_ACTIONS: '',
  GITHUB_SHA: '',
  GITHUB_REF: '',
  GITHUB_HEAD_REF: '',
  GITHUB_BASE_REF: '',
  GITHUB_RUN_ID: '',
};

/** A symbolic link to write instead of a file: `{ 'scripts/smoke.sh': link('../tools/smoke.sh') }`. */
export class Link {
  constructor(readonly to: string) {}
}
export const link = (to: string) => new Link(to);

type Content = string | Buffer | Link | null;

/** A real repository whose first commit holds `files`; returns that commit's sha. */
export async function makeRepo(
  dir: string,
  files: Record<string, Exclude<Content, null>> = {},
): Promise<string> {
  await put(dir, files);
  initRepo(dir);
  return head(dir);
}

/** Writes (string/Buffer) or deletes (null) files, commits them all, returns the new sha. */
export async function commit(
  dir: string,
  files: Record<string, Content>,
  message = 'change',
): Promise<string> {
  await put(dir, files);
  gitSteps(dir, [
    ['add', '-A'],
    ['commit', '-q', '--allow-empty', '-m', message],
  ]);
  return head(dir);
}

export function head(dir: string): string {
  return headSha(dir);
}

async function put(dir: string, files: Record<string, Content>): Promise<void> {
  const text: Record<string, string> = {};
  for (const [rel, content] of Object.entries(files)) {
    if (content === null) await rm(path.join(dir, rel), { force: true });
    else if (content instanceof Link) {
      await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
      await rm(path.join(dir, rel), { force: true });
      await symlink(content.to, path.join(dir, rel));
    } else if (Buffer.isBuffer(content)) {
      await writeFiles(dir, { [rel]: '' });
      await writeFile(path.join(dir, rel), content);
    } else text[rel] = content;
  }
  await writeFiles(dir, text);
}

export function source(dir: string, opts: Partial<ChangeSourceOptions> = {}): ChangeSource {
  return createChangeSource({ cwd: dir, env: PLAIN_ENV, ...opts });
}

export interface Collected {
  files: DiffFileHeader[];
  lines: { file: string; line: number; text: string }[];
}

/** Streams the whole diff and keeps what a visitor saw. */
export async function collect(
  change: ChangeSource,
  paths?: string[],
): Promise<Collected & { stats: Awaited<ReturnType<ChangeSource['scan']>> }> {
  const out: Collected = { files: [], lines: [] };
  const stats = await change.scan(
    {
      file: (h) => void out.files.push(h),
      added: (file, line, text) => void out.lines.push({ file, line, text }),
    },
    { paths },
  );
  return { ...out, stats };
}
