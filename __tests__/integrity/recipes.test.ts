import { describe, expect, it } from 'vitest';
import { justRecipes, makeRecipes, taskRecipes } from '../../src/checks/integrity/recipes.js';

describe("what a task runner's file runs", () => {
  it('a Makefile: its recipe lines, continuations joined, prefixes dropped; its literal includes', () => {
    const text = [
      'include mk/vars.mk mk/$(ENV).mk',
      '-include local.mk # optional',
      'sinclude "quoted.mk"',
      'VERSION := $(shell git describe)',
      '',
      'smoke: build',
      '\t@echo smoke',
      '\t-./scripts/smoke.sh \\',
      '\t  --strict',
      '\t+$(MAKE) -C sub',
      '    not a recipe (spaces)',
    ].join('\n');
    expect(makeRecipes(text)).toEqual({
      // `$(MAKE)` is make itself.
      lines: ['echo smoke', './scripts/smoke.sh --strict', 'make -C sub'],
      includes: ['mk/vars.mk', 'local.mk', 'quoted.mk'],
    });
  });

  it('a justfile: its indented recipe bodies and its imports', () => {
    const text = [
      "import 'ci/common.just'",
      'import? "local.just"',
      '',
      'smoke arg:',
      '    @sh scripts/smoke.sh {{arg}}',
      '',
      '    ',
      '\t-./cleanup.sh',
    ].join('\n');
    expect(justRecipes(text)).toEqual({
      lines: ['sh scripts/smoke.sh {{arg}}', './cleanup.sh'],
      includes: ['ci/common.just', 'local.just'],
    });
  });

  it('a Taskfile: its list items as command lines, quotes dropped; the Taskfiles it includes', () => {
    const text = [
      "version: '3'",
      'includes:',
      '  ci:',
      '    taskfile: ./ci',
      '  docs: { taskfile: docs/Taskfile.yml }',
      '  other:',
      '    taskfile: "./other/Tasks.yml" # pinned',
      'tasks:',
      '  smoke:',
      '    cmds:',
      '      - echo smoke',
      "      - cmd: 'sh scripts/smoke.sh --strict'",
      '      - task: build',
    ].join('\n');
    const { lines, includes } = taskRecipes(text);
    expect(lines).toEqual(expect.arrayContaining(['echo smoke', 'sh scripts/smoke.sh --strict']));
    expect(includes).toEqual(['./ci/Taskfile.yml', './ci/Taskfile.yaml', './other/Tasks.yml']);
  });
});
