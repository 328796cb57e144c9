import { readFile, stat, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { killAll, readPids, running } from '../helpers/processes.js';
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

  it('is an error naming the working directory when it does not exist', async () => {
    const dir = await tempDir();
    const r = await runCheck('command', { run: 'true', cwd: 'nope' }, { cwd: dir });
    expect(r).toMatchObject({
      status: 'error',
      summary: `could not run: working directory ${path.join(dir, 'nope')} does not exist`,
    });
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
    expect(r.score).toBe(3); // test rule: up to three failures → 3
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

  it('is an error naming where when a JUnit report is cut short or broken, never a count of what it held', async () => {
    const dir = await tempDir();
    const whole =
      '<testsuites><testsuite name="s"><testcase name="a"/><testcase name="b"><failure message="m">x</failure></testcase></testsuite></testsuites>';
    await writeFiles(dir, {
      // A runner killed while writing its report: the cases after the cut are missing.
      'cut.xml': whole.slice(0, whole.indexOf('<testcase name="b">')),
      'mismatched.xml': '<testsuite name="s"><testcase name="a"></testsuite>',
      'two.xml': '<testsuite name="a"><testcase name="x"/></testsuite><testsuite name="b"/>',
    });
    const summaries = await Promise.all(
      ['cut', 'mismatched', 'two'].map(async (name) => {
        const r = await runCheck('command', { run: 'true', junit: `${name}.xml` }, { cwd: dir });
        expect(r.status, name).toBe('error');
        return r.summary;
      }),
    );
    expect(summaries).toEqual([
      'could not run: cannot read JUnit report cut.xml: not well-formed XML at line 1, column 52: unclosed tag: testsuite',
      'could not run: cannot read JUnit report mismatched.xml: not well-formed XML at line 1, column 51: unexpected close tag',
      'could not run: cannot read JUnit report two.xml: not well-formed XML at line 1, column 63: documents may contain only one root',
    ]);
  });

  it("reads a failure's text whole: character data beside CDATA, a number, entities", async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'r.xml': `<testsuite name="s">
  <testcase name="cdata"><failure><![CDATA[expected a < b]]> but got b &amp; a</failure></testcase>
  <testcase name="number"><failure>42</failure></testcase>
</testsuite>`,
    });
    const r = await runCheck('command', { run: 'exit 1', junit: 'r.xml' }, { cwd: dir });
    expect(r.findings.filter((f) => f.message.startsWith('failed:')).map((f) => f.message)).toEqual([
      'failed: cdata — expected a < b but got b & a',
      'failed: number — 42',
    ]);
  });

  it('reads what a test printed as it came: colour codes raw or as references, an HTML entity', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'r.xml': `<testsuite name="s">
  <testcase name="a&nbsp;b"><failure message="\x1b[31m1 &lt; 2&#27;[0m">x</failure><system-out>\x1b[32mok\x08</system-out></testcase>
  <testcase name="c"/>
</testsuite>`,
      // A raw < in a value is the markup broken, not a character printed: still an error.
      'lt.xml': '<testsuite name="s"><testcase name="1 < 2"/></testsuite>',
    });
    const r = await runCheck('command', { run: 'exit 1', junit: 'r.xml' }, { cwd: dir });
    expect(r.metrics).toMatchObject({ tests: 2, failures: 1, passed: 1 });
    expect(r.findings.filter((f) => f.message.startsWith('failed:')).map((f) => f.message)).toEqual([
      'failed: a&nbsp;b — \ufffd[31m1 < 2\ufffd[0m',
    ]);
    const lt = await runCheck('command', { run: 'true', junit: 'lt.xml' }, { cwd: dir });
    expect(lt).toMatchObject({
      status: 'error',
      summary:
        'could not run: cannot read JUnit report lt.xml: not well-formed XML at line 1, column 39: disallowed character',
    });
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
      '<?xml version="1.0"?><coverage line-rate="0.85" branch-rate="0.5" lines-valid="20" lines-covered="17"><packages/></coverage>',
      85,
    ],
    [
      'cobertura, with a character XML does not allow in a name',
      'coverage/cobertura.xml',
      '<?xml version="1.0"?>\n<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">\n<coverage line-rate="0.85" lines-valid="20"><packages><package name="p\x1b[0m"/></packages></coverage>',
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

/** Starts `sleep` in the ways a command can leave a process behind; each writes its pid to `pids`. */
const LEAVES_CHILDREN = `: > pids
bash -c 'echo $$ >> pids; exec sleep 301' >/dev/null 2>&1 &
setsid bash -c 'echo $$ >> pids; exec sleep 302' >/dev/null 2>&1 &
( nohup bash -c 'echo $$ >> pids; exec sleep 303' >/dev/null 2>&1 & )
bash -c 'trap "" TERM; echo $$ >> pids; while :; do sleep 1; done' >/dev/null 2>&1 &
until [ "$(wc -l < pids)" -ge 4 ]; do sleep 0.05; done
echo started`;

describe.runIf(process.platform === 'linux')('command check: processes end with it', () => {
  it('stops every process the command left behind: background, setsid, double-forked nohup, TERM-ignoring', async () => {
    const dir = await tempDir();
    let pids: number[] = [];
    try {
      const r = await runCheck('command', { run: LEAVES_CHILDREN }, { cwd: dir });
      pids = await readPids(path.join(dir, 'pids'));
      expect(pids).toHaveLength(4);
      expect(pids.filter(running)).toEqual([]);
      expect(r.status).toBe('pass');
      // Four, and whichever `sleep 1` of the loop ran at that moment.
      expect(r.findings.map((f) => [f.level, f.message])).toEqual([
        [
          'notice',
          expect.stringMatching(
            /^[45] process\(es\) the command started in the background still ran when it ended; they were stopped$/,
          ),
        ],
      ]);
    } finally {
      killAll(pids);
    }
  });

  it('a background child holding stdout does not turn exit 0 into a timeout', async () => {
    const dir = await tempDir();
    let pids: number[] = [];
    try {
      const r = await runCheck(
        'command',
        {
          run: "bash -c 'echo $$ > pids; exec sleep 304' & until [ -s pids ]; do sleep 0.05; done; echo done",
        },
        { cwd: dir, extra: { timeoutMs: 20_000 } },
      );
      pids = await readPids(path.join(dir, 'pids'));
      expect(r).toMatchObject({ status: 'pass', metrics: { exitCode: 0 } });
      expect(await readFile(path.join(dir, 'evidence/command/output.log'), 'utf8')).toBe('done\n');
      expect(pids.filter(running)).toEqual([]);
    } finally {
      killAll(pids);
    }
  });

  it('keeps the exit code of the main process when a child holds stdout', async () => {
    const dir = await tempDir();
    let pids: number[] = [];
    try {
      const r = await runCheck(
        'command',
        { run: "bash -c 'echo $$ > pids; exec sleep 305' & until [ -s pids ]; do sleep 0.05; done; exit 3" },
        { cwd: dir, extra: { timeoutMs: 20_000 } },
      );
      pids = await readPids(path.join(dir, 'pids'));
      expect(r).toMatchObject({ status: 'fail', summary: 'exit 3' });
      expect(pids.filter(running)).toEqual([]);
    } finally {
      killAll(pids);
    }
  });

  it('is an error when a green run wrote a JUnit report without a single test case, unless allowNoTests', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'r.xml': '<testsuites><testsuite name="none" tests="0"></testsuite></testsuites>',
    });
    const empty = await runCheck('command', { run: 'true', junit: 'r.xml' }, { cwd: dir });
    expect(empty).toMatchObject({
      status: 'error',
      summary:
        'could not run: r.xml holds no test case: nothing was tested (set allowNoTests: true if that is expected)',
      metrics: { tests: 0 },
    });
    const allowed = await runCheck(
      'command',
      { run: 'true', junit: 'r.xml', allowNoTests: true },
      { cwd: dir },
    );
    expect(allowed).toMatchObject({ status: 'pass', summary: '0/0 tests passed' });
    const red = await runCheck('command', { run: 'false', junit: 'r.xml' }, { cwd: dir });
    expect(red.status).toBe('fail');
  });
});

