import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as toolkit from '@actions/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as step from '../../src/action/step.js';
import { parseOutputs } from '../e2e/harness/runner.js';
import { tempDir } from '../helpers/fs.js';

/**
 * The action's own side of the runner protocol (src/action/step.ts) against the toolkit's
 * @actions/core, which it replaces: the same bytes on stdout for every workflow command, and
 * files the runner reads back to the same values. @actions/core stays installed (the artifact
 * client uses it), so it is the reference here.
 */

const saved = { ...process.env };
let temp: string;

beforeEach(async () => {
  temp = await tempDir('pg-step-');
});
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  process.exitCode = undefined;
});

/** What `fn` writes to stdout, whole. */
function stdoutOf(fn: () => void): string {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    fn();
    return out.mock.calls.map((c) => String(c[0])).join('');
  } finally {
    out.mockRestore();
  }
}

/** Text that needs every escape the runner knows, and looks like commands of its own. */
const NASTY = [
  'plain',
  '',
  '100% done',
  'two\nlines',
  'crlf\r\nline',
  '%0A is not a newline, %25 is not a percent',
  '::error::not a command',
  'key=value,other: x',
  'ünïcödé ✔ ⛔',
];

describe('workflow commands on stdout', () => {
  it('writes notice, warning, error, debug, add-mask and groups byte for byte as the toolkit does', () => {
    for (const text of NASTY) {
      const props = {
        title: `title: ${text}`,
        file: `dir,with:odd/${text}.yml`,
        startLine: 3,
        endLine: 4,
        startColumn: 5,
        endColumn: 9,
      };
      const ours = stdoutOf(() => {
        step.notice(text);
        step.notice(text, props);
        step.warning(text, { title: props.title });
        step.error(text, { file: props.file, startLine: 7 });
        step.debug(text);
        step.setSecret(text || 'x');
        step.startGroup(text);
        step.endGroup();
        step.info(text);
      });
      const theirs = stdoutOf(() => {
        toolkit.notice(text);
        toolkit.notice(text, props);
        toolkit.warning(text, { title: props.title });
        toolkit.error(text, { file: props.file, startLine: 7 });
        toolkit.debug(text);
        toolkit.setSecret(text || 'x');
        toolkit.startGroup(text);
        toolkit.endGroup();
        toolkit.info(text);
      });
      expect(ours, JSON.stringify(text)).toBe(theirs);
    }
  });

  it('keeps each command on one line, with the separators of properties escaped', () => {
    const out = stdoutOf(() =>
      step.error('a\nb\r\nc %', { title: 'x: y, z', file: 'a,b:c.yml', startLine: 12, startColumn: 2 }),
    );
    expect(out).toBe('::error title=x%3A y%2C z,file=a%2Cb%3Ac.yml,line=12,col=2::a%0Ab%0D%0Ac %25\n');
  });

  it('leaves out properties without a value', () => {
    const out = stdoutOf(() => step.warning('w', { title: 'T', file: undefined, startLine: undefined }));
    expect(out).toBe('::warning title=T::w\n');
  });

  it('setFailed is an error annotation and exit code 1', () => {
    const out = stdoutOf(() => step.setFailed('held'));
    expect(out).toBe('::error::held\n');
    expect(process.exitCode).toBe(1);
  });
});

