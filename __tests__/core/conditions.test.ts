import { describe, expect, it } from 'vitest';
import {
  equalityConditions,
  evaluateCondition,
  parseCondition,
  parsePath,
} from '../../src/core/conditions.js';

const doc = {
  status: 'ok',
  version: '2.4.1',
  tables: { permits: 0, users: 12, 'cron-log': 3 },
  items: [{ id: 1 }, { id: 2 }],
  tags: ['prod', 'eu'],
  nothing: null,
  count: '7',
};

describe('conditions', () => {
  it.each([
    ['status == "ok"', true, 'status = "ok"'],
    ["status == 'ok'", true, 'status = "ok"'],
    ['status == ok', true, 'status = "ok"'],
    ['status != "ok"', false, 'status = "ok"'],
    ['tables.permits > 0', false, 'tables.permits = 0'],
    ['tables.users >= 12', true, 'tables.users = 12'],
    ['tables.users < 12', false, 'tables.users = 12'],
    ['tables.cron-log <= 3', true, 'tables.cron-log = 3'],
    ['items[1].id == 2', true, 'items.1.id = 2'],
    ['len(items) >= 2', true, 'len(items) = 2'],
    ['len(tags) == 3', false, 'len(tags) = 2'],
    ['tags contains "eu"', true, 'tags = ["prod","eu"]'],
    ['version matches "^2\\."', true, 'version = "2.4.1"'],
    ['tables.users exists', true, 'tables.users = 12'],
    ['tables.missing exists', false, 'tables.missing = missing'],
    ['nothing exists', false, 'nothing = null'],
    ['tables.missing not exists', true, 'tables.missing = missing'],
    ['count > 5', true, 'count = "7"'],
    ['count == 7', true, 'count = "7"'],
    ['tables.missing > 0', false, 'tables.missing = missing'],
    ['$ exists', true, undefined],
  ])('%s → %s', (source, ok, observed) => {
    const r = evaluateCondition(parseCondition(source), doc);
    expect(r.ok).toBe(ok);
    if (observed) expect(r.observed).toBe(observed);
  });

  it.each([
    ['status', /expected "<path> <op> <value>"/],
    ['status ==', /a value must follow/],
    ['a exists 3', /nothing may follow/],
    ['a > "x"', /compares numbers/],
    ['a matches "("', /Invalid regular expression|Unterminated group/],
    ['== 3', /cannot read condition/],
  ])('rejects %s', (source, message) => {
    expect(() => parseCondition(source)).toThrow(message);
  });

  it('parses quoted and indexed paths', () => {
    expect(parsePath('a.b[0]["c.d"]')).toEqual(['a', 'b', '0', 'c.d']);
    expect(parsePath('$')).toEqual([]);
  });

  it('turns a json map into equality conditions', () => {
    const conds = equalityConditions({ status: 'ok', 'tables.users': 12 });
    expect(conds.map((c) => evaluateCondition(c, doc).ok)).toEqual([true, true]);
  });
});
