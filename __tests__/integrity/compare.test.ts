import { describe, expect, it } from 'vitest';
import { configModel } from '../../src/app/configModel.js';
import { compareConfigs } from '../../src/checks/integrity/compare.js';
import { directionOf } from '../../src/checks/integrity/directions.js';
import { allCheckTypes } from '../../src/checks/registry.js';
import { judgedFieldsOf } from '../../src/checks/fields.js';
import { shellFieldsOf } from '../../src/config/shellValues.js';
import { parseConfig } from '../../src/config/load.js';

/** Both files through the real loader and resolver, then compared: one line per change. */
function changes(base: string, head: string, now = new Date('2026-06-01T00:00:00Z')): string[] {
  const model = (text: string) => configModel(parseConfig('promotion-gate.yml', text));
  return compareConfigs(model(base), model(head), now).map(
    (c) => `${c.kind} ${c.key}: ${c.before} → ${c.after} (${c.what}) [${c.profiles.join(',')}]`,
  );
}

const config = (checks: string, extra = '') => `version: 1
profiles:
  prod: { checks: [c] }
checks:
  c: ${checks}
${extra}`;

describe('comparing two revisions of the config', () => {
  it('criteria: a lower minimum or a higher maximum is looser; a changed operator of another kind is unknown', () => {
    const bench = (t: string) => config(`{ type: benchmark, file: b.json, thresholds: { latency: '${t}' } }`);
    expect(changes(bench('<= 800'), bench('<= 900'))).toEqual([
      'weakening checks.c.thresholds.latency: <= 800 → <= 900 (loosened) [prod]',
    ]);
    expect(changes(bench('>= 0.5'), bench('> 0.5'))).toEqual([
      'tightening checks.c.thresholds.latency: >= 0.5 → > 0.5 (tightened) [prod]',
    ]);
    expect(changes(bench('>= 0.5'), bench('<= 0.5'))).toEqual([
      'unknown checks.c.thresholds.latency: >= 0.5 → <= 0.5 (changed, direction unknown) [prod]',
    ]);
  });

  it('every field a check type runs as shell is ranked: any change to it is a weakening', () => {
    const shellFields = allCheckTypes().flatMap((t) => shellFieldsOf(t).map((f) => [t.type, f] as const));
    expect(shellFields.length).toBeGreaterThanOrEqual(3);
    for (const [type, field] of shellFields)
      expect(directionOf(type, [field]), `${type}.${field}`).toEqual({ kind: 'any-change' });
  });

  it('the fields that name files a check judges, as the types declare them', () => {
    const judged = allCheckTypes().flatMap((t) =>
      judgedFieldsOf(t).map((f) => `${t.type}.${f.field}${f.key ? `.${f.key}` : ''}`),
    );
    expect(judged.sort()).toEqual([
      'benchmark.file',
      'command.coverage.file',
      'command.junit',
      'evidence.file',
      'trend.file',
    ]);
  });

  it('a multi-line value is shown on one line', () => {
    const cmd = (run: string) => config(`{ type: command, run: ${JSON.stringify(run)} }`);
    expect(changes(cmd('npm ci\nnpm test\n'), cmd('npm ci\r\nnpm test || true\n'))).toEqual([
      'weakening checks.c.run: npm ci ⏎ npm test ⏎ → npm ci ⏎ npm test || true ⏎ (what the check runs changed) [prod]',
    ]);
  });

  it('list items are matched by their path or name, so a reordered list only shows what changed', () => {
    const http = (a: string, b: string) =>
      config(`{ type: http, base: 'http://127.0.0.1:9', requests: [${a}, ${b}] }`);
    const health = (ms: string) => `{ path: /health, expect: { maxLatency: ${ms} } }`;
    const home = '{ path: /, expect: { status: 200 } }';
    expect(changes(http(health('1s'), home), http(home, health('1s')))).toEqual([]);
    expect(changes(http(health('1s'), home), http(home, health('3s')))).toEqual([
      'weakening checks.c.requests.1.expect.maxLatency: 1s → 3s (raised) [prod]',
    ]);
    expect(changes(http(health('1s'), home), `${http(health('1s'), home).replace(`, ${home}`, '')}`)).toEqual(
      [
        'weakening checks.c.requests: [{"expect":{"maxLatency":"1s"},"path":"/health"}, {"expect":{"status":200},"path":"/"}] → [{"expect":{"maxLatency":"1s"},"path":"/health"}] (removed path=/) [prod]',
      ],
    );
  });

  it('names that are object members (constructor, toString, valueOf) are checks and metrics like any other', () => {
    const base = `version: 1
profiles:
  prod: { checks: [constructor, toString] }
checks:
  constructor: { type: files, paths: [a] }
  toString: { type: benchmark, file: b.json, thresholds: { valueOf: '>= 1', hasOwnProperty: '>= 2' } }
`;
    const head = base
      .replace('checks: [constructor, toString]', 'checks: [toString]')
      .replace("hasOwnProperty: '>= 2'", "hasOwnProperty: '>= 1'");
    expect(changes(base, head)).toEqual([
      'weakening checks.constructor: runs (files, required) → does not run (check removed from the profile) [prod]',
      'weakening checks.toString.thresholds.hasOwnProperty: >= 2 → >= 1 (loosened) [prod]',
    ]);
  });

  it('benchmark drift turned off, an enforcement raised, an unranked field changed', () => {
    const bench = (drift: string, enforcement: string, file: string) =>
      config(`{ type: benchmark, file: ${file}, enforcement: ${enforcement}, drift: ${drift} }`);
    expect(
      changes(bench('{ lookback: 4 }', 'scored', 'a.json'), bench('false', 'required', 'b.json')),
    ).toEqual([
      'tightening checks.c.enforcement: scored → required (raised) [prod]',
      'unknown checks.c.file: a.json → b.json (changed, direction unknown) [prod]',
      'weakening checks.c.drift: {"lookback":4} → false (turned off) [prod]',
    ]);
  });

  it('waivers: added or extended is a weakening, removed a tightening; an expired one changes nothing', () => {
    const files = '{ type: files, paths: [a] }';
    const waiver = (expires: string) =>
      `waivers:\n  - { check: c, reason: 'known, OPS-1', expires: ${expires}, by: alice }\n`;
    expect(changes(config(files), config(files, waiver('2026-01-31')))).toEqual([]);
    expect(changes(config(files), config(files, waiver('2026-07-31')))).toEqual([
      'weakening waivers.0: (none) → until 2026-07-31 (by alice) (waiver of check "c" added: known, OPS-1) [prod]',
    ]);
    expect(changes(config(files, waiver('2026-06-30')), config(files, waiver('2026-12-31')))).toEqual([
      'weakening waivers.0: until 2026-06-30 (by alice) → until 2026-12-31 (by alice) (waiver of check "c" extended: known, OPS-1) [prod]',
    ]);
    expect(changes(config(files, waiver('2026-06-30')), config(files))).toEqual([
      'tightening waivers.0: until 2026-06-30 (by alice) → (none) (waiver of check "c" removed) [prod]',
    ]);
  });

  it('a value under a sensitive key (a header, a token) is named, never shown', () => {
    const http = (token: string) =>
      config(`{ type: http, url: 'http://127.0.0.1:9/', headers: { Authorization: 'Bearer ${token}' } }`);
    expect(changes(http('s3cr3t-old'), http('s3cr3t-new'))).toEqual([
      'unknown checks.c.headers.Authorization: *** → *** (changed, direction unknown) [prod]',
    ]);
  });

  it('a profile removed is a weakening; a profile added and a default changed are listed', () => {
    const files = '{ type: files, paths: [a] }';
    const two = config(files).replace(
      '  prod: { checks: [c] }',
      '  prod: { checks: [c] }\n  dev: { checks: [c] }',
    );
    expect(changes(two, config(files, 'defaults: { timeout: 10s }\n'))).toEqual([
      'weakening profiles.dev: 1 check(s) → (removed) (profile removed) []',
      'unknown defaults.timeout: (not set) → 10s (changed, direction unknown) []',
    ]);
  });
});
