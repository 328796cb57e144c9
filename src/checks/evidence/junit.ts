import { hereOrOnThread } from '../../adapters/threads.js';
import { attributesOf, readXml, xmlReader, xmlText } from '../xml.js';

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

type Attributes = Readonly<Record<string, string>>;

/** What a test case's attributes say, and its first failure or error. */
interface CaseFrame {
  attrs: Attributes;
  failures: number;
  errors: number;
  skipped: number;
  failure?: Outcome;
  error?: Outcome;
}

/**
 * Characters of a failure's text kept: its first line is the message when it has no other, and
 * the places it names come first; a failure that printed megabytes is not held whole.
 */
const MAX_OUTCOME_TEXT = 64 * 1024;

/** A `<failure>` or `<error>`: its message attribute and its own text (up to MAX_OUTCOME_TEXT). */
interface Outcome {
  message: string;
  text: string;
}

/** A suite, kept only for what the summary lists in the order it always has (see `parseJUnit`). */
interface Suite {
  name: string;
  failed: JUnitCase[];
  /** Its own test cases' times, added up in the tree's order at the end. */
  times: number[];
  children: Suite[];
}

/** What each open element is to the report; elements inside anything else are not read. */
type Frame =
  | { kind: 'suite'; suite: Suite }
  | { kind: 'case'; tc: CaseFrame }
  | { kind: 'outcome'; outcome?: Outcome }
  | { kind: 'other' };

const OTHER: Frame = { kind: 'other' };

/** A path:line inside a failure's text, for tools that do not write file/line attributes. */
const LOCATION =
  /(?:\(|\s|^)(?:file:\/\/)?((?:\/|[A-Za-z]:[\\/])?(?:[\w.@-]+[\\/])*[\w.@-]+\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|cs|php|rs|swift|scala|exs?)):(\d+)/m;

