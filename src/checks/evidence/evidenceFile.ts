import { stat } from 'node:fs/promises';
import { ThreadError } from '../../adapters/threads.js';
import { errorMessage } from '../../core/errors.js';
import { sha256 } from '../../core/sha256.js';
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

/** How much of a file's start its format is told from, past any leading white space. */
const HEAD_CHARS = 4096;
/** Bytes decoded at a time while looking for the start: leading white space seldom fills one. */
const HEAD_BYTES = 64 * 1024;

/**
 * The start of a file as text, past its leading white space, enough for `detectFormat`: decoded
 * a window at a time, never the whole file (a report of megabytes is not read as text to be named).
 */
export function headText(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at < buffer.length; at += HEAD_BYTES) {
    // A window reaches on by the head's length (4 bytes a character at most), so the head past
    // white space that ends one window is whole.
    const text = buffer.toString('utf8', at, at + HEAD_BYTES + 4 * HEAD_CHARS).trimStart();
    if (text !== '') return text.slice(0, HEAD_CHARS);
  }
  return '';
}

export function detectFormat(file: string, text: string): EvidenceFormat {
  const f = file.toLowerCase();
  if (f.endsWith('.sarif') || f.endsWith('.sarif.json')) return 'sarif';
  if (f.endsWith('.xml')) return 'junit';
  if (f.endsWith('.yml') || f.endsWith('.yaml')) return 'yaml';
  const head = text.trimStart().slice(0, HEAD_CHARS);
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
  const fmt = format === 'auto' ? detectFormat(display, headText(bytes)) : format;
  let doc: unknown;
  try {
    // A JUnit report is parsed from its bytes; only the other formats are read as text here.
    doc = await parseEvidence(fmt, fmt === 'junit' ? bytes : bytes.toString('utf8'), signal);
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
    sha256: sha256(bytes, 'hex'),
    size: bytes.length,
    mtime: info.mtime,
  };
}
