import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { runCheck } from './run.js';

const NODE_TESTS = {
  'test/math.test.mjs': `import test from 'node:test';
import assert from 'node:assert/strict';
test('adds', () => assert.equal(1 + 1, 2));
test('subtracts', () => assert.equal(3 - 1, 1));
test.skip('later', () => {});
`,
};
const NODE_JUNIT =
  'mkdir -p reports && node --test --test-reporter=junit --test-reporter-destination=reports/junit.xml test/math.test.mjs';

describe('command check', () => {
  it('passes on exit 0 and keeps the output as evidence', async () => {
    const dir = await tempDir();
    const r = await runCheck('command', { run: 'echo building; echo done >&2' }, { cwd: dir });
    expect(r.status).toBe('pass');
    expect(await readFile(path.join(dir, 'evidence/command/output.log'), 'utf8')).toBe('building\ndone\n');
  });

  it('fails on an unexpected exit code with the tail of the output', async () => {
    const dir = await tempDir();
    const r = await runCheck(
      'command',
      { run: 'echo compiling; echo "error TS2322" >&2; exit 4' },
      { cwd: dir },
    );
    expect(r).toMatchObject({ status: 'fail', score: 1, summary: 'exit 4' });
    expect(r.findings[0]!.message).toContain('exited with 4 (expected 0)');
    expect(r.findings[0]!.message).toContain('error TS2322');
    const ok = await runCheck('command', { run: 'exit 4', exitCode: [0, 4] }, { cwd: dir });
    expect(ok.status).toBe('pass');
  });

  it('is an error when the command does not exist', async () => {
    const dir = await tempDir();
    const r = await runCheck('command', { run: 'definitely-not-a-command --x' }, { cwd: dir });
    expect(r.status).toBe('error');
    expect(r.summary).toContain('command not found');
  });

  it("reads Node's JUnit report: totals and each failure with file and line", async () => {
    const dir = await tempDir();
    await writeFiles(dir, NODE_TESTS);
    const r = await runCheck('command', { run: NODE_JUNIT, junit: 'reports/*.xml' }, { cwd: dir });
    expect(r.status).toBe('fail');
    expect(r.metrics).toMatchObject({ tests: 3, passed: 1, failures: 1, skipped: 1 });
    expect(r.score).toBe(3); // seed 000: up to three failures → 3
    expect(r.summary).toBe('1 of 3 tests failed');
    const failure = r.findings.find((f) => f.message.startsWith('failed:'))!;
    expect(failure).toMatchObject({ file: 'test/math.test.mjs', line: 4 });
    expect(failure.message).toContain('subtracts');
  });

  it('grades many failures lower, with configurable tiers', async () => {
    const dir = await tempDir();
    const cases = Array.from(
      { length: 5 },
      (_, i) => `<testcase name="t${i}" classname="suite"><failure message="nope"/></testcase>`,
    );
    await writeFiles(dir, {
      'r.xml': `<testsuite name="s" tests="6">${cases.join('')}<testcase name="ok"/></testsuite>`,
    });
    const r = await runCheck('command', { run: 'exit 1', junit: 'r.xml' }, { cwd: dir });
    expect(r).toMatchObject({ status: 'fail', score: 2 });
    const custom = await runCheck(
      'command',
      { run: 'exit 1', junit: 'r.xml', grading: [{ maxFailures: 10, score: 4 }, { score: 1 }] },
      { cwd: dir },
    );
    expect(custom.score).toBe(4);
  });

  it('takes file and line from jest-junit and pytest style attributes', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'src/a.test.ts': 'x',
      'junit.xml': `<?xml version="1.0"?>
<testsuites><testsuite name="a">
  <testcase classname="tests.test_api" name="test_get" file="src/a.test.ts" line="12" time="0.1"><failure message="assert 500 == 200">trace</failure></testcase>
  <testcase classname="c" name="boom"><error message="ImportError">at (src/a.test.ts:7:3)</error></testcase>
  <testsuite name="nested"><testcase name="deep"/></testsuite>
</testsuite></testsuites>`,
    });
    const r = await runCheck('command', { run: 'exit 1', junit: 'junit.xml' }, { cwd: dir });
    expect(r.metrics).toMatchObject({ tests: 3, failures: 1, errors: 1, passed: 1 });
    expect(r.findings.filter((f) => f.file).map((f) => [f.file, f.line])).toEqual([
      ['src/a.test.ts', 12],
      ['src/a.test.ts', 7],
    ]);
  });

  it('is an error when a green run wrote no JUnit report, and a failure when a red one did not', async () => {
    const dir = await tempDir();
    const green = await runCheck('command', { run: 'true', junit: 'missing.xml' }, { cwd: dir });
    expect(green).toMatchObject({
      status: 'error',
      summary: 'could not run: no JUnit report at missing.xml',
    });
    const red = await runCheck('command', { run: 'false', junit: 'missing.xml' }, { cwd: dir });
    expect(red.status).toBe('fail');
    await writeFiles(dir, { 'bad.xml': '<html></html>' });
    const bad = await runCheck('command', { run: 'true', junit: 'bad.xml' }, { cwd: dir });
    expect(bad.summary).toContain('not a JUnit XML report');
  });

  it.each([
    [
      'lcov',
      'coverage/lcov.info',
      'TN:\nSF:src/a.ts\nLF:10\nLH:7\nBRF:4\nBRH:1\nend_of_record\nSF:src/b.ts\nLF:10\nLH:10\nend_of_record\n',
      85,
    ],
    [
      'cobertura',
      'coverage/cobertura.xml',
      '<?xml version="1.0"?><coverage line-rate="0.85" branch-rate="0.5"><packages/></coverage>',
      85,
    ],
    [
      'istanbul',
      'coverage/coverage-summary.json',
      '{"total":{"lines":{"total":20,"covered":17,"pct":85},"branches":{"pct":"Unknown"}}}',
      85,
    ],
  ])('reads %s coverage and holds it to a minimum', async (_format, file, content, pct) => {
    const dir = await tempDir();
    await writeFiles(dir, { [file]: content });
    const ok = await runCheck('command', { run: 'true', coverage: { file, min: 80 } }, { cwd: dir });
    expect(ok.status).toBe('pass');
    expect(ok.metrics['coverage.lines']).toBe(pct);
    const low = await runCheck('command', { run: 'true', coverage: { file, min: 90 } }, { cwd: dir });
    expect(low).toMatchObject({ status: 'fail', score: 3 });
    expect(low.findings[0]!.message).toBe(`lines coverage ${pct}% is below the minimum 90%`);
  });

  it('repeat: passes when runs agree and fails naming the first difference', async () => {
    const dir = await tempDir();
    const same = await runCheck(
      'command',
      { run: 'echo "result 42"; echo "took $RANDOM ms"', repeat: { times: 3, ignore: ['took \\d+ ms'] } },
      { cwd: dir },
    );
    expect(same).toMatchObject({ status: 'pass', summary: '3 runs agree' });
    const differ = await runCheck(
      'command',
      { run: 'echo header; echo "value $RANDOM$RANDOM"', repeat: 2 },
      { cwd: dir },
    );
    expect(differ.status).toBe('fail');
    expect(differ.findings[0]!.message).toMatch(
      /^run 2 differs from run 1 at line 2 of output: "value \d+" vs "value \d+"$/,
    );
    expect(differ.evidence).toEqual(['evidence/command/output-1.log', 'evidence/command/output-2.log']);
  });

  it('repeat can compare a file the command writes', async () => {
    const dir = await tempDir();
    const r = await runCheck(
      'command',
      { run: 'date +%N > out.txt', repeat: { times: 2, compare: 'out.txt' } },
      { cwd: dir },
    );
    expect(r.status).toBe('fail');
    expect(r.metrics.differingRuns).toBe(1);
  });

  it('runs in cwd with extra env, and trims huge output to the budget', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'sub/x.txt': 'x' });
    const r = await runCheck(
      'command',
      {
        run: 'ls; echo "$GREETING"; head -c 300000 /dev/zero | tr "\\0" "a"',
        cwd: 'sub',
        env: { GREETING: 'hi' },
        maxOutput: 2048,
      },
      { cwd: dir },
    );
    expect(r.status).toBe('pass');
    const log = await readFile(path.join(dir, 'evidence/command/output.log'), 'utf8');
    expect(log.startsWith('x.txt\nhi\n')).toBe(true);
    expect(log).toMatch(/… \[\d+ bytes omitted\] …/);
    expect(log.length).toBeLessThan(2200);
    expect(r.metrics.outputBytes).toBeGreaterThan(300000);
  });
});
