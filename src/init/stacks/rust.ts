import type { StackFacts } from '../types.js';
import type { View } from './common.js';

/** Crate names of Cargo.toml's dependency tables. */
function crates(text: string): Set<string> {
  const out = new Set<string>();
  let inDeps = false;
  for (const line of text.split(/\r?\n/)) {
    const table = /^\s*\[([^\]]+)\]/.exec(line);
    if (table) {
      inDeps = /(?:^|\.)(?:dev-|build-)?dependencies$/.test(table[1]!.trim());
      continue;
    }
    const m = inDeps ? /^\s*([A-Za-z0-9_-]+)\s*=/.exec(line) : null;
    if (m) out.add(m[1]!.toLowerCase());
  }
  return out;
}

export function detectRust(v: View): StackFacts | undefined {
  const text = v.text('Cargo.toml');
  if (text === undefined) return undefined;
  return {
    stack: 'rust',
    manager: 'cargo',
    files: ['Cargo.toml', ...(v.has('Cargo.lock') ? ['Cargo.lock'] : [])],
    frameworks: [],
    dependencies: crates(text),
    test: {
      runner: 'cargo test',
      run: 'cargo test',
      notes: ['cargo test writes no JUnit report: the exit code decides'],
    },
    unreadDependencyFiles: [],
  };
}
