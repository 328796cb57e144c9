import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EvidenceWriter } from '../checks/types.js';
import type { Redactor } from '../core/redact.js';

function safeName(name: string): string {
  const clean = name
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p && p !== '.' && p !== '..')
    .join('/');
  return clean.replace(/[^\w./-]/g, '_') || 'evidence';
}

/**
 * Writes a check's evidence under `evidence/<check id>/`, redacted with the secrets known now.
 * Secrets found later (by another check still running) are masked when the bundle is sealed,
 * which redacts every file again. Once closed (the check finished or timed out) it refuses
 * writes, so a late write cannot change a sealed bundle.
 */
export function createEvidenceWriter(
  outputDir: string,
  checkId: string,
  redactor: Redactor,
  written: string[],
  /** Settles once the output directory is ready (the previous run's files removed). */
  ready: Promise<unknown> = Promise.resolve(),
): EvidenceWriter & { close(): void } {
  let closed = false;
  return {
    close() {
      closed = true;
    },
    async write(name, content) {
      if (closed) throw new Error(`evidence for ${checkId} was written after the check ended`);
      // Written before the folder is cleared, the previous run's removal could take it away.
      await ready;
      if (closed) throw new Error(`evidence for ${checkId} was written after the check ended`);
      const rel = `evidence/${checkId}/${safeName(name)}`;
      const abs = path.join(outputDir, ...rel.split('/'));
      await mkdir(path.dirname(abs), { recursive: true });
      // Values are redacted one by one before they are serialized: a value cut short (a body
      // excerpt) ends its own string, where a leftover piece of a secret is recognised.
      const data =
        content instanceof Uint8Array
          ? redactor.redactBytes(content)
          : typeof content === 'string'
            ? textBytes(redactor, rel, content)
            : redactor.redactJsonToBytes(content);
      await writeFile(abs, data);
      if (!written.includes(rel)) written.push(rel);
      return rel;
    },
  };
}

/**
 * A text is redacted as text; JSON written as text (thousands of routes, one a line) also value
 * by value, now, while the other checks still run: the seal looks through every JSON file value
 * by value, and for one already looked through with every secret known then it costs a digest,
 * at the end of the gate when nothing else is left to overlap with.
 */
function textBytes(redactor: Redactor, rel: string, content: string): Uint8Array {
  const bytes = redactor.redactToBytes(content);
  return rel.endsWith('.json') ? (redactor.redactJsonBytes(bytes) ?? bytes) : bytes;
}
