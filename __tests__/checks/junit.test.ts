import { describe, expect, it } from 'vitest';
import { parseJUnit } from '../../src/checks/evidence/junit.js';

describe('JUnit reports', () => {
  it('reads a report from its bytes as from its text, a character cut by a slice boundary included', async () => {
    const message = '検証に失敗しました'.repeat(8);
    const cases: string[] = [];
    for (let i = 0; i < 9_000; i++)
      cases.push(
        i % 500 === 0
          ? `<testcase name="t${i}"><failure message="${message} ${i}">at src/a.ts:${i}</failure></testcase>`
          : `<testcase name="t${i}"><system-out>${message}</system-out></testcase>`,
      );
    const body = `<testsuite name="s">${cases.join('\n')}</testsuite>`;
    // Padded in front so that the byte at 1 MiB, where the first slice ends, is inside a
    // three-byte character.
    const at = 1024 * 1024 - 7; // `<!---->` comes before the body too
    const plain = Buffer.from(body);
    const pad = [...Array(300).keys()].find((n) => (plain[at - n]! & 0xc0) === 0x80)!;
    const xml = `<!--${'x'.repeat(pad)}-->${body}`;
    const bytes = Buffer.from(xml);
    expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(bytes[1024 * 1024]! & 0xc0).toBe(0x80);
    const fromText = await parseJUnit(xml);
    expect(fromText.failures).toBe(18);
    expect(JSON.stringify(await parseJUnit(bytes))).toBe(JSON.stringify(fromText));
  });

  it('reads what a test printed with terminal colour codes, raw or as references, as U+FFFD', async () => {
    const red = '\x1b[31m';
    const xml = `<testsuite name="s"><testcase name="a"><failure message="${red}expected 1&#27;[0m">${red}at src/a.ts:3\x08</failure><system-out>${red}log&#x1B;&#0;&#xFFFE;&#10;</system-out></testcase><testcase name="b"/></testsuite>`;
    const r = await parseJUnit(xml, 'later');
    expect(r).toMatchObject({ tests: 2, failures: 1, passed: 1 });
    expect(r.failed[0]).toMatchObject({
      message: '\ufffd[31mexpected 1\ufffd[0m',
      named: [{ file: 'src/a.ts', line: 3 }],
    });
    // From its bytes, a reference cut by the end of a slice is read whole.
    const filler = `<testcase name="pad"><system-out>${'x'.repeat(1024 * 1024)}</system-out></testcase>`;
    const head = '<testsuite name="s">';
    const cut = Buffer.byteLength(head + filler) - 1024 * 1024;
    const bytes = Buffer.from(
      `${head}${filler.slice(0, -cut - 2)}&#27;${filler.slice(-cut - 2)}<testcase name="c"/></testsuite>`,
    );
    expect(bytes.subarray(1024 * 1024 - 2, 1024 * 1024 + 3).toString()).toBe('&#27;');
    expect(await parseJUnit(bytes)).toMatchObject({ tests: 2, passed: 2 });
  });

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
