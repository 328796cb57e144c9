import { printable } from './stacks/common.js';
import type { Detection, StackFacts } from './types.js';

function stackLine(s: StackFacts): string {
  const parts = [`${s.stack}: ${s.manager} (${s.files.join(', ') || 'no manifest'})`];
  if (s.frameworks.length) parts.push(s.frameworks.join(', '));
  if (s.test) {
    const extra = [
      ...(s.test.junit ? [`JUnit ${s.test.junit}`] : []),
      ...(s.test.coverage ? [`coverage ${s.test.coverage.file}`] : []),
    ];
    parts.push(`tests: ${s.test.runner}${extra.length ? ` (${extra.join(', ')})` : ''}`);
  } else parts.push('no tests found');
  return parts.join('; ');
}

/** What `init` found, one line per fact, as it prints them and as the config's header lists them. */
export function describeDetection(d: Detection): string[] {
  const lines = d.stacks.length ? d.stacks.map(stackLine) : ['no language or package manager recognised'];
  for (const m of d.migrations) lines.push(`migrations: ${m.tool} in ${m.dir}/`);
  if (d.dialect) lines.push(`database: ${d.dialect.value} (${d.dialect.where})`);
  if (d.routes)
    lines.push(
      `routes: ${[...d.routes.presets, ...(d.routes.custom.length ? ['custom patterns'] : [])].join(', ')}, e.g. ${d.routes.sample.path} (${d.routes.sample.where})`,
    );
  lines.push(
    d.health
      ? `health endpoint: ${d.health.path} (${d.health.where})`
      : 'health endpoint: none found (the config guesses /health)',
  );
  if (d.auth)
    lines.push(
      `login: ${d.auth.library}${d.auth.routes.length ? `; protected: ${d.auth.routes.map((r) => `${r.path} (${r.where})`).join(', ')}` : '; no protected route found'}`,
    );
  if (d.dockerfile) lines.push(`container: ${d.dockerfile}`);
  lines.push(
    d.workflows.files.length
      ? `workflows: ${d.workflows.files.map((f) => f.replace(/^\.github\/workflows\//, '')).join(', ')}${d.workflows.usingGate.length ? ` (promotion-gate already in ${d.workflows.usingGate.map((f) => f.replace(/^\.github\/workflows\//, '')).join(', ')})` : ''}`
      : 'workflows: none yet',
  );
  lines.push(`diff base: ${d.base.ref} (${d.base.why})`);
  if (d.truncated) lines.push(`only part of the tree was read: ${d.truncated}`);
  return lines.map(printable);
}
