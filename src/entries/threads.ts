import { serveJob } from '../adapters/threads.js';
import { serveScanThread } from '../change/thread.js';

/**
 * A scan thread's work, by the name a check gives its portable scan. Each is loaded on the
 * thread only when asked for.
 */
export function scanThread(): Promise<void> {
  return serveScanThread({
    secrets: async () => (await import('../checks/secrets/portable.js')).secretsScan,
  });
}

/** A job thread's work, by kind: parsing a report too large to parse on the main thread. */
export function jobThread(): Promise<void> {
  return serveJob({
    evidence: async () => (await import('../checks/evidence/parse.js')).parseEvidenceJob,
    junit: async () => (await import('../checks/evidence/junit.js')).parseJUnitJob,
    coverage: async () => (await import('../checks/command/coverage.js')).parseCoverageJob,
  });
}
