import type { StackFacts } from '../types.js';
import type { View } from './common.js';

/** Module paths of go.mod's `require` lines and blocks, lower case. */
function modules(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/^\s*(?:require\s+)?([a-z0-9.-]+\.[a-z]{2,}\/[^\s]+)\s+v\d/gim))
    out.add(m[1]!.toLowerCase());
  return out;
}

export function detectGo(v: View): StackFacts | undefined {
  const text = v.text('go.mod');
  if (text === undefined) return undefined;
  return {
    stack: 'go',
    manager: 'go',
    files: ['go.mod', ...(v.has('go.sum') ? ['go.sum'] : [])],
    frameworks: [],
    dependencies: modules(text),
    test: {
      runner: 'go test',
      run: 'go test ./...',
      notes: [
        'go test writes no JUnit report: the exit code decides (gotestsum --junitfile gives one)',
        'Go cover profiles are not a coverage format the gate reads (lcov, Cobertura, Istanbul)',
      ],
    },
    unreadDependencyFiles: [],
  };
}
