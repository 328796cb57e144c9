import type { TestProject } from 'vitest/node';
import { fallbackWarning, findNode24, type Node24 } from '../helpers/node24.js';

declare module 'vitest' {
  export interface ProvidedContext {
    node24: Node24;
  }
}

/**
 * Once per test run, before any worker starts: finds the Node 24 that runs the bundled action,
 * hands it to every test file (`inject('node24')`), and says loudly when there is none.
 */
export default function setup(project: TestProject): void {
  const node = findNode24();
  if (node.fallback) process.stderr.write(`\n${fallbackWarning(node)}\n\n`);
  project.provide('node24', node);
}
