import type { LoadedEvidence } from './evidenceFile.js';

/**
 * Normalize pass/fail: evidence from many tools says "passed" in many ways. A
 * status we do not recognise is not a pass (fail closed), and the detail says what was seen.
 */

const PASS = new Set([
  'pass',
  'passed',
  'ok',
  'success',
  'succeeded',
  'successful',
  'green',
  'go',
  'ga_ready',
  'promote',
  'true',
]);
const FAIL = new Set([
  'fail',
  'failed',
  'failure',
  'error',
  'errored',
  'red',
  'no_go',
  'no-go',
  'blocked',
  'hold',
  'cancelled',
  'canceled',
  'timed_out',
  'release_candidate',
  'false',
  'skipped',
]);
/** Fields that carry a verdict, most specific first (`verdict` is promotion-gate's own report). */
const STATUS_FIELDS = ['verdict', 'status', 'result', 'conclusion', 'outcome', 'state', 'level'];
const BOOLEAN_FIELDS = ['passed', 'pass', 'ok', 'success', 'succeeded'];

export interface Normalized {
  passed: boolean;
  detail: string;
}

function fromObject(doc: Record<string, unknown>): Normalized | undefined {
  for (const f of STATUS_FIELDS) {
    const v = doc[f];
    if (typeof v !== 'string') continue;
    const k = v.trim().toLowerCase();
    if (PASS.has(k)) return { passed: true, detail: `${f} = "${v}"` };
    if (FAIL.has(k)) return { passed: false, detail: `${f} = "${v}"` };
    return { passed: false, detail: `${f} = "${v}" is not a known passing status` };
  }
  for (const f of BOOLEAN_FIELDS) {
    const v = doc[f];
    if (typeof v === 'boolean') return { passed: v, detail: `${f} = ${v}` };
  }
  return undefined;
}

export function normalizeStatus(ev: LoadedEvidence): Normalized {
  const doc = ev.doc as Record<string, unknown>;
  if (ev.format === 'junit') {
    const bad = Number(doc.failures) + Number(doc.errors);
    if (Number(doc.tests) === 0) return { passed: false, detail: 'JUnit report with no tests' };
    return {
      passed: bad === 0,
      detail: `JUnit: ${doc.tests} tests, ${doc.failures} failed, ${doc.errors} errors`,
    };
  }
  if (ev.format === 'sarif')
    return {
      passed: doc.error === 0,
      detail: `SARIF: ${doc.error} error(s), ${doc.warning} warning(s), ${doc.note} note(s)`,
    };
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    return { passed: false, detail: 'evidence is not an object with a status' };
  const top = fromObject(doc);
  if (top) return top;
  // Some tools nest it: {"summary": {"status": "pass"}}.
  for (const key of ['summary', 'result', 'gate', 'report']) {
    const inner = doc[key];
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      const n = fromObject(inner as Record<string, unknown>);
      if (n) return { ...n, detail: `${key}.${n.detail}` };
    }
  }
  return {
    passed: false,
    detail: `no status found (looked for ${[...STATUS_FIELDS, ...BOOLEAN_FIELDS].join(', ')})`,
  };
}
