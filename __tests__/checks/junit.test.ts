import { describe, expect, it } from 'vitest';
import { parseJUnit } from '../../src/checks/evidence/junit.js';

describe('JUnit reports', () => {
  it('reads suites nested deeper than the call stack goes, and a suite of 150,000 failures', async () => {
    const depth = 20_000;
    const nested = `${'<testsuite>'.repeat(depth)}<testcase name="deep"><failure message="m"/></testcase>${'</testsuite>'.repeat(depth)}`;
    const deep = await parseJUnit(`<testsuites>${nested}</testsuites>`);
    expect(deep).toMatchObject({ tests: 1, failures: 1, failed: [{ name: 'deep' }] });

    const many = 150_000;
    const failing = '<testcase name="t" file="a.ts" line="1"><failure message="m"/></testcase>'.repeat(many);
    const wide = await parseJUnit(`<testsuite name="s">${failing}</testsuite>`);
    expect(wide.failures).toBe(many);
    expect(wide.failed).toHaveLength(many);
  });
});