describe('command check: coverage that measured nothing is not 100%', () => {
  it.each([
    [
      'lcov records with LF:0',
      'lcov.info',
      'TN:\nSF:src/a.ts\nLF:0\nLH:0\nend_of_record\n',
      'could not run: lcov coverage report lcov.info measured no lines: no line data in 1 record(s) (LF is 0 or absent)',
    ],
    [
      'lcov records without any line data',
      'lcov.info',
      'SF:src/a.ts\nend_of_record\nSF:src/b.ts\nend_of_record\n',
      'could not run: lcov coverage report lcov.info measured no lines: no line data in 2 record(s) (LF is 0 or absent)',
    ],
    [
      'lcov with unreadable DA lines',
      'lcov.info',
      'SF:src/a.ts\nDA:one,1\nDA:two\nend_of_record\n',
      'could not run: cannot read coverage lcov.info: lcov line 2: unreadable DA record "DA:one,1"',
    ],
    [
      'Cobertura with lines-valid="0"',
      'cobertura.xml',
      '<coverage line-rate="1" branch-rate="1" lines-valid="0" lines-covered="0" branches-valid="0"><packages/></coverage>',
      'could not run: cobertura coverage report cobertura.xml measured no lines: lines-valid="0": no line was measured',
    ],
    [
      'Cobertura without any <line>',
      'cobertura.xml',
      '<coverage line-rate="1"><packages><package name="p"><classes/></package></packages></coverage>',
      'could not run: cobertura coverage report cobertura.xml measured no lines: the report has no lines-valid and no <line> element',
    ],
    [
      'Cobertura with a line-rate that is not a number',
      'cobertura.xml',
      '<coverage line-rate="lots" lines-valid="10"/>',
      'could not run: cannot read coverage cobertura.xml: Cobertura line-rate="lots" is not a rate between 0 and 1',
    ],
    [
      'Cobertura cut short (its writer died), whose rates are on the part that was written',
      'cobertura.xml',
      '<coverage line-rate="0.9" lines-valid="10"><packages><package name="p">',
      'could not run: cannot read coverage cobertura.xml: not well-formed XML at line 1, column 71: unclosed tag: package',
    ],
    [
      'Istanbul with total 0 (pct "Unknown")',
      'coverage-summary.json',
      '{"total":{"lines":{"total":0,"covered":0,"skipped":0,"pct":"Unknown"}}}',
      'could not run: istanbul coverage report coverage-summary.json measured no lines: total.lines counts nothing (total 0)',
    ],
    [
      'Istanbul with total 0 and pct 100',
      'coverage-summary.json',
      '{"total":{"lines":{"total":0,"covered":0,"skipped":0,"pct":100}}}',
      'could not run: istanbul coverage report coverage-summary.json measured no lines: total.lines counts nothing (total 0)',
    ],
  ])('%s is an error with the reason', async (_what, file, content, summary) => {
    const dir = await tempDir();
    await writeFiles(dir, { [file]: content });
    const r = await runCheck('command', { run: 'true', coverage: { file, min: 80 } }, { cwd: dir });
    expect(r).toMatchObject({ status: 'error', summary });
  });

  it('lcov without LF/LH totals is counted from its DA and BRDA lines', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'lcov.info': 'SF:a.ts\nDA:1,1\nDA:2,0\nDA:3,4\nDA:4,1\nBRDA:1,0,0,1\nBRDA:1,0,1,-\nend_of_record\n',
    });
    const lines = await runCheck(
      'command',
      { run: 'true', coverage: { file: 'lcov.info', min: 70 } },
      { cwd: dir },
    );
    expect(lines).toMatchObject({ status: 'pass', metrics: { 'coverage.lines': 75 } });
    const branches = await runCheck(
      'command',
      { run: 'true', coverage: { file: 'lcov.info', min: 70, metric: 'branches' } },
      { cwd: dir },
    );
    expect(branches).toMatchObject({ status: 'fail', metrics: { 'coverage.branches': 50 } });
  });
});

