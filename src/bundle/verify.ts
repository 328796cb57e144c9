import { stat } from 'node:fs/promises';
import path from 'node:path';
import { bundleTrailer } from '../report/markdown.js';
import type { ManifestEntry } from '../report/types.js';
import { digestRegular, kindOf, listTree, NotReadable, readRegular } from './files.js';
import {
  BUNDLE_MEMBERS,
  bundleId,
  MANIFEST,
  parseManifest,
  REPORT_JSON,
  REPORT_MD,
  reportDigestBytes,
  serializeReport,
  sha256,
} from './manifest.js';

export interface VerifyProblem {
  path: string;
  kind: 'changed' | 'added' | 'removed' | 'unreadable' | 'bundle-id' | 'not-file' | 'malformed';
  detail: string;
}

export interface VerifyResult {
  ok: boolean;
  bundleId?: string;
  files: number;
  problems: VerifyProblem[];
  /** Set when the directory itself is missing or unreadable: nothing could be verified. */
  unusable?: string;
}

/** A manifest is a list of digests; one this large is not one the gate wrote. */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
/** report.json is the digested report plus its `bundle` member, which takes far less than this. */
const BUNDLE_MEMBER_BYTES = 4096;

const short = (digest: string) => `${digest.slice(0, 12)}…`;

/** Digest and size of one listed file against its entry. */
async function checkFile(dir: string, entry: ManifestEntry): Promise<VerifyProblem[]> {
  const at = { path: entry.path };
  let got: { sha256: string; size: number };
  try {
    got = await digestRegular(path.join(dir, ...entry.path.split('/')), entry.size);
  } catch (err) {
    return [
      { ...at, kind: err instanceof NotReadable ? 'not-file' : 'unreadable', detail: (err as Error).message },
    ];
  }
  if (got.size > entry.size)
    return [{ ...at, kind: 'changed', detail: `larger than the ${entry.size} bytes the manifest lists` }];
  if (got.size !== entry.size)
    return [{ ...at, kind: 'changed', detail: `${got.size} bytes, the manifest lists ${entry.size}` }];
  if (got.sha256 !== entry.sha256)
    return [
      { ...at, kind: 'changed', detail: `sha256 ${short(got.sha256)} ≠ manifest ${short(entry.sha256)}` },
    ];
  return [];
}

/** What differs between the members of report.json's `bundle` and those the seal writes. */
function membersProblem(members: string[]): string | undefined {
  const odd = members.filter((k) => !(BUNDLE_MEMBERS as readonly string[]).includes(k));
  const lacking = BUNDLE_MEMBERS.filter((k) => !members.includes(k));
  const parts = [
    ...(odd.length ? [`has ${odd.map((k) => JSON.stringify(k)).join(', ')}`] : []),
    ...(lacking.length ? [`lacks ${lacking.join(', ')}`] : []),
  ];
  return parts.length ? parts.join(' and ') : undefined;
}

/**
 * report.json names the bundle it belongs to, so its entry digests the report without its
 * `bundle` member. Every byte is still covered: the file must be exactly what the seal writes
 * for its own content (no whitespace, order or duplicate-key edit passes), `bundle` must hold
 * exactly the seal's members, and the rest must match the digest.
 */
async function checkReport(
  dir: string,
  entry: ManifestEntry,
  id: string,
  files: number,
): Promise<VerifyProblem[]> {
  const problem = (kind: VerifyProblem['kind'], detail: string): VerifyProblem => ({
    path: REPORT_JSON,
    kind,
    detail,
  });
  if (entry.digestOf !== 'report-without-bundle')
    return [problem('malformed', 'its manifest entry must digest the report without its bundle member')];
  let bytes: Buffer;
  try {
    bytes = await readRegular(path.join(dir, REPORT_JSON), entry.size + BUNDLE_MEMBER_BYTES);
  } catch (err) {
    const detail = (err as Error).message;
    if (!(err instanceof NotReadable)) return [problem('unreadable', detail)];
    return [problem(err.tooLarge ? 'changed' : 'not-file', detail)];
  }
  let report: unknown;
  try {
    report = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    return [problem('changed', `not JSON: ${(err as Error).message}`)];
  }
  if (typeof report !== 'object' || report === null || Array.isArray(report))
    return [problem('changed', 'not a report object')];
  const out: VerifyProblem[] = [];
  if (!Buffer.from(serializeReport(report as never)).equals(bytes))
    out.push(
      problem(
        'changed',
        'its bytes are not what the seal writes for its content (whitespace, order or a duplicate key was edited)',
      ),
    );
  const bundle = (report as { bundle?: unknown }).bundle;
  if (typeof bundle !== 'object' || bundle === null || Array.isArray(bundle)) {
    out.push(problem('bundle-id', `report names no bundle, the manifest digests to ${id}`));
  } else {
    const members = membersProblem(Object.keys(bundle));
    if (members) out.push(problem('changed', `its bundle member ${members}`));
    const b = bundle as Record<string, unknown>;
    if (b.id !== id)
      out.push(
        problem('bundle-id', `report names bundle ${JSON.stringify(b.id)}, the manifest digests to ${id}`),
      );
    if (b.manifest !== undefined && b.manifest !== MANIFEST)
      out.push(problem('changed', `bundle.manifest is ${JSON.stringify(b.manifest)}`));
    if (b.files !== undefined && b.files !== files)
      out.push(problem('changed', `bundle.files is ${JSON.stringify(b.files)}, the manifest lists ${files}`));
  }
  const unsealed = reportDigestBytes(report as never);
  const digest = sha256(unsealed);
  if (digest !== entry.sha256 || Buffer.byteLength(unsealed) !== entry.size)
    out.push(problem('changed', `sha256 ${short(digest)} ≠ manifest ${short(entry.sha256)}`));
  return out;
}

