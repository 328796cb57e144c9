import { createHash } from 'node:crypto';
import type { Manifest, ManifestEntry, Report } from '../report/types.js';

export const MANIFEST = 'manifest.json';
export const REPORT_JSON = 'report.json';
export const REPORT_MD = 'report.md';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function serializeReport(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * report.json names the bundle it belongs to, so its manifest entry digests the report without
 * its `bundle` member: the same bytes `serializeReport` wrote before sealing.
 */
export function reportDigestBytes(report: Report): string {
  const { bundle: _bundle, ...rest } = report;
  return serializeReport(rest as Report);
}

export function serializeManifest(manifest: Manifest): string {
  const files = [...manifest.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}

export function bundleId(manifestBytes: string | Uint8Array): string {
  return `sha256:${sha256(manifestBytes)}`;
}

/** The members sealBundle writes into report.json's `bundle`, and nothing else. */
export const BUNDLE_MEMBERS = ['id', 'manifest', 'files'] as const;

const ENTRY_MEMBERS = new Set(['path', 'sha256', 'size', 'digestOf']);
const SHA256 = /^[0-9a-f]{64}$/;

/** A path a manifest may list: relative, `/`-separated, with no `.`, `..` or empty segment. */
export function isBundlePath(p: string): boolean {
  return (
    p !== '' &&
    !p.includes('\\') &&
    !p.includes('\0') &&
    p.split('/').every((s) => s !== '' && s !== '.' && s !== '..')
  );
}

/** What is wrong with one manifest entry, or undefined when it is one sealBundle could write. */
function entryProblem(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return `is ${JSON.stringify(e)}, not an entry`;
  const extra = Object.keys(e).filter((k) => !ENTRY_MEMBERS.has(k));
  if (extra.length > 0) return `has unknown member(s) ${extra.map((k) => JSON.stringify(k)).join(', ')}`;
  const { path: p, sha256: digest, size, digestOf } = e as Record<string, unknown>;
  if (typeof p !== 'string' || !isBundlePath(p))
    return `path ${JSON.stringify(p)} is not a path inside the bundle`;
  if (p === MANIFEST) return 'lists the manifest itself';
  if (typeof digest !== 'string' || !SHA256.test(digest)) return `${p}: sha256 is not 64 hex digits`;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
    return `${p}: size is not a byte count`;
  const sealed =
    (digestOf === 'report-without-bundle' && p === REPORT_JSON) ||
    (digestOf === 'markdown-without-bundle' && p === REPORT_MD);
  if (digestOf !== undefined && !sealed)
    return `${p}: digestOf ${JSON.stringify(digestOf)} is not one the seal writes`;
  return undefined;
}

/**
 * Parses manifest.json strictly: its bytes must be exactly what `serializeManifest` writes for
 * its content, every entry well-formed, no path twice. Returns the problems found (none: valid).
 */
export function parseManifest(bytes: Buffer): { manifest?: Manifest; problems: string[] } {
  let doc: unknown;
  try {
    doc = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    return { problems: [`not JSON: ${(err as Error).message}`] };
  }
  const files = (doc as { files?: unknown } | null)?.files;
  if (typeof doc !== 'object' || doc === null || !Array.isArray(files))
    return { problems: ['not a manifest: no "files" list'] };
  const problems: string[] = [];
  const seen = new Set<string>();
  files.forEach((e, i) => {
    const problem = entryProblem(e);
    if (problem) problems.push(`entry ${i + 1} ${problem}`);
    else if (seen.has((e as ManifestEntry).path)) problems.push(`lists ${(e as ManifestEntry).path} twice`);
    else seen.add((e as ManifestEntry).path);
  });
  if (problems.length > 0) return { problems };
  const manifest = doc as Manifest;
  if (!Buffer.from(serializeManifest(manifest)).equals(bytes))
    problems.push('its bytes are not what the seal writes for its content (edited by hand?)');
  return { manifest, problems };
}