describe('command check: paths stay in the workspace', () => {
  async function layout() {
    const parent = await tempDir();
    await writeFiles(parent, {
      'outside/junit.xml': '<testsuite name="s"><testcase name="ok"/></testsuite>',
      'outside/lcov.info': 'SF:a.ts\nLF:10\nLH:10\nend_of_record\n',
      'repo/package.json': '{}',
    });
    const repo = path.join(parent, 'repo');
    await symlink(path.join(parent, 'outside'), path.join(repo, 'reports'));
    return { parent, repo };
  }

  it.each([
    [{ cwd: '..' }, 'working directory .. is outside the workspace'],
    [{ cwd: 'reports' }, 'working directory reports is outside the workspace'],
    [{ junit: '../outside/junit.xml' }, 'JUnit report ../outside/junit.xml is outside the workspace'],
    [{ junit: 'reports/*.xml' }, 'JUnit report reports is outside the workspace'],
    [{ junit: '**/junit.xml' }, 'JUnit report reports/junit.xml is outside the workspace'],
    [
      { coverage: { file: 'reports/lcov.info', min: 50 } },
      'coverage report reports/lcov.info is outside the workspace',
    ],
    [{ coverage: { file: '/etc/passwd', min: 50 } }, 'coverage report /etc/passwd is outside the workspace'],
    [
      { repeat: { times: 2, compare: '../outside/junit.xml' } },
      'repeat.compare file ../outside/junit.xml is outside the workspace',
    ],
  ])('%j is an error naming the path', async (extra, summary) => {
    const { repo } = await layout();
    const r = await runCheck('command', { run: 'touch ran-here', ...extra }, { cwd: repo });
    expect(r.status).toBe('error');
    expect(r.summary).toContain(`could not run: ${summary}`);
    expect(r.summary).toContain('set allowOutsideWorkspace: true on the check to read it');
  });

  it('never runs the command in a working directory outside the workspace', async () => {
    const { parent, repo } = await layout();
    await runCheck('command', { run: 'touch ran-here', cwd: 'reports' }, { cwd: repo });
    await expect(stat(path.join(parent, 'outside/ran-here'))).rejects.toThrow(/ENOENT/);
  });

  it('with allowOutsideWorkspace it reads them, and the report names each path', async () => {
    const { parent, repo } = await layout();
    const r = await runCheck(
      'command',
      {
        run: 'true',
        junit: 'reports/junit.xml',
        coverage: { file: 'reports/lcov.info', min: 50 },
        allowOutsideWorkspace: true,
      },
      { cwd: repo },
    );
    expect(r).toMatchObject({ status: 'pass', metrics: { tests: 1, 'coverage.lines': 100 } });
    expect(r.findings.map((f) => f.message)).toEqual([
      `JUnit report reports/junit.xml is outside the workspace (${path.join(parent, 'outside/junit.xml')}); read because allowOutsideWorkspace is set`,
      `coverage report reports/lcov.info is outside the workspace (${path.join(parent, 'outside/lcov.info')}); read because allowOutsideWorkspace is set`,
    ]);
  });
});
