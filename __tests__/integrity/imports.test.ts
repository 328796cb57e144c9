import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsImports, pythonImports, rubyImports } from '../../src/checks/integrity/imports.js';

describe('jsImports: the files of the repository a module may load', () => {
  const text = [
    "import a from './a.js';",
    'import { b,',
    '  c } from "../lib/b";',
    "export * from './c.mjs';",
    "const d = require('./d');",
    "const e = await import('./e.ts');",
    "import './side-effect.cjs?raw';",
    "import fs from 'node:fs';",
    "import yaml from 'yaml';",
    "import '../../../../etc/passwd';",
    'const f = require(`./${name}`);',
  ].join('\n');
  const found = jsImports(text, 'tools/x/check.mjs');

  it('follows relative specifiers of every form, as Node and TypeScript resolve them', () => {
    expect(found).toEqual(
      expect.arrayContaining([
        'tools/x/a.js',
        // The TypeScript source of a compiled name.
        'tools/x/a.ts',
        'tools/lib/b',
        'tools/lib/b.js',
        'tools/lib/b.ts',
        'tools/lib/b/index.js',
        'tools/x/c.mjs',
        'tools/x/c.mts',
        'tools/x/d.js',
        'tools/x/d.cjs',
        'tools/x/d/index.js',
        'tools/x/e.ts',
        'tools/x/side-effect.cjs',
      ]),
    );
  });

  it('names no package, no built-in, nothing outside the repository, nothing built at run time', () => {
    expect(found.filter((f) => /node:|yaml|passwd|\$/.test(f))).toEqual([]);
    expect(found.every((f) => !f.startsWith('../') && !f.startsWith('/'))).toBe(true);
    expect(found).not.toContain('tools/x/check.mjs');
  });

  it('never leaves the repository, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('', 'a', 'a/b'), (spec, dir) => {
        const files = jsImports(
          `import x from './${spec}';\nrequire("../${spec}")`,
          dir ? `${dir}/m.js` : 'm.js',
        );
        return files.every((f) => f !== '' && !f.startsWith('../') && !f.startsWith('/') && f !== '..');
      }),
    );
  });
});

describe('pythonImports: the files of the repository a module may import', () => {
  const text = [
    'import os, json as j',
    'import helpers',
    'from checks.http import get, post as p',
    'from probes import (',
    '    dns,',
    '    tls as t,',
    ')',
    'from . import sibling',
    'from .pkg.mod import f',
    'from .. import too_far',
    '    import indented  # inside a function',
  ].join('\n');

  it('absolute imports under each root, package __init__ files included; relative ones in the package', () => {
    const found = pythonImports(text, 'tools/smoke.py', ['tools', '']);
    expect(found).toEqual(
      expect.arrayContaining([
        // A file beside the script would shadow the standard library's module: named too.
        'tools/os.py',
        'tools/helpers.py',
        'tools/helpers/__init__.py',
        'helpers.py',
        'tools/checks/__init__.py',
        'tools/checks/http.py',
        'tools/checks/http/__init__.py',
        // A name imported from a package may be a module of it.
        'tools/checks/http/get.py',
        'tools/probes/dns.py',
        'tools/probes/tls.py',
        'tools/sibling.py',
        'tools/pkg/__init__.py',
        'tools/pkg/mod.py',
        // One package up from tools/ is the repository's root.
        'too_far.py',
        'tools/indented.py',
      ]),
    );
    expect(found.some((f) => /\bj\.py|\bp\.py|\bt\.py|as /.test(f))).toBe(false);
  });

  it('a relative import above the repository names nothing', () => {
    expect(pythonImports('from ... import x\nfrom ..pkg import y', 'smoke.py', [''])).toEqual([]);
  });
});

describe('rubyImports: the files of the repository a Ruby file loads', () => {
  it('require_relative, with or without its extension and parentheses; nothing outside the repository', () => {
    const text =
      "require 'json'\nrequire_relative 'lib/probe'\nrequire_relative(\"../shared/http.rb\")\nrequire_relative '../../../x'\nrequire_relative '/opt/shared/x'\n";
    expect(rubyImports(text, 'tools/check.rb')).toEqual(['tools/lib/probe.rb', 'shared/http.rb']);
  });
});
