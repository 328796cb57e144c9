import { createHash } from 'node:crypto';
import type { Manifest, Report } from '../report/types.js';

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
