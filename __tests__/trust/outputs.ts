import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createStreamLogger, type Logger } from '../../src/adapters/logger.js';
import { createActionLogger } from '../../src/action/logger.js';

/** Every file under a directory, absolute. */
export async function allFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await allFiles(p)));
    else out.push(p);
  }
  return out;
}

/** [name, text] of every file under `dir`, named `<label>/<relative path>`. */
export async function filesOf(dir: string, label: string): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for (const f of await allFiles(dir))
    out.push([`${label}/${path.relative(dir, f)}`, await readFile(f, 'utf8')]);
  return out;
}

/** Both front ends' loggers at once: the CLI's (verbose) and the action's, each into a buffer. */
export function capturingLogger(): {
  logger: Logger;
  console: string[];
  stepLog: string[];
  masked: string[];
} {
  const consoleLines: string[] = [];
  const stepLog: string[] = [];
  const masked: string[] = [];
  const cli = createStreamLogger({ write: (l) => void consoleLines.push(l), verbose: true });
  const action = createActionLogger({ write: (t) => void stepLog.push(t) });
  const both: Logger = {
    info: (m) => (cli.info(m), action.info(m)),
    warn: (m) => (cli.warn(m), action.warn(m)),
    error: (m) => (cli.error(m), action.error(m)),
    debug: (m) => (cli.debug(m), action.debug(m)),
    checkFinished: (r, log) => (cli.checkFinished(r, log), action.checkFinished(r, log)),
    mask: (v) => (masked.push(v), action.mask(v)),
  };
  return { logger: both, console: consoleLines, stepLog, masked };
}

/** The step log as a reader sees it: `::add-mask::` lines are consumed by the runner, not shown. */
export function shownStepLog(stepLog: readonly string[]): string {
  return stepLog
    .join('')
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

const JSON_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function unjson(text: string): string {
  return text.replace(/\\u([0-9a-fA-F]{4})|\\(["\\/bfnrt])/g, (_m, u: string | undefined, c: string) =>
    u ? String.fromCharCode(parseInt(u, 16)) : (JSON_ESCAPES[c] ?? c),
  );
}

function unpercent(text: string, plus = false): string {
  const t = plus ? text.replace(/\+/g, ' ') : text;
  return t.replace(/(?:%[0-9A-Fa-f]{2})+/g, (m) => Buffer.from(m.replace(/%/g, ''), 'hex').toString('utf8'));
}

/** A character reference's character; one beyond Unicode stays as it was written. */
const fromCode = (code: number, written: string) => (code <= 0x10ffff ? String.fromCodePoint(code) : written);

function unhtml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]{1,6});/gi, (m, h: string) => fromCode(parseInt(h, 16), m))
    .replace(/&#([0-9]{1,7});/g, (m, d: string) => fromCode(Number(d), m))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * A text as anyone could decode it — JSON escapes (once or twice), percent-encoding (with `+`
 * as a space or not), HTML entities, in combination — lower-cased. A secret that shows in any of
 * these views was written in a form that gives it away.
 */
export function views(text: string): string[] {
  const j1 = unjson(text);
  const j2 = unjson(j1);
  const all = [
    text,
    j1,
    j2,
    unpercent(text),
    unpercent(text, true),
    unhtml(text),
    unpercent(j1),
    unpercent(j1, true),
    unpercent(j2),
    unjson(unpercent(text)),
    unpercent(unhtml(text)),
  ];
  return [...new Set(all.map((v) => v.toLowerCase()))];
}

/** Every piece of `size` characters of a secret and of each of its lines, lower-cased. */
export function fragments(secret: string, size = 8): string[] {
  const out = new Set<string>();
  for (const part of [secret, ...secret.split(/\r?\n/).map((l) => l.trim())]) {
    const lower = part.toLowerCase();
    for (let i = 0; i + size <= lower.length; i++) out.add(lower.slice(i, i + size));
  }
  return [...out];
}

/** Where a piece of 8+ characters of a secret shows in an output, in any decoded view. */
export function leaks(outputs: readonly [string, string][], secrets: readonly string[]): string[] {
  const found: string[] = [];
  const pieces = secrets.map((s) => fragments(s));
  for (const [name, text] of outputs) {
    const vs = views(text);
    secrets.forEach((s, si) => {
      const hit = pieces[si]!.find((f) => vs.some((v) => v.includes(f)));
      if (hit !== undefined)
        found.push(`${name} holds ${JSON.stringify(hit)} of secret ${JSON.stringify(s)}`);
    });
  }
  return found;
}
