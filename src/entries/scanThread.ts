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
