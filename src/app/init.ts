import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { placed, readConfig } from '../config/load.js';
import { checkEveryProfile, planGate } from '../config/plan.js';
import { DEFAULT_CONFIG_PATH } from '../config/types.js';
import { ConfigError, UsageError } from '../core/errors.js';
import { detect } from '../init/detect.js';
import { renderConfig } from '../init/render.js';
import { snapshotRepository } from '../init/repoSnapshot.js';
import { describeDetection } from '../init/summary.js';
import type { Detection } from '../init/types.js';
import {
  LATER_TEMPLATES,
  renderWorkflow,
  templateUrl,
  WORKFLOW_PATH,
  WORKFLOW_TEMPLATE_PATH,
} from '../init/workflow.js';

/**
 * `init`: a config that fits the repository, and the workflow that runs it. It reads the
 * repository, writes `.github/promotion-gate.yml` and `.github/workflows/promotion.yml`, and never
 * replaces a file that is there unless asked to (`force`).
 */

export interface InitOptions {
  /** The repository's root, as the user named it (relative to `cwd`). */
  dir: string;
  cwd: string;
  /** Replace files that exist. */
  force: boolean;
  /** Also write the starter workflow. */
  workflows: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

export interface InitFile {
  /** Relative to the repository, posix. */
  path: string;
  what: string;
  replaced: boolean;
}

export interface InitResult {
  detection: Detection;
  /** What was found, one fact a line. */
  found: string[];
  written: InitFile[];
  /** Files that are there already; when not forced, nothing was written. */
  existing: string[];
  /** Starter workflows that fit once the config says how environments are deployed. */
  later: { file: string; why: string }[];
  next: string[];
}

/** A URL a user can see the example at; the local staging URL is only a placeholder. */
const EXAMPLE_URL = 'https://staging.example.com';

/**
 * What the config asks of a run: every profile plans with the input the live checks read. A config
 * init wrote that does not is init's fault, not the user's: an internal error (exit 3), not a
 * config error.
 */
async function selfCheck(text: string): Promise<void> {
  try {
    const loaded = await readConfig(DEFAULT_CONFIG_PATH, text);
    await placed(() => {
      checkEveryProfile(loaded);
      for (const profile of Object.keys(loaded.config.profiles))
        planGate(loaded, profile, { env: {}, inputs: { 'target-url': EXAMPLE_URL } });
    });
  } catch (err) {
    if (err instanceof ConfigError)
      throw new Error(`init made a config that does not validate, and wrote nothing:\n${err.message}`);
    throw err;
  }
}

/** Makes each folder of `rel` inside `root`, refusing one that is a link or a file. */
async function ensureFolders(root: string, rel: string): Promise<void> {
  const parts = rel.split('/').slice(0, -1);
  let at = root;
  for (const part of parts) {
    at = path.join(at, part);
    const info = await lstat(at).catch(() => undefined);
    if (!info) {
      await mkdir(at);
      continue;
    }
    if (!info.isDirectory())
      throw new UsageError(
        `${path.relative(root, at)} is ${info.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}: init writes only into folders of the repository`,
      );
  }
}

/**
 * Writes a new file without following a link at its name (`wx`), or — forced — a temporary file
 * beside it renamed over it, so a link there is replaced, never written through.
 */
async function writeNew(root: string, rel: string, text: string, replace: boolean): Promise<void> {
  const target = path.join(root, ...rel.split('/'));
  if (!replace) {
    const fh = await open(target, 'wx');
    try {
      await fh.writeFile(text);
    } finally {
      await fh.close();
    }
    return;
  }
  const info = await lstat(target).catch(() => undefined);
  if (info?.isDirectory()) throw new UsageError(`${rel} is a folder: init replaces only files`);
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const fh = await open(temp, 'wx');
    try {
      await fh.writeFile(text);
    } finally {
      await fh.close();
    }
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

export async function runInit(opts: InitOptions): Promise<InitResult> {
  const root = path.resolve(opts.cwd, opts.dir);
  // The folder the user names may be a link; what init writes below it may not be.
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`--dir: ${opts.dir} is not a folder`);

  const detection = detect(await snapshotRepository(root, opts.env));
  const config = renderConfig(detection);
  // What init writes must load and plan: a config it cannot stand behind is not written.
  await selfCheck(config);
  const urlVariable = detection.workflows.stagingUrlVar ?? 'STAGING_URL';
  const files = [
    { path: DEFAULT_CONFIG_PATH, text: config, what: 'profiles dev, staging and prod' },
    ...(opts.workflows
      ? [
          {
            path: WORKFLOW_PATH,
            text: renderWorkflow({ urlVariable }),
            what: `from ${WORKFLOW_TEMPLATE_PATH}: promote by hand (Actions → promotion → Run workflow)`,
          },
        ]
      : []),
  ];
  const existing: string[] = [];
  for (const f of files)
    if (await lstat(path.join(root, ...f.path.split('/'))).catch(() => undefined)) existing.push(f.path);

  const later = LATER_TEMPLATES.map((t) => ({ file: templateUrl(t.file), why: t.why }));
  const next = [
    'npx promotion-gate validate',
    'npx promotion-gate gate -p dev',
    `npx promotion-gate gate -p staging --input target-url=${EXAMPLE_URL}`,
  ];
  const result: InitResult = {
    detection,
    found: describeDetection(detection),
    written: [],
    existing,
    later,
    next,
  };
  if (existing.length > 0 && !opts.force) return result;

  // Every folder is checked before anything is written, so a refused one leaves no file half done.
  for (const f of files) await ensureFolders(root, f.path);
  for (const f of files) {
    await writeNew(root, f.path, f.text, existing.includes(f.path));
    result.written.push({ path: f.path, what: f.what, replaced: existing.includes(f.path) });
  }
  return result;
}
