import { parseEnv } from 'node:util';
import { z } from 'zod';
import { regex } from '../fields.js';
import type { CheckOutcome, Finding } from '../../core/types.js';
import { allowOutsideWorkspaceField, readRegularFile, Workspace, WorkspacePathError } from '../paths.js';
import { defineCheck } from '../types.js';

/** A dotenv file is a few lines; anything this big is not one. */
const MAX_ENV_FILE_BYTES = 1024 * 1024;

const rule = z.strictObject({
  required: z.boolean().default(true).describe('The variable must be set and non-empty'),
  equals: z.string().optional().describe('Exact value required'),
  values: z.array(z.string()).min(1).optional().describe('Allowed values (e.g. [production, prod])'),
  pattern: regex.optional().describe('Regular expression the value must match'),
  notIn: z.array(z.string()).optional().describe('Values that are refused, e.g. known defaults'),
  minLength: z.int().min(1).optional(),
  secret: z
    .boolean()
    .optional()
    .describe('Never show the value (default: true unless equals or values are given)'),
});

/**
 * The variables by name. A Map, not a plain object: a variable named like a built-in member
 * (`constructor`, `toString`, `__proto__`) is looked up as a name, never found on a prototype.
 */
function variables(source: Readonly<Record<string, string | undefined>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of Object.entries(source)) if (typeof value === 'string') out.set(name, value);
  return out;
}

export const envCheck = defineCheck({
  type: 'env',
  description: 'Environment variables are set, not a known default, and match a pattern or allowed values',
  defaults: { category: 'safety', enforcement: 'required' },
  workTree: (spec) => (spec.file !== undefined ? 'observes' : undefined),
  fields: z.object({
    file: z.string().optional().describe('A dotenv file to read instead of the process environment'),
    vars: z.record(z.string(), rule).describe('Rules per variable name'),
    allowOutsideWorkspace: allowOutsideWorkspaceField,
  }),
  async run(spec, ctx): Promise<CheckOutcome> {
    let env = variables(ctx.env);
    const ws = new Workspace(ctx.cwd, spec.allowOutsideWorkspace);
    if (spec.file) {
      try {
        const file = await ws.resolve('env file', spec.file);
        const text = (await readRegularFile(file.real, MAX_ENV_FILE_BYTES)).toString('utf8');
        env = variables(parseEnv(text) as Record<string, string>);
      } catch (err) {
        if (err instanceof WorkspacePathError) return { status: 'error', summary: err.message };
        return { status: 'error', summary: `cannot read env file ${spec.file}: ${(err as Error).message}` };
      }
    }
    const findings: Finding[] = [];
    // Null prototype: `seen.__proto__ = …` records a variable rather than set a prototype.
    const seen = Object.create(null) as Record<string, string>;
    for (const [name, r] of Object.entries(spec.vars)) {
      const value = env.get(name);
      const secret = r.secret ?? !(r.equals !== undefined || r.values !== undefined);
      if (secret && value) ctx.secret(value);
      // A secret's value is a live credential: nothing of it is shown, not even its ends.
      const show = (v: string) => (secret ? `*** (${v.length} chars)` : JSON.stringify(v));
      const fail = (message: string) =>
        findings.push({ level: 'failure', message: `${name}: ${message}`, file: spec.file });
      if (value === undefined || value === '') {
        seen[name] = 'unset';
        if (r.required) fail('is not set');
        continue;
      }
      seen[name] = secret ? `set (${value.length} chars)` : JSON.stringify(value);
      if (r.equals !== undefined && value !== r.equals)
        fail(`is ${show(value)}, expected ${JSON.stringify(r.equals)}`);
      if (r.values && !r.values.includes(value))
        fail(`is ${show(value)}, expected one of ${r.values.map((v) => JSON.stringify(v)).join(', ')}`);
      if (r.pattern && !new RegExp(r.pattern).test(value))
        fail(`is ${show(value)}, does not match /${r.pattern}/`);
      if (r.notIn?.includes(value))
        fail(`is set to a refused default value${secret ? '' : ` ${show(value)}`}`);
      if (r.minLength !== undefined && value.length < r.minLength)
        fail(`is ${value.length} characters long, expected at least ${r.minLength}`);
    }
    await ctx.evidence.write('env.json', { source: spec.file ?? 'process environment', vars: seen });
    const n = Object.keys(spec.vars).length;
    const notices = ws.findings();
    if (findings.length === 0)
      return { status: 'pass', summary: `${n} variable(s) meet their rules`, findings: notices };
    return {
      status: 'fail',
      summary:
        findings.length === 1
          ? findings[0]!.message
          : `${findings.length} of ${n} variable rules broken, first: ${findings[0]!.message}`,
      findings: [...findings, ...notices],
    };
  },
});