function locate(
  attrs: Attributes,
  detail: string,
  exists?: Exists,
): { file?: string; line?: number; named?: Location[] } {
  const file = attrs.file;
  const line = attrs.line !== undefined ? Number(attrs.line) : undefined;
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

/**
 * Parses JUnit XML (Jest, Vitest, pytest, Node's test runner, Maven Surefire, Go's go-junit-report…).
 *
 * Read as a stream of tags (see src/checks/xml.ts): a report of hundreds of thousands of test
 * cases is mostly passing cases and their captured output, of which only counts are kept; one cut
 * short is an error naming where, never a count of the cases it happened to hold.
 */
export async function parseJUnit(xml: string | Uint8Array, exists?: Exists): Promise<JUnitSummary> {
  return (await parseJUnitDocument(xml, exists)).summary;
}

/**
 * `parseJUnit`, and when the report says it ran: the `timestamp` of the first suite that has one
 * (`<testsuites>` or a `<testsuite>` at any depth, in document order), as XML reads it — never
 * text in a comment or in another value that only looks like a suite's tag.
 */
export async function parseJUnitDocument(
  xml: string | Uint8Array,
  exists?: Exists,
): Promise<{ summary: JUnitSummary; timestamp?: string }> {
  const parser = await xmlReader();
  let timestamp: string | undefined;
  const summary: JUnitSummary = {
    tests: 0,
    failures: 0,
    errors: 0,
    skipped: 0,
    passed: 0,
    timeSec: 0,
    failed: [],
  };
  let root: Suite | undefined;
  const open: Frame[] = [];
  const suiteIn = (attrs: Attributes, parent: string): Suite => {
    if (timestamp === undefined && attrs.timestamp) timestamp = attrs.timestamp;
    return { name: attrs.name ?? parent, failed: [], times: [], children: [] };
  };
  parser.on('opentag', (tag) => {
    const parent = open[open.length - 1];
    const name = tag.name;
    let frame: Frame = OTHER;
    if (parent === undefined) {
      // A second root is not well-formed XML: the parser stops there before this is asked.
      if (name !== 'testsuites' && name !== 'testsuite')
        throw new Error('not a JUnit XML report: no <testsuites> or <testsuite> element');
      // <testsuites> may hold test cases directly (Node's test runner does).
      root = suiteIn(attributesOf(tag.attributes), '');
      frame = { kind: 'suite', suite: root };
    } else if (parent.kind === 'suite') {
      if (name === 'testsuite') {
        const suite = suiteIn(attributesOf(tag.attributes), parent.suite.name);
        parent.suite.children.push(suite);
        frame = { kind: 'suite', suite };
      } else if (name === 'testcase')
        frame = {
          kind: 'case',
          tc: { attrs: attributesOf(tag.attributes), failures: 0, errors: 0, skipped: 0 },
        };
    } else if (parent.kind === 'case') {
      const tc = parent.tc;
      if (name === 'failure' || name === 'error') {
        const first = name === 'failure' ? tc.failures++ === 0 : tc.errors++ === 0;
        if (first) {
          const outcome: Outcome = { message: xmlText((tag.attributes.message ?? '').trim()), text: '' };
          if (name === 'failure') tc.failure = outcome;
          else tc.error = outcome;
          frame = { kind: 'outcome', outcome };
        } else frame = { kind: 'outcome' };
      } else if (name === 'skipped') tc.skipped++;
    }
    open.push(frame);
  });
  const onText = (text: string) => {
    const top = open[open.length - 1];
    if (top?.kind === 'outcome' && top.outcome && top.outcome.text.length < MAX_OUTCOME_TEXT)
      top.outcome.text += text.slice(0, MAX_OUTCOME_TEXT - top.outcome.text.length);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const frame = open.pop();
    if (frame?.kind !== 'case') return;
    const { tc } = frame;
    const suite = (open[open.length - 1] as Extract<Frame, { kind: 'suite' }>).suite;
    summary.tests++;
    const time = tc.attrs.time !== undefined ? Number(tc.attrs.time) : undefined;
    if (time !== undefined && Number.isFinite(time)) suite.times.push(time);
    const f = tc.failure ?? tc.error;
    if (f) {
      const text = xmlText(f.text).trim();
      const detail = `${f.message}\n${text}`;
      const status = tc.failure ? 'failed' : 'error';
      if (status === 'failed') summary.failures++;
      else summary.errors++;
      suite.failed.push({
        suite: suite.name,
        name: tc.attrs.name ?? '(unnamed)',
        classname: tc.attrs.classname,
        status,
        message: (f.message || text).split('\n')[0]!.slice(0, 500),
        ...locate(tc.attrs, detail, exists),
        timeSec: time,
      });
    } else if (tc.skipped) summary.skipped++;
    else summary.passed++;
  });
  try {
    readXml(parser, xml);
  } catch (err) {
    // A document with no element at all is not a report either.
    if (root === undefined && !(err as Error).message.startsWith('not a JUnit'))
      throw new Error('not a JUnit XML report: no <testsuites> or <testsuite> element');
    throw err;
  }
  if (root === undefined) throw new Error('not a JUnit XML report: no <testsuites> or <testsuite> element');
  // Each suite's own cases, then the suites inside it: the order the summary has always had, its
  // total time added up in the same order. A stack, not recursion: suites may nest deeper than
  // the call stack goes.
  let timeSec = 0;
  const stack: Suite[] = [root];
  while (stack.length > 0) {
    const suite = stack.pop()!;
    for (const t of suite.times) timeSec += t;
    for (const c of suite.failed) summary.failed.push(c);
    for (let i = suite.children.length - 1; i >= 0; i--) stack.push(suite.children[i]!);
  }
  summary.timeSec = Math.round(timeSec * 1000) / 1000;
  return { summary, ...(timestamp !== undefined ? { timestamp } : {}) };
}

/** From this size a report is parsed on a thread of its own (≈50 ms of parsing here, at ≈90 MB/s). */
export const JUNIT_THREAD_FROM = 4 * 1024 * 1024;

/** A job thread's side of `readJUnit`. */
export function parseJUnitJob(input: unknown): Promise<JUnitSummary> {
  return parseJUnit(input as string | Uint8Array, 'later');
}

/** The memory of `bytes`, when it holds nothing else: it can move to a thread instead of being copied. */
function ownMemory(bytes: Uint8Array): ArrayBuffer[] {
  const { buffer } = bytes;
  return buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength
    ? [buffer]
    : [];
}

/**
 * `parseJUnit`, on a thread when the report is large: the main thread stays free for the other
 * checks. The places failures name are chosen here, where `exists` can be asked.
 */
export async function readJUnit(
  xml: string | Uint8Array,
  exists?: (file: string) => boolean,
  signal?: AbortSignal,
): Promise<JUnitSummary> {
  const summary = await hereOrOnThread(
    xml.length,
    JUNIT_THREAD_FROM,
    // A report read from its file goes to the thread as its bytes, moved there, not copied.
    { kind: 'junit', input: xml, ...(typeof xml === 'string' ? {} : { transfer: ownMemory(xml) }) },
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
