import { hereOrOnThread } from '../../adapters/threads.js';
import { JUNIT_THREAD_FROM, parseJUnitDocument } from './junit.js';
import type { EvidenceFormat } from './formats.js';
import { summarizeSarif } from './sarif.js';

export { EVIDENCE_FORMATS, type EvidenceFormat } from './formats.js';

/**
 * From what size a report is parsed on a thread of its own rather than on the main thread: about
 * where parsing it takes longer than starting a thread (≈50 ms). YAML is read at about 1 MB/s, a
 * JUnit file at about 90 MB/s, SARIF at JSON.parse's speed. A JSON document is parsed where it is
 * used: handing a large one back from a thread costs the main thread about what parsing it does.
 */
const THREAD_FROM: Readonly<Record<EvidenceFormat, number>> = {
  json: Number.POSITIVE_INFINITY,
  yaml: 64 * 1024,
  junit: JUNIT_THREAD_FROM,
  sarif: 8 * 1024 * 1024,
};

/**
 * What conditions are evaluated on: the document of JSON or YAML, counts for JUnit and SARIF.
 * A JUnit report is read from its bytes (decoded a slice at a time); the others from their text.
 */
export async function parseEvidenceContent(
  format: EvidenceFormat,
  content: string | Uint8Array,
): Promise<unknown> {
  const text = () =>
    typeof content === 'string'
      ? content
      : Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('utf8');
  switch (format) {
    case 'json':
      return JSON.parse(text());
    case 'yaml': {
      // Loaded for a YAML report: a gate without one does not compile the library.
      const { parse } = await import('yaml');
      return parse(text(), { maxAliasCount: 100 });
    }
    case 'junit': {
      const { summary: s, timestamp } = await parseJUnitDocument(content);
      return {
        tests: s.tests,
        passed: s.passed,
        failures: s.failures,
        errors: s.errors,
        skipped: s.skipped,
        timeSec: s.timeSec,
        failed: s.failed
          .slice(0, 50)
          .map((c) => ({ name: c.name, suite: c.suite, message: c.message, file: c.file, line: c.line })),
        ...(timestamp !== undefined ? { timestamp } : {}),
      };
    }
    case 'sarif':
      return summarizeSarif(JSON.parse(text()));
  }
}

/** A job thread's side of `parseEvidence`. */
export function parseEvidenceJob(input: unknown): Promise<unknown> {
  const { format, content } = input as { format: EvidenceFormat; content: string | Uint8Array };
  return parseEvidenceContent(format, content);
}

/**
 * Parses evidence of a format, on a thread when it is large (see THREAD_FROM). Bytes given to a
 * thread are copied there, not decoded here: the main thread never holds a large report as text.
 */
export function parseEvidence(
  format: EvidenceFormat,
  content: string | Uint8Array,
  signal?: AbortSignal,
): Promise<unknown> {
  return hereOrOnThread(
    content.length,
    THREAD_FROM[format],
    { kind: 'evidence', input: { format, content } },
    () => parseEvidenceContent(format, content),
    signal,
  );
}
