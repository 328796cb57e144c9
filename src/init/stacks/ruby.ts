import type { StackFacts, TestSetup } from '../types.js';
import type { View } from './common.js';

/** Files the Ruby detector reads. */
export const RUBY_FILES = /^(?:Gemfile|Gemfile\.lock|\.rspec)$/;

/** Gem names of Gemfile.lock's specs (four spaces in) and of the Gemfile's `gem` lines. */
function gems(lock: string | undefined, gemfile: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const m of (lock ?? '').matchAll(/^ {4}([A-Za-z0-9_.-]+) \(/gm)) out.add(m[1]!.toLowerCase());
  for (const m of (gemfile ?? '').matchAll(/^\s*gem\s+['"]([A-Za-z0-9_.-]+)['"]/gm))
    out.add(m[1]!.toLowerCase());
  return out;
}

function rubyTest(v: View, deps: ReadonlySet<string>, install: string): TestSetup | undefined {
  const cobertura = deps.has('simplecov-cobertura');
  const coverage = cobertura
    ? { coverage: { file: 'coverage/coverage.xml', format: 'cobertura' as const, min: 0 } }
    : {};
  const coverageNote = cobertura
    ? []
    : ['add simplecov with simplecov-cobertura (coverage/coverage.xml) to measure coverage'];
  if (deps.has('rspec-core') || deps.has('rspec-rails') || deps.has('rspec') || v.has('.rspec')) {
    const junit = deps.has('rspec_junit_formatter');
    return {
      runner: 'rspec',
      install,
      run: junit
        ? 'mkdir -p reports && bundle exec rspec --format progress --format RspecJunitFormatter --out reports/junit.xml'
        : 'bundle exec rspec',
      ...(junit ? { junit: 'reports/junit.xml' } : {}),
      ...coverage,
      notes: [
        ...(junit
          ? []
          : ['add the rspec_junit_formatter gem for a JUnit report (a finding per failed test)']),
        ...coverageNote,
      ],
    };
  }
  if (v.matching(/^test\/.+_test\.rb$/).length > 0)
    return {
      runner: 'minitest',
      install,
      run: v.has('bin/rails') ? 'bin/rails test' : 'bundle exec rake test',
      ...coverage,
      notes: ['minitest writes no JUnit report by default: the exit code decides', ...coverageNote],
    };
  return undefined;
}

export function detectRuby(v: View): StackFacts | undefined {
  if (!v.has('Gemfile') && !v.has('Gemfile.lock')) return undefined;
  const deps = gems(v.text('Gemfile.lock'), v.text('Gemfile'));
  const install = '(bundle check > /dev/null || bundle install)';
  const test = rubyTest(v, deps, install);
  return {
    stack: 'ruby',
    manager: 'bundler',
    files: ['Gemfile', 'Gemfile.lock'].filter((f) => v.has(f)),
    frameworks: deps.has('rails') || deps.has('railties') || v.has('config/routes.rb') ? ['rails'] : [],
    dependencies: deps,
    ...(test ? { test } : {}),
    unreadDependencyFiles: v.has('Gemfile.lock') ? [] : ['Gemfile'],
  };
}
