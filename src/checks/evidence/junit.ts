import type { X2jOptions } from 'fast-xml-parser';
import { hereOrOnThread } from '../../adapters/threads.js';
import { xmlParser } from '../xml.js';

export interface JUnitCase {
  suite: string;
  name: string;
  classname?: string;
  status: 'passed' | 'failed' | 'error' | 'skipped';
  message?: string;
  file?: string;
  line?: number;
  timeSec?: number;
  /**
   * The places a failure's text names, when the report names none itself: left for the caller to
   * choose from when it parses on a thread, since which of them exist is asked on the main thread.
   */
  named?: Location[];
}

interface Location {
  file: string;
  line: number;
}

/** Whether a file of a failure's text is one to name (a file of the workspace), or 'later'. */
type Exists = ((file: string) => boolean) | 'later';

export interface JUnitSummary {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  passed: number;
  timeSec: number;
  failed: JUnitCase[];
}

const PARSER_OPTIONS: X2jOptions = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  isArray: (name: string) =>
    ['testsuite', 'testcase', 'failure', 'error', 'skipped', 'property'].includes(name),
  processEntities: true,
  parseAttributeValue: false,
};

type Node = Record<string, unknown>;
const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v ? [v as Node] : []);
const text = (n: unknown): string => {
  if (typeof n === 'string') return n;
  if (n && typeof n === 'object') return String((n as Node)['#text'] ?? '');
  return '';
};

/** A path:line inside a failure's text, for tools that do not write file/line attributes. */
const LOCATION =
  /(?:\(|\s|^)(?:file:\/\/)?((?:\/|[A-Za-z]:[\\/])?(?:[\w.@-]+[\\/])*[\w.@-]+\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|cs|php|rs|swift|scala|exs?)):(\d+)/m;

function locate(
  tc: Node,
  detail: string,
  exists?: Exists,
): { file?: string; line?: number; named?: Location[] } {
  const file = typeof tc['@_file'] === 'string' ? tc['@_file'] : undefined;
  const line = tc['@_line'] !== undefined ? Number(tc['@_line']) : undefined;
  if (file && line !== undefined && Number.isFinite(line)) return { file, line };
  const found = [...detail.matchAll(new RegExp(LOCATION, 'gm'))].map((m) => ({
    file: m[1]!.replace(/^\.\//, ''),
    line: Number(m[2]),
  }));
  // A report that names the file but not the line (Node 24's runner): take the line from its stack.
  if (file) return { file, line: found.find((f) => f.file === file || file.endsWith(`/${f.file}`))?.line };
  if (exists === 'later') return found.length ? { named: found } : {};
  return pick(found, exists);
}

const pick = (found: readonly Location[], exists?: (file: string) => boolean): Partial<Location> =>
  found.find((f) => !exists || exists(f.file)) ?? {};

/** Parses JUnit XML (Jest, Vitest, pytest, Node's test runner, Maven Surefire, Go's go-junit-report…). */
export async function parseJUnit(xml: string, exists?: Exists): Promise<JUnitSummary> {
  const doc = (await xmlParser(PARSER_OPTIONS)).parse(xml) as Node;
  if (!doc.testsuites && !doc.testsuite)
    throw new Error('not a JUnit XML report: no <testsuites> or <testsuite> element');
  // <testsuites> may hold test cases directly (Node's test runner does).
  const roots = doc.testsuites ? [doc.testsuites as Node] : list(doc.testsuite);
  const summary: JUnitSummary = {
    tests: 0,
    failures: 0,
    errors: 0,
    skipped: 0,
    passed: 0,
    timeSec: 0,
    failed: [],
  };
  const walk = (suite: Node, parentName: string) => {
    const name = String(suite['@_name'] ?? parentName);
    for (const tc of list(suite.testcase)) {
      const failures = list(tc.failure);
      const errors = list(tc.error);
      const skipped = list(tc.skipped);
      summary.tests++;
      const time = tc['@_time'] !== undefined ? Number(tc['@_time']) : undefined;
      if (time !== undefined && Number.isFinite(time)) summary.timeSec += time;
      if (failures.length || errors.length) {
        const f = (failures[0] ?? errors[0])!;
        const detail = `${String(f['@_message'] ?? '')}\n${text(f)}`;
        const status = failures.length ? 'failed' : 'error';
        if (status === 'failed') summary.failures++;
        else summary.errors++;
        summary.failed.push({
          suite: name,
          name: String(tc['@_name'] ?? '(unnamed)'),
          classname: tc['@_classname'] !== undefined ? String(tc['@_classname']) : undefined,
          status,
          message: (String(f['@_message'] ?? '').trim() || text(f).trim()).split('\n')[0]!.slice(0, 500),
          ...locate(tc, detail, exists),
          timeSec: time,
        });
      } else if (skipped.length) summary.skipped++;
      else summary.passed++;
    }
    for (const child of list(suite.testsuite)) walk(child, name);
  };
  for (const s of roots) walk(s, '');
  summary.timeSec = Math.round(summary.timeSec * 1000) / 1000;
  return summary;
}

/** From this size a report is parsed on a thread of its own (≈50 ms of parsing here). */
export const JUNIT_THREAD_FROM = 1024 * 1024;

/** A job thread's side of `readJUnit`. */
export function parseJUnitJob(input: unknown): Promise<JUnitSummary> {
  return parseJUnit(input as string, 'later');
}

/**
 * `parseJUnit`, on a thread when the report is large: the main thread stays free for the other
 * checks. The places failures name are chosen here, where `exists` can be asked.
 */
export async function readJUnit(
  xml: string,
  exists?: (file: string) => boolean,
  signal?: AbortSignal,
): Promise<JUnitSummary> {
  const summary = await hereOrOnThread(
    xml.length,
    JUNIT_THREAD_FROM,
    { kind: 'junit', input: xml },
    () => parseJUnit(xml, 'later'),
    signal,
  );
  // Each case as parseJUnit makes it with `exists`: the place chosen, in the same order of fields.
  summary.failed = summary.failed.map(({ named, timeSec, ...c }) => ({
    ...c,
    ...(named ? pick(named, exists) : {}),
    timeSec,
  }));
  return summary;
}

export function mergeJUnit(parts: JUnitSummary[]): JUnitSummary {
  return parts.reduce(
    (a, b) => ({
      tests: a.tests + b.tests,
      failures: a.failures + b.failures,
      errors: a.errors + b.errors,
      skipped: a.skipped + b.skipped,
      passed: a.passed + b.passed,
      timeSec: Math.round((a.timeSec + b.timeSec) * 1000) / 1000,
      failed: [...a.failed, ...b.failed],
    }),
    { tests: 0, failures: 0, errors: 0, skipped: 0, passed: 0, timeSec: 0, failed: [] },
  );
}
