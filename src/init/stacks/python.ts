import { parse as parseToml } from 'smol-toml';
import type { Framework, StackFacts, TestSetup } from '../types.js';
import { percent, record, type View } from './common.js';

/** Files the Python detector reads. */
export const PYTHON_FILES =
  /^(?:requirements[\w.-]*\.(?:txt|in)|requirements\/[\w.-]+\.(?:txt|in)|pyproject\.toml|Pipfile|setup\.cfg|pytest\.ini|tox\.ini|\.coveragerc)$/;

/** PEP 503 names: case and runs of `-_.` do not matter. */
const normalize = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');

function requirementNames(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line || line.startsWith('-') || /^[a-z+]+:\/\//i.test(line)) continue;
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line);
    if (m) out.push(normalize(m[1]!));
  }
  return out;
}

function toml(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Dependency names of pyproject.toml: PEP 621, its optional groups, Poetry's tables and PEP 735 groups. */
function pyprojectNames(doc: Record<string, unknown>): string[] {
  const out: string[] = [];
  const fromList = (v: unknown) => {
    if (Array.isArray(v)) for (const s of v) if (typeof s === 'string') out.push(...requirementNames(s));
  };
  const project = record(doc.project);
  fromList(project.dependencies);
  for (const group of Object.values(record(project['optional-dependencies']))) fromList(group);
  for (const group of Object.values(record(doc['dependency-groups']))) fromList(group);
  const poetry = record(record(doc.tool).poetry);
  for (const name of Object.keys(record(poetry.dependencies))) out.push(normalize(name));
  for (const name of Object.keys(record(poetry['dev-dependencies']))) out.push(normalize(name));
  for (const group of Object.values(record(poetry.group)))
    for (const name of Object.keys(record(record(group).dependencies))) out.push(normalize(name));
  return out;
}

interface Manager {
  name: string;
  lockfile?: string;
  install: string;
  python: string;
}

function manager(v: View, requirements: string[]): Manager {
  if (v.has('poetry.lock'))
    return {
      name: 'poetry',
      lockfile: 'poetry.lock',
      install: 'poetry install --no-interaction',
      python: 'poetry run python',
    };
  if (v.has('uv.lock'))
    return { name: 'uv', lockfile: 'uv.lock', install: 'uv sync --frozen', python: 'uv run python' };
  if (v.has('Pipfile.lock') || v.has('Pipfile'))
    return {
      name: 'pipenv',
      ...(v.has('Pipfile.lock') ? { lockfile: 'Pipfile.lock' } : {}),
      install: `pipenv install --dev${v.has('Pipfile.lock') ? ' --deploy' : ''}`,
      python: 'pipenv run python',
    };
  // A virtual environment of the repository's own: system Pythons refuse `pip install` (PEP 668).
  const from = requirements.length
    ? requirements.map((f) => `-r ${f}`).join(' ')
    : v.has('pyproject.toml') || v.has('setup.py')
      ? '-e .'
      : undefined;
  return {
    name: 'pip',
    ...(requirements[0] ? { lockfile: requirements[0] } : {}),
    install: `(test -x .venv/bin/python || (python3 -m venv .venv${from ? ` && .venv/bin/pip install ${from}` : ''}))`,
    python: '.venv/bin/python',
  };
}

function pythonTest(
  v: View,
  deps: ReadonlySet<string>,
  m: Manager,
  configText: string,
): TestSetup | undefined {
  const pytest =
    deps.has('pytest') ||
    v.has('pytest.ini') ||
    v.has('conftest.py') ||
    /\[tool\.pytest|\[pytest\]|\[tool:pytest\]/.test(configText);
  if (pytest) {
    const cov = deps.has('pytest-cov');
    const min = percent(
      /--cov-fail-under[= ](\d+(?:\.\d+)?)/.exec(configText)?.[1] ??
        /fail_under\s*=\s*(\d+(?:\.\d+)?)/.exec(configText)?.[1],
    );
    return {
      runner: 'pytest',
      install: m.install,
      run: `${m.python} -m pytest --junitxml=reports/junit.xml${cov ? ' --cov --cov-report=xml:coverage.xml --cov-report=term' : ''}`,
      junit: 'reports/junit.xml',
      ...(cov
        ? {
            coverage: {
              file: 'coverage.xml',
              format: 'cobertura' as const,
              min: min ?? 0,
              ...(min !== undefined ? { minFrom: 'the coverage settings' } : {}),
            },
          }
        : {}),
      notes: cov ? [] : ['add pytest-cov to measure coverage'],
    };
  }
  if (v.has('manage.py'))
    return {
      runner: 'Django test runner',
      install: m.install,
      run: `${m.python} manage.py test`,
      notes: [
        'the Django test runner writes no JUnit report: the exit code decides (pytest-django gives one)',
      ],
    };
  if (v.matching(/^tests?\/test_[\w]+\.py$/).length > 0)
    return {
      runner: 'unittest',
      install: m.install,
      run: `${m.python} -m unittest discover`,
      notes: ['unittest writes no JUnit report: the exit code decides'],
    };
  return undefined;
}

const FRAMEWORKS: [string, Framework][] = [
  ['django', 'django'],
  ['flask', 'flask'],
  ['fastapi', 'fastapi'],
];

export function detectPython(v: View): StackFacts | undefined {
  const requirements = v.matching(/^requirements[\w.-]*\.(?:txt|in)$|^requirements\/[\w.-]+\.(?:txt|in)$/);
  const markers = ['pyproject.toml', 'Pipfile', 'setup.py', 'manage.py'].filter((f) => v.has(f));
  if (requirements.length === 0 && markers.length === 0) return undefined;
  const deps = new Set<string>();
  for (const f of requirements) for (const n of requirementNames(v.text(f) ?? '')) deps.add(n);
  const pyproject = toml(v.text('pyproject.toml'));
  for (const n of pyprojectNames(pyproject)) deps.add(n);
  const pipfile = toml(v.text('Pipfile'));
  for (const n of [...Object.keys(record(pipfile.packages)), ...Object.keys(record(pipfile['dev-packages']))])
    deps.add(normalize(n));
  const m = manager(
    v,
    requirements.filter((f) => !/\.in$/.test(f)),
  );
  const configText = ['pyproject.toml', 'setup.cfg', 'pytest.ini', 'tox.ini', '.coveragerc']
    .map((f) => v.text(f) ?? '')
    .join('\n');
  const test = pythonTest(v, deps, m, configText);
  const frameworks = FRAMEWORKS.filter(([dep]) => deps.has(dep)).map(([, f]) => f);
  if (v.has('manage.py') && !frameworks.includes('django')) frameworks.unshift('django');
  const manifest = v.has('pyproject.toml') ? ['pyproject.toml'] : [];
  return {
    stack: 'python',
    manager: m.name,
    files: [...new Set([...manifest, ...requirements, ...(m.lockfile ? [m.lockfile] : [])])],
    frameworks,
    dependencies: deps,
    ...(test ? { test } : {}),
    unreadDependencyFiles: ['Pipfile', 'Pipfile.lock'].filter((f) => v.has(f)),
  };
}
