import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStreamLogger, type Logger } from '../../src/adapters/logger.js';
import { runGate } from '../../src/app/gate.js';
import { Planter } from '../change/plant.js';
import { commit, makeRepo, PLAIN_ENV } from '../change/repo.js';
import { tempDir } from '../helpers/fs.js';

const CONFIG = `version: 1
profiles:
  prod: { checks: [secrets, other] }
checks:
  secrets: { type: secrets }
  other: { type: files, paths: [README.md] }
`;

async function allFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await allFiles(p)));
    else out.push(p);
  }
  return out;
}

/** Pieces of a value that must not appear: the whole, and every 12-character window past what a mask shows. */
function fragments(secret: string): string[] {
  const out = [secret];
  for (let i = 4; i + 12 <= secret.length - 2; i++) out.push(secret.slice(i, i + 12));
  return out;
}

describe('no secret value reaches any output of a full gate run', () => {
  it('report.json, report.md, every evidence file and every log line hold only redacted forms', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.uniqueArray(fc.nat({ max: 28 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('', '  ', '\t- ', '# '),
        async (seed, picks, indent) => {
          const dir = await tempDir();
          const p = new Planter(seed);
          const kinds = p.kinds();
          expect(kinds).toHaveLength(29);
          const chosen = picks.map((i) => kinds[i]!);
          const pem = p.pem();
          const accepted = `ghp_${p.chars(36)}`;
          const base = await makeRepo(dir, { 'README.md': '# app\n', '.github/promotion-gate.yml': CONFIG });
          const files: Record<string, string> = {
            'keys/deploy.pem': pem.text,
            'src/allowed.ts': `const t = "${accepted}"; // promotion-gate:allow-secret\n`,
          };
          for (const k of chosen) files[k.file] = `${files[k.file] ?? ''}${indent}${k.line}\n`;
          const head = await commit(dir, files);

          const lines: string[] = [];
          const masked: string[] = [];
          const stream = createStreamLogger({ write: (l) => lines.push(l), verbose: true });
          const logger: Logger = { ...stream, mask: (v) => void masked.push(v) };
          const run = await runGate({
            configPath: path.join(dir, '.github/promotion-gate.yml'),
            profile: 'prod',
            inputs: {},
            env: PLAIN_ENV,
            cwd: dir,
            base,
            head,
            logger,
          });

          const secrets = [...chosen.map((k) => k.secret), pem.body, accepted];
          const check = run.report.checks.find((c) => c.id === 'secrets')!;
          // The property is only worth something if the findings are there, redacted.
          expect(check.status).toBe('fail');
          expect(check.findings.filter((f) => f.level === 'failure').length).toBe(chosen.length + 1);
          expect(run.report.verdict).toBe('hold');
          expect(run.report.git.range).toMatchObject({ base, head, source: 'input' });
          for (const s of secrets) expect(masked).toContain(s);

          const outputs: [string, string][] = [['log', lines.join('\n')]];
          for (const f of await allFiles(run.outDir))
            outputs.push([path.relative(run.outDir, f), await readFile(f, 'utf8')]);
          expect(outputs.map(([n]) => n)).toEqual(
            expect.arrayContaining([
              'report.json',
              'report.md',
              'manifest.json',
              'evidence/secrets/findings.json',
              'evidence/secrets/baseline-candidates.txt',
            ]),
          );
          for (const [name, text] of outputs)
            for (const s of secrets)
              for (const frag of fragments(s))
                expect(text.includes(frag), `${name} holds part of a planted secret`).toBe(false);
        },
      ),
      { numRuns: 6 },
    );
  });
});
