import { z } from 'zod';
import { globPathspecs } from '../../change/pathspec.js';
import { regex } from '../fields.js';
import type { CheckOutcome, Finding } from '../../core/types.js';
import { formatBytes } from '../../core/format.js';
import { changeFor, rangeLabel, rangeMetrics } from '../changeRange.js';
import { inBaseline, readBaseline } from './baseline.js';
import type { SecretsScanEvent, SecretsScanOptions, SecretsScanResult } from './portable.js';
import { RULES } from './rules.js';
import type { SecretHit } from './scanner.js';
import { defineCheck } from '../types.js';

/** Findings kept in report.json; every one is in the evidence file. */
const MAX_FINDINGS = 200;
/** Hits kept in memory; beyond it they are only counted. */
const MAX_HITS = 20_000;
const RULE_IDS = [...new Set(RULES.map((r) => r.id))];

const customRule = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
  title: z.string().optional(),
  pattern: regex.describe('Regex; its named group `secret` (or the whole match) is the value'),
  keywords: z
    .array(z.string().min(2))
    .optional()
    .describe(
      'Substrings one of which a line must hold before the regex runs (speed); default: none, every line',
    ),
  entropy: z.number().min(0).max(8).optional().describe('Minimum Shannon entropy of the value'),
  level: z.enum(['failure', 'warning']).optional(),
});

function finding(hit: SecretHit, acceptedBy?: string): Finding {
  // A value a later commit removed is still in the history, wherever the branch is pushed: it
  // counts as one in the diff does, and is shown by its commit (no line at head holds it).
  const history = hit.commit
    ? ` — added in commit ${hit.commit.slice(0, 12)} (line ${hit.line}), not in the file at head: it stays in the history; rotate it`
    : '';
  return {
    level: acceptedBy ? 'notice' : hit.level,
    message: `${hit.title}: ${hit.redacted}${history}${acceptedBy ? ` — accepted (${acceptedBy})` : ''}`,
    file: hit.file,
    ...(hit.commit ? {} : { line: hit.line }),
    fingerprint: hit.fingerprint,
  };
}