describe('outputs and environment through the runner files', () => {
  it('writes outputs the runner reads back whole: several lines, empty, and text like a delimiter', async () => {
    const file = path.join(temp, 'github_output');
    await writeFile(file, '');
    process.env.GITHUB_OUTPUT = file;
    const values: Record<string, string> = {
      verdict: 'promote',
      empty: '',
      lines: 'first\nsecond\n\nfourth',
      fake: 'ghadelimiter_00000000-0000-0000-0000-000000000000\nafter',
      heredoc: 'x<<EOF\ny\nEOF',
    };
    for (const [k, v] of Object.entries(values)) step.setOutput(k, v);
    const text = await readFile(file, 'utf8');
    expect(parseOutputs(text)).toEqual(values);
    // The toolkit's shape: `name<<ghadelimiter_<uuid>`, a fresh delimiter for every value.
    const delimiters = [...text.matchAll(/^[a-z]+<<(ghadelimiter_[0-9a-f-]{36})$/gm)].map((m) => m[1]);
    expect(delimiters).toHaveLength(5);
    expect(new Set(delimiters).size).toBe(5);
  });

  it('writes the same blocks as the toolkit, but for the random delimiter', async () => {
    const ours = path.join(temp, 'ours');
    const theirs = path.join(temp, 'theirs');
    await writeFile(ours, '');
    await writeFile(theirs, '');
    for (const v of NASTY) {
      process.env.GITHUB_OUTPUT = ours;
      step.setOutput('value', v);
      process.env.GITHUB_OUTPUT = theirs;
      toolkit.setOutput('value', v);
    }
    const norm = (t: string) => t.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER');
    expect(norm(await readFile(ours, 'utf8'))).toBe(norm(await readFile(theirs, 'utf8')));
  });

  it('refuses a name the runner would read differently, and a file the runner did not make', async () => {
    const file = path.join(temp, 'github_output');
    await writeFile(file, '');
    process.env.GITHUB_OUTPUT = file;
    expect(() => step.setOutput('a=b', 'v')).toThrow(/without "=" or "<<"/);
    expect(() => step.setOutput('a<<b', 'v')).toThrow(/without "=" or "<<"/);
    expect(() => step.setOutput('a\nb', 'v')).toThrow(/on one line/);
    expect(() => step.setOutput('', 'v')).toThrow(/non-empty/);
    expect(await readFile(file, 'utf8')).toBe('');
    await rm(file);
    expect(() => step.setOutput('verdict', 'hold')).toThrow(
      `GITHUB_OUTPUT names ${file}, which does not exist`,
    );
  });

  it('exports a variable to the later steps (GITHUB_ENV) and to this process', async () => {
    const file = path.join(temp, 'github_env');
    await writeFile(file, '');
    process.env.GITHUB_ENV = file;
    step.exportVariable('PG_NOTE', 'one\ntwo');
    expect(process.env.PG_NOTE).toBe('one\ntwo');
    expect(parseOutputs(await readFile(file, 'utf8'))).toEqual({ PG_NOTE: 'one\ntwo' });
  });

  it('without GITHUB_OUTPUT, falls back to the set-output command as the toolkit does', () => {
    delete process.env.GITHUB_OUTPUT;
    const ours = stdoutOf(() => step.setOutput('score', '5\n%'));
    const theirs = stdoutOf(() => toolkit.setOutput('score', '5\n%'));
    expect(ours).toBe(theirs);
  });
});

describe('inputs', () => {
  it('reads INPUT_<NAME> (spaces as _, upper case), trimmed, and lines as the toolkit does', () => {
    process.env['INPUT_FAIL-ON'] = '  never \n';
    process.env.INPUT_MY_LIST = '  a=1\n\n  \n b=2  \n';
    expect(step.getInput('fail-on')).toBe('never');
    expect(step.getInput('my list')).toBe(toolkit.getInput('my list'));
    expect(step.getMultilineInput('my list')).toEqual(toolkit.getMultilineInput('my list'));
    expect(step.getInput('absent')).toBe('');
  });
});

describe('job summary', () => {
  it('appends to the file GITHUB_STEP_SUMMARY names at each call', async () => {
    const a = path.join(temp, 'summary-a');
    const b = path.join(temp, 'summary-b');
    await writeFile(a, 'before\n');
    await writeFile(b, '');
    process.env.GITHUB_STEP_SUMMARY = a;
    await step.appendSummary('## one\n');
    await step.appendSummary('two\n');
    // A later step (or a test) with another file: no path is kept from the first call.
    process.env.GITHUB_STEP_SUMMARY = b;
    await step.appendSummary('three\n');
    expect(await readFile(a, 'utf8')).toBe('before\n## one\ntwo\n');
    expect(await readFile(b, 'utf8')).toBe('three\n');
  });

  it('says why when there is no summary file to write', async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    await expect(step.appendSummary('x')).rejects.toThrow('GITHUB_STEP_SUMMARY is not set');
    process.env.GITHUB_STEP_SUMMARY = path.join(temp, 'missing', 'summary');
    await expect(step.appendSummary('x')).rejects.toThrow(/cannot write the job summary file/);
  });
});
