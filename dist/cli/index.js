#!/usr/bin/env node
// The promotion-gate CLI (package.json bin).
// Written by scripts/build.mjs: the code is in dist/lib (src/entries/main.ts).
import module from 'node:module';
module.enableCompileCache?.();
const { cli } = await import('../lib/index.js');
await cli(process.argv.slice(2));