/** How report.md's last line names a bundle (see `bundleTrailer`). */
const BUNDLE_LINE = /\n<sub>evidence bundle `(sha256:[0-9a-f]{64})`/g;

/**
 * report.md ends with the line naming its bundle, added after the manifest was made: the rest of
 * the file must match the digest, and the line must be exactly the one for this bundle.
 */
async function checkMarkdown(dir: string, entry: ManifestEntry, id: string): Promise<VerifyProblem[]> {
  const problem = (kind: VerifyProblem['kind'], detail: string): VerifyProblem => ({
    path: REPORT_MD,
    kind,
    detail,
  });
  const trailer = Buffer.from(bundleTrailer(id));
  let bytes: Buffer;
  try {
    bytes = await readRegular(path.join(dir, REPORT_MD), entry.size + trailer.length);
  } catch (err) {
    const detail = (err as Error).message;
    if (!(err instanceof NotReadable)) return [problem('unreadable', detail)];
    return [problem(err.tooLarge ? 'changed' : 'not-file', detail)];
  }
  const body = bytes.subarray(0, Math.max(0, bytes.length - trailer.length));
  if (bytes.length < trailer.length || !bytes.subarray(body.length).equals(trailer)) {
    // Naming another bundle is a copy from elsewhere; naming none, an edit.
    const named = [...bytes.toString('utf8').matchAll(BUNDLE_LINE)].at(-1)?.[1];
    return named && named !== id
      ? [problem('bundle-id', `report names bundle ${JSON.stringify(named)}, the manifest digests to ${id}`)]
      : [problem('changed', `its last line is not the one naming bundle ${id}`)];
  }
  if (body.length !== entry.size)
    return [
      problem('changed', `${body.length} bytes before its bundle line, the manifest lists ${entry.size}`),
    ];
  const digest = sha256(body);
  if (digest !== entry.sha256)
    return [problem('changed', `sha256 ${short(digest)} ≠ manifest ${short(entry.sha256)}`)];
  return [];
}

function unusable(detail: string): VerifyResult {
  return { ok: false, files: 0, problems: [{ path: '.', kind: 'unreadable', detail }], unusable: detail };
}

/**
 * Recomputes every digest of a bundle directory against its manifest and report. Reads regular
 * files only, never follows a symbolic link, and reads no more than the manifest declares.
 */
export async function verifyBundle(dir: string, expectedId?: string): Promise<VerifyResult> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) return unusable(`${dir} is a ${kindOf(info)}, not a directory`);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return unusable(
      code === 'ENOENT' ? `${dir} does not exist` : `cannot read ${dir}: ${(err as Error).message}`,
    );
  }
  const listing = await listTree(dir);
  const top = listing.unreadable.find((u) => u.path === '.');
  if (top) return unusable(`cannot read ${dir}: ${top.detail}`);
  const problems: VerifyProblem[] = listing.unreadable.map((u) => ({
    path: u.path,
    kind: 'unreadable',
    detail: u.detail,
  }));
  if (listing.truncated)
    problems.push({ path: '.', kind: 'unreadable', detail: `not listed whole: ${listing.truncated}` });
  const fail = (p: VerifyProblem, id?: string): VerifyResult => ({
    ok: false,
    ...(id ? { bundleId: id } : {}),
    files: 0,
    problems: [...problems, p],
  });

  const kind = listing.entries.get(MANIFEST);
  if (kind === undefined)
    return fail({ path: MANIFEST, kind: 'removed', detail: 'missing: not an evidence bundle' });
  let manifestBytes: Buffer;
  try {
    manifestBytes = await readRegular(path.join(dir, MANIFEST), MAX_MANIFEST_BYTES);
  } catch (err) {
    return fail({
      path: MANIFEST,
      kind: err instanceof NotReadable ? 'not-file' : 'unreadable',
      detail: (err as Error).message,
    });
  }
  const id = bundleId(manifestBytes);
  const parsed = parseManifest(manifestBytes);
  for (const detail of parsed.problems) problems.push({ path: MANIFEST, kind: 'malformed', detail });
  if (!parsed.manifest) return { ok: false, bundleId: id, files: 0, problems };
  const entries = parsed.manifest.files;

  const listed = new Set(entries.map((e) => e.path));
  if (!listed.has(REPORT_JSON))
    problems.push({ path: MANIFEST, kind: 'malformed', detail: `lists no ${REPORT_JSON}` });
  for (const entry of entries) {
    const found = listing.entries.get(entry.path);
    if (found === undefined)
      problems.push({ path: entry.path, kind: 'removed', detail: 'listed in the manifest but missing' });
    else if (found !== 'file')
      problems.push({ path: entry.path, kind: 'not-file', detail: `is a ${found}, not a regular file` });
    else if (entry.path === REPORT_JSON)
      problems.push(...(await checkReport(dir, entry, id, entries.length)));
    else if (entry.digestOf === 'markdown-without-bundle')
      problems.push(...(await checkMarkdown(dir, entry, id)));
    else problems.push(...(await checkFile(dir, entry)));
  }
  for (const [p, k] of listing.entries) {
    if (k === 'directory' || p === MANIFEST || listed.has(p)) continue;
    problems.push({
      path: p,
      kind: 'added',
      detail: `not in the manifest${k === 'file' ? '' : ` (a ${k})`}`,
    });
  }
  if (expectedId && expectedId !== id)
    problems.push({ path: MANIFEST, kind: 'bundle-id', detail: `bundle is ${id}, expected ${expectedId}` });
  return { ok: problems.length === 0, bundleId: id, files: entries.length, problems };
}