export const secretsCheck = defineCheck({
  type: 'secrets',
  description:
    'No secret (cloud keys, tokens, private keys, passwords…) in the lines added between base and head; findings are redacted',
  defaults: { category: 'safety', enforcement: 'hard' },
  readsWholeDiff: (spec) => spec.paths.length === 0 && spec.exclude.length === 0,
  fields: z.object({
    paths: z
      .array(z.string().min(1))
      .default([])
      .describe('Globs of files to scan (default: every changed file)'),
    exclude: z.array(z.string().min(1)).default([]).describe('Globs of files never scanned'),
    allowPaths: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'Globs of files whose findings are accepted (e.g. test fixtures); they are counted, not scanned',
      ),
    allowPatterns: z.array(regex).default([]).describe('Regexes; a found value matching one is accepted'),
    inlineMarkers: z
      .array(z.string().min(3))
      .default(['promotion-gate:allow-secret', 'gitleaks:allow', 'pragma: allowlist secret'])
      .describe('A line holding one of these (in a comment) is accepted'),
    baseline: z
      .string()
      .optional()
      .describe(
        'File of accepted finding fingerprints, one per line (see baseline-candidates.txt in the evidence)',
      ),
    minEntropy: z
      .number()
      .min(0)
      .max(8)
      .default(3)
      .describe('Shannon entropy (bits/char) a value assigned to a secret-sounding name needs to count'),
    disableRules: z
      .array(z.enum(RULE_IDS as [string, ...string[]]))
      .default([])
      .describe('Built-in rules to turn off, by id (the `rule` of each finding in findings.json)'),
    rules: z.array(customRule).default([]).describe('Extra rules'),
  }),
  async run(spec, ctx): Promise<CheckOutcome> {
    const change = ctx.change;
    if (!change) return (await changeFor(ctx)).outcome!;
    let baseline = new Set<string>();
    if (spec.baseline) {
      try {
        baseline = await readBaseline(ctx.cwd, spec.baseline);
      } catch (err) {
        return { status: 'error', summary: (err as Error).message };
      }
    }
    const options: SecretsScanOptions = {
      disableRules: spec.disableRules,
      rules: spec.rules,
      minEntropy: spec.minEntropy,
      allowPatterns: spec.allowPatterns,
      inlineMarkers: spec.inlineMarkers,
      allowPaths: spec.allowPaths,
      maxHits: MAX_HITS,
    };
    // The scanner loads when a scan runs, not with the config's schema (which needs the rules'
    // ids alone).
    const { secretsScan } = await import('./portable.js');
    // Asked for before the range is known: the scan's thread starts and loads its rules while
    // the range is resolved, and its git starts the moment the range is known. A range that
    // cannot be resolved fails the scan too; the range's own error is what the check says.
    const scanning = change.scanPortable(
      { kind: 'secrets', options, factory: secretsScan },
      {
        paths: spec.paths.length || spec.exclude.length ? globPathspecs(spec.paths, spec.exclude) : undefined,
        signal: ctx.signal,
        // Registered as found, a key's body whole too (each of its lines is masked on its own as
        // well); outputs are redacted when the bundle is sealed, so what other checks wrote
        // before is masked as well.
        onEvent: (e) => {
          const { secret, body } = e as SecretsScanEvent;
          ctx.secret(secret);
          if (body !== undefined) ctx.secret(body);
        },
      },
    );
    scanning.catch(() => undefined); // awaited below, once the range is known
    const got = await changeFor(ctx);
    if (got.outcome) {
      await scanning.catch(() => undefined);
      return got.outcome;
    }
    const { range } = got;
    const scanned = await scanning;
    const stats = scanned.stats;
    const { hits, total, skippedFiles, scannedFiles, binaryScanned, unread, rules } =
      scanned.result as SecretsScanResult;

    const counted: Finding[] = [];
    const accepted: Finding[] = [];
    for (const hit of hits) {
      const by = hit.allowedBy ?? (inBaseline(baseline, hit.fingerprint) ? 'baseline' : undefined);
      (by ? accepted : counted).push(finding(hit, by));
    }
    const failures = counted.filter((f) => f.level === 'failure').length;
    const uncounted = total - hits.length;
    await ctx.evidence.write(
      'findings.json',
      hits.map(({ secret: _secret, lines: _lines, ...h }) => ({
        ...h,
        baselined: inBaseline(baseline, h.fingerprint),
      })),
    );
    await ctx.evidence.write(
      'baseline-candidates.txt',
      `# Fingerprints of the findings of ${rangeLabel(range)}. Copy reviewed lines into the baseline file to accept them.\n` +
        counted
          .map((f) => `${f.fingerprint}  ${f.file}${f.line ? `:${f.line}` : ''}  ${f.message}`)
          .join('\n') +
        '\n',
    );
    if (skippedFiles.length) await ctx.evidence.write('allowed-files.txt', `${skippedFiles.join('\n')}\n`);

    const metrics = {
      ...rangeMetrics(range),
      filesScanned: scannedFiles,
      addedLines: stats.addedLines,
      diffBytes: stats.bytes,
      binaryFilesScanned: binaryScanned,
      commitsScanned: stats.history?.read ?? 0,
      binaryFilesSkipped: unread.length,
      allowedFiles: skippedFiles.length,
      rules,
      findings: counted.length + uncounted,
      accepted: accepted.length,
    };
    // A binary file the scan could not read may hold anything: the check says so, and by name.
    const unscanned: Finding[] = unread.map((u) => ({
      level: 'warning',
      message: `binary file not scanned for secrets: ${u.why}`,
      file: u.file,
    }));
    const findings = [
      ...counted.slice(0, MAX_FINDINGS),
      ...unscanned.slice(0, 20),
      ...accepted.slice(0, Math.max(0, MAX_FINDINGS - counted.length)),
    ];
    const h = stats.history;
    if (h && (h.read < h.commits || h.limited))
      findings.push({
        level: 'notice',
        message: `the newest ${h.read} of the range's ${h.commits} commits were read one by one for values a later commit removed${h.limited ? `, up to ${formatBytes(h.limited)} of their diffs` : ''}`,
      });
    if (unscanned.length > 20)
      findings.push({
        level: 'warning',
        message: `${unscanned.length - 20} more binary file(s) not scanned`,
      });
    if (counted.length + uncounted > MAX_FINDINGS)
      findings.push({
        level: 'warning',
        message: `${counted.length + uncounted - MAX_FINDINGS} more finding(s) in the evidence (findings.json)`,
      });
    const binary = binaryScanned ? ` and the text of ${binaryScanned} binary file(s)` : '';
    const commits = stats.history?.read ? ` (and each of its ${stats.history.read} commits)` : '';
    const where = `${metrics.filesScanned} changed file(s), ${stats.addedLines} added line(s)${binary} of ${rangeLabel(range)}${commits}`;
    if (counted.length === 0 && uncounted === 0) {
      const acc = accepted.length ? `; ${accepted.length} accepted` : '';
      if (unread.length)
        return {
          status: 'warn',
          summary: `no secrets in ${where}${acc}; ${unread.length} binary file(s) not scanned, first ${unread[0]!.file}: ${unread[0]!.why}`,
          findings,
          metrics,
        };
      return { status: 'pass', summary: `no secrets in ${where}${acc}`, findings, metrics };
    }
    const first = counted[0]!;
    const summary = `${counted.length + uncounted} possible secret(s) in ${where}; first: ${first.message} at ${first.file}${first.line ? `:${first.line}` : ''}`;
    return { status: failures > 0 || uncounted > 0 ? 'fail' : 'warn', summary, findings, metrics };
  },
});
