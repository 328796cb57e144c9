import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { ThreadError } from '../../adapters/threads.js';
import { errorMessage } from '../../core/errors.js';
import { readRegularFile } from '../paths.js';
import { type EvidenceFormat, parseEvidence } from './parse.js';

export { EVIDENCE_FORMATS, type EvidenceFormat } from './parse.js';

/** Evidence bigger than this is not parsed: it is a report, not a data dump. */
const MAX_BYTES = 64 * 1024 * 1024;

export interface LoadedEvidence {
  /** As the user named it (relative to the repository). */
  path: string;
  format: EvidenceFormat;
  /** What conditions are evaluated on: the parsed JSON/YAML, or counts for JUnit and SARIF. */
  doc: unknown;
  bytes: Buffer;
  sha256: string;
  size: number;
  mtime: Date;
}

export class EvidenceError extends Error {
  constructor(
    message: string,
    readonly missing = false,
  ) {
    super(message);
  }
}

export function detectFormat(file: string, text: string): EvidenceFormat {
  const f = file.toLowerCase();
  if (f.endsWith('.sarif') || f.endsWith('.sarif.json')) return 'sarif';
  if (f.endsWith('.xml')) return 'junit';
  if (f.endsWith('.yml') || f.endsWith('.yaml')) return 'yaml';
  const head = text.trimStart().slice(0, 4096);
  if (/"\$schema"\s*:\s*"[^"]*sarif/i.test(head) || /^\{\s*"version"\s*:\s*"2\.1\.0"\s*,\s*"runs"/.test(head))
    return 'sarif';
  if (f.endsWith('.json')) return 'json';
  if (head.startsWith('<')) return 'junit';
  return head.startsWith('{') || head.startsWith('[') ? 'json' : 'yaml';
}

/** Reads, digests and parses one evidence file; every problem is an EvidenceError naming the file. */
export async function loadEvidence(
  abs: string,
  display: string,
  format: EvidenceFormat | 'auto' = 'auto',
  signal?: AbortSignal,
): Promise<LoadedEvidence> {
  let info;
  try {
    info = await stat(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new EvidenceError(`evidence missing: ${display} does not exist`, true);
    throw new EvidenceError(`cannot read ${display}: ${errorMessage(err)}`);
  }
  if (!info.isFile()) throw new EvidenceError(`${display} is not a file`);
  if (info.size > MAX_BYTES)
    throw new EvidenceError(
      `${display} is ${info.size} bytes, more than the ${MAX_BYTES} evidence files may have`,
    );
  let bytes: Buffer;
  try {
    // Opened without blocking and checked again: a file swapped for a FIFO cannot stall the gate.
    bytes = await readRegularFile(abs, MAX_BYTES);
  } catch (err) {
    throw new EvidenceError(`cannot read ${display}: ${errorMessage(err)}`);
  }
  const text = bytes.toString('utf8');
  const fmt = format === 'auto' ? detectFormat(display, text) : format;
  let doc: unknown;
  try {
    doc = await parseEvidence(fmt, text, signal);
  } catch (err) {
    // Stopped, or its thread failed: the file was not judged, so it is not called invalid (the
    // check ends in error with the reason).
    if (signal?.aborted || err instanceof ThreadError) throw err;
    throw new EvidenceError(
      `${display} is not valid ${fmt.toUpperCase()}: ${errorMessage(err).split('\n')[0]}`,
    );
  }
  return {
    path: display,
    format: fmt,
    doc,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
    mtime: info.mtime,
  };
}
