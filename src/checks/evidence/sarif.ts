/** SARIF 2.1.0 reduced to what a gate asks: how many results of each level, by rule and tool. */

export interface SarifSummary {
  results: number;
  error: number;
  warning: number;
  note: number;
  none: number;
  /** Results marked as suppressed (not counted above). */
  suppressed: number;
  rules: Record<string, number>;
  tools: string[];
  endTimeUtc?: string;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const LEVELS = new Set(['error', 'warning', 'note', 'none']);

export function summarizeSarif(doc: unknown): SarifSummary {
  const root = obj(doc);
  if (!Array.isArray(root.runs)) throw new Error('not a SARIF log: no "runs" array');
  const out: SarifSummary = {
    results: 0,
    error: 0,
    warning: 0,
    note: 0,
    none: 0,
    suppressed: 0,
    // Rule ids are data: `constructor` or `__proto__` is counted like any other id.
    rules: Object.create(null) as Record<string, number>,
    tools: [],
  };
  for (const run of arr(root.runs).map(obj)) {
    const driver = obj(obj(run.tool).driver);
    if (typeof driver.name === 'string' && !out.tools.includes(driver.name)) out.tools.push(driver.name);
    const ruleLevels = new Map<string, string>();
    arr(driver.rules).forEach((r, i) => {
      const rule = obj(r);
      const level = obj(rule.defaultConfiguration).level;
      if (typeof level === 'string') {
        ruleLevels.set(`#${i}`, level);
        if (typeof rule.id === 'string') ruleLevels.set(rule.id, level);
      }
    });
    for (const inv of arr(run.invocations).map(obj))
      if (typeof inv.endTimeUtc === 'string') out.endTimeUtc = inv.endTimeUtc;
    for (const res of arr(run.results).map(obj)) {
      if (arr(res.suppressions).length > 0) {
        out.suppressed++;
        continue;
      }
      const ruleId = typeof res.ruleId === 'string' ? res.ruleId : (obj(res.rule).id as string | undefined);
      const ruleIndex = typeof res.ruleIndex === 'number' ? `#${res.ruleIndex}` : undefined;
      // SARIF §3.27.10: a result that is not a failure has level none; the default level is warning.
      const kind = typeof res.kind === 'string' ? res.kind : 'fail';
      let level =
        kind !== 'fail'
          ? 'none'
          : typeof res.level === 'string'
            ? res.level
            : ((ruleId && ruleLevels.get(ruleId)) ?? (ruleIndex && ruleLevels.get(ruleIndex)) ?? 'warning');
      if (!LEVELS.has(level)) level = 'warning';
      out.results++;
      out[level as 'error' | 'warning' | 'note' | 'none']++;
      if (ruleId) out.rules[ruleId] = (Object.hasOwn(out.rules, ruleId) ? out.rules[ruleId]! : 0) + 1;
    }
  }
  return out;
}
