import { formatDuration } from '../core/format.js';
import type { Redactor } from '../core/redact.js';
import type { CheckResult, Finding } from '../core/types.js';
import { repeatsSummary } from '../report/markdown.js';

/** How the core talks to the person watching: the CLI prints lines, the action writes log groups. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  debug(message: string): void;
  /** Called once per check as it finishes, with the lines the check logged. */
  checkFinished(result: CheckResult, log: readonly string[]): void;
  /** A value that must never be shown (the runner masks it in its log). */
  mask(value: string): void;
}

export const STATUS_SYMBOL: Record<string, string> = {
  pass: '✔',
  warn: '⚠',
  fail: '✖',
  error: '‼',
  skipped: '○',
};

/** One line per finished check: `✔ health  pass 5/5  120ms  healthy`. */
export function checkLine(r: CheckResult): string {
  const score = r.status === 'skipped' ? '   ' : `${r.score}/5`;
  return `${STATUS_SYMBOL[r.status] ?? '?'} ${r.id.padEnd(18)} ${r.status.padEnd(7)} ${score}  ${formatDuration(r.durationMs).padStart(7)}  ${r.summary}`;
}

/**
 * The findings worth a line under a check's line: a check with one problem often says it in its
 * summary too, and the line above already shows that.
 */
export function findingsToShow(r: CheckResult): Finding[] {
  return r.findings.filter((f) => !repeatsSummary(f, r.summary));
}

export function createStreamLogger(opts: { write?: (line: string) => void; verbose?: boolean } = {}): Logger {
  const write = opts.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  return {
    info: (m) => write(m),
    warn: (m) => write(`warning: ${m}`),
    error: (m) => write(`error: ${m}`),
    debug: (m) => {
      if (opts.verbose) write(`debug: ${m}`);
    },
    checkFinished(result, log) {
      write(checkLine(result));
      if (opts.verbose) for (const l of log) write(`    ${l}`);
      if (result.status === 'fail' || result.status === 'error' || result.status === 'warn') {
        const findings = findingsToShow(result);
        for (const f of findings.slice(0, 5)) {
          const at = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : '';
          write(`    ${at}${f.message.split('\n')[0]}`);
        }
        if (findings.length > 5) write(`    … ${findings.length - 5} more in the report`);
      }
    },
    mask: () => undefined,
  };
}

/**
 * A logger whose every line is redacted first, with the secrets known when it is printed. The
 * gate wraps the front end's logger in one, so a message built from a store's error (a git
 * remote with a token in its URL) is masked like the report.
 */
export function redactingLogger(
  logger: Logger,
  redactor: Pick<Redactor, 'redact' | 'redactDeep'>,
  /** How the front end spells the options messages name (see `src/app/frontEnd.ts`). */
  shown: { text(m: string): string; deep<T>(v: T): T } = { text: (m) => m, deep: (v) => v },
): Logger {
  const r = (m: string) => shown.text(redactor.redact(m));
  return {
    info: (m) => logger.info(r(m)),
    warn: (m) => logger.warn(r(m)),
    error: (m) => logger.error(r(m)),
    debug: (m) => logger.debug(r(m)),
    checkFinished: (result, log) => logger.checkFinished(shown.deep(redactor.redactDeep(result)), log.map(r)),
    mask: (v) => logger.mask(v),
  };
}

export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  debug: () => undefined,
  checkFinished: () => undefined,
  mask: () => undefined,
};
