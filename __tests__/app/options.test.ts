import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument, visit } from 'yaml';
import { input } from '../../src/action/inputs.js';
import { conclusions, OPTIONS, type OptionName } from '../../src/app/options.js';
import { cliValue } from '../../src/cli/options.js';

const withInput = <T>(name: string, value: string, read: () => T): T => {
  const key = `INPUT_${name.toUpperCase()}`;
  process.env[key] = value;
  try {
    return read();
  } finally {
    delete process.env[key];
  }
};

describe('one description of the options, read by both front ends', () => {
  it('reads good values and names the input or the flag in every error', () => {
    expect(withInput('comment', 'false', () => input('comment'))).toBe('off');
    expect(withInput('comment', '', () => input('comment'))).toBe('update');
    expect(() => withInput('comment', 'sometimes', () => input('comment'))).toThrow(
      'input comment: expected "update", "minimize", "delete" or "off", got "sometimes"',
    );
    expect(() => cliValue('comment', 'sometimes')).toThrow(
      '--comment: expected "update", "minimize", "delete" or "off", got "sometimes"',
    );
    expect(withInput('check-run', 'false', () => input('checkRun'))).toBe(false);
    expect(() => withInput('check-run', 'yes', () => input('checkRun'))).toThrow(
      'input check-run: expected true or false',
    );
    expect(() => withInput('retention-days', '0', () => input('retentionDays'))).toThrow(
      'input retention-days: expected a whole number from 1 to 400, got "0"',
    );
    expect(withInput('api-timeout', '1.5s', () => input('apiTimeout'))).toBe(1500);
    expect(() => cliValue('apiTimeout', '30')).toThrow('--api-timeout: expected a duration like 30s or 2m');
    expect(conclusions(['promote-with-hotfix=success', '# comment', 'hold: action_required'], 'x')).toEqual({
      'auto-promote': 'success',
      'promote-with-hotfix': 'success',
      hold: 'action_required',
    });
    expect(() => conclusions(['hold=stale'], 'input check-run-conclusions')).toThrow(
      'input check-run-conclusions: conclusion "stale" is not one of success, neutral, failure, action_required, skipped',
    );
    expect(() => conclusions(['held=failure'], 'input check-run-conclusions')).toThrow(
      'input check-run-conclusions: expected <auto-promote|promote-with-hotfix|hold>=<conclusion>, got "held=failure"',
    );
    expect(() => conclusions(['constructor=success'], 'x')).toThrow('expected <auto-promote');
  });

  it('gives the same value for the same text through the action and the CLI', () => {
    const cases: [OptionName, string][] = [
      ['failOn', 'never'],
      ['comment', 'minimize'],
      ['commentWhen', 'hold-or-change'],
      ['maxAnnotations', '7'],
      ['apiRetries', '0'],
      ['apiTimeout', '2m'],
      ['prNumber', '12'],
      ['runId', '99'],
    ];
    for (const [key, text] of cases)
      expect(withInput(OPTIONS[key].name, text, () => input(key))).toEqual(cliValue(key, text));
    const lines = ['hold=action_required', 'promote: neutral'];
    expect(withInput('check-run-conclusions', lines.join('\n'), () => input('checkRunConclusions'))).toEqual(
      cliValue('checkRunConclusions', lines),
    );
    expect(withInput('inputs', 'a=1\nb=x=y', () => input('inputs'))).toEqual(
      cliValue('inputs', ['a=1', 'b=x=y']),
    );
  });

  it('reads input names as data: no member of a plain object is an input', () => {
    const values = cliValue('inputs', ['constructor=1', '__proto__=2', 'toString=3']);
    expect(Object.keys(values)).toEqual(['constructor', '__proto__', 'toString']);
    expect(values.constructor).toBe('1');
    expect(cliValue('inputs', []).constructor).toBeUndefined();
  });

  it('action.yml declares exactly these inputs, with the same descriptions and defaults', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as {
      inputs: Record<string, { description: string; default?: string }>;
    };
    const specs = Object.values(OPTIONS);
    if (process.env.UPDATE_DOCS) {
      const doc = parseDocument(readFileSync('action.yml', 'utf8'));
      const inputs: Record<string, { description: string; default?: string }> = {};
      for (const s of specs)
        inputs[s.name] = {
          description: s.description,
          ...(s.default !== undefined ? { default: s.default } : {}),
        };
      const node = doc.createNode(inputs);
      // YAML 1.1 readers take a bare off/on/yes/no as a boolean: keep such defaults quoted.
      visit(node, {
        Scalar(_key, scalar) {
          if (typeof scalar.value === 'string' && /^(on|off|yes|no|y|n)$/i.test(scalar.value))
            scalar.type = 'QUOTE_SINGLE';
        },
      });
      doc.set('inputs', node);
      writeFileSync('action.yml', doc.toString({ lineWidth: 0 }));
      return;
    }
    expect(Object.keys(action.inputs)).toEqual(specs.map((s) => s.name));
    for (const s of specs) {
      expect(action.inputs[s.name]!.description.trim(), s.name).toBe(s.description.trim());
      expect(action.inputs[s.name]!.default, s.name).toBe(s.default);
    }
  });
});

describe('the README documents the action as action.yml declares it', () => {
  it('has the generated table of inputs and outputs between its markers (UPDATE_DOCS=1 rewrites it)', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as {
      inputs: Record<string, { description: string; default?: string }>;
      outputs: Record<string, { description: string }>;
    };
    const cell = (s: string) =>
      s
        .trim()
        .replace(/\s*\n\s*/g, ' ')
        .replace(/\|/g, '\\|');
    const table = [
      '| input | default | meaning |',
      '| --- | --- | --- |',
      ...Object.entries(action.inputs).map(
        ([name, i]) =>
          `| \`${name}\` | ${i.default ? `\`${cell(i.default)}\`` : ''} | ${cell(i.description)} |`,
      ),
      '',
      '| output | meaning |',
      '| --- | --- |',
      ...Object.entries(action.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`),
    ].join('\n');
    const readme = readFileSync('README.md', 'utf8');
    const start = '<!-- action-reference:start (generated from action.yml) -->';
    const end = '<!-- action-reference:end -->';
    const a = readme.indexOf(start);
    const b = readme.indexOf(end);
    expect(a, 'README markers').toBeGreaterThan(0);
    const current = readme.slice(a + start.length, b).trim();
    if (process.env.UPDATE_DOCS && current !== table)
      writeFileSync('README.md', `${readme.slice(0, a + start.length)}\n\n${table}\n\n${readme.slice(b)}`);
    else expect(current).toBe(table);
  });
});
