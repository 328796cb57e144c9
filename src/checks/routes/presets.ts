/** Where each web framework declares routes, and how they are read. */
import { parseDjango, DJANGO_GREP } from './django.js';
import { JS_GREP, JS_LINE, parseJavaScript } from './javascript.js';
import { isNextRoute, nextNeedsText, parseNext } from './nextjs.js';
import { parsePython, PYTHON_GREP } from './python.js';
import { parseRails, RAILS_GREP } from './rails.js';
import { parseSpring, SPRING_GREP } from './spring.js';
import type { Framework, PresetId } from './types.js';

export interface Preset {
  /** Presets with the same reader read the same routes: listed together, they are read once. */
  reader: string;
  framework: Framework;
  paths: string[];
  exclude: string[];
}

const TESTS = [
  '**/node_modules/**',
  '**/*.test.*',
  '**/*.spec.*',
  '**/__tests__/**',
  '**/tests/**',
  '**/test/**',
];
const PY_TESTS = [
  '**/tests/**',
  '**/test_*.py',
  '**/*_test.py',
  '**/venv/**',
  '**/.venv/**',
  '**/site-packages/**',
];
const JVM_TESTS = [
  '**/src/test/**',
  '**/test/**',
  '**/tests/**',
  '**/build/**',
  '**/target/**',
  '**/node_modules/**',
];

const python: Preset = {
  reader: 'python',
  framework: { kind: 'parse', grep: PYTHON_GREP, parse: parsePython },
  paths: ['**/*.py'],
  exclude: PY_TESTS,
};
const javascript: Preset = {
  reader: 'javascript',
  framework: { kind: 'parse', grep: JS_GREP, line: JS_LINE, parse: parseJavaScript },
  paths: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.ts', '**/*.mts', '**/*.cts'],
  exclude: [...TESTS, '**/dist/**', '**/build/**', '**/*.d.ts', '**/*.min.js'],
};

export const PRESETS: Record<PresetId, Preset> = {
  flask: python,
  fastapi: python,
  django: {
    reader: 'django',
    framework: { kind: 'parse', grep: DJANGO_GREP, parse: parseDjango },
    paths: ['**/urls.py', '**/urls/**/*.py'],
    exclude: PY_TESTS,
  },
  express: javascript,
  fastify: javascript,
  koa: javascript,
  nextjs: {
    reader: 'nextjs',
    framework: { kind: 'files', route: isNextRoute, needsText: nextNeedsText, parse: parseNext },
    paths: ['app/**', 'src/app/**', 'pages/**', 'src/pages/**'],
    exclude: ['**/node_modules/**', '**/_*.*', '**/*.test.*', '**/*.spec.*'],
  },
  rails: {
    reader: 'rails',
    framework: { kind: 'parse', grep: RAILS_GREP, parse: parseRails },
    paths: ['config/routes.rb', 'config/routes/**/*.rb'],
    exclude: [],
  },
  spring: {
    reader: 'spring',
    framework: { kind: 'parse', grep: SPRING_GREP, parse: parseSpring },
    paths: ['**/*.java', '**/*.kt'],
    exclude: JVM_TESTS,
  },
};
