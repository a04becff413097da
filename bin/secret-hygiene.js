#!/usr/bin/env node
// The CLI is one bundled CommonJS file (scripts/bundle.mjs), so that a pre-commit hook starts it about as fast as
// Node itself. CommonJS here too (bin/package.json): the ES module loader would cost every run a few milliseconds.
//
// Compiling the bundle is the largest part of what is left, so V8's compiled code is kept beside it
// (bundle/cli.cjs.cache) and given back to V8 on the next run: V8 rejects it when the bundle, Node or V8's flags
// changed, and it is then written again. Only a process that may write the bundle itself may write its cache:
// where the package is read-only, nothing is kept. This is what Node 22's module.enableCompileCache() does.
'use strict';
const { readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const { Script } = require('node:vm');

const file = path.join(__dirname, '..', 'bundle', 'cli.cjs');
const cache = `${file}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cache);
} catch {
  // no cache yet
}
const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
const script = new Script(wrapped, { filename: file, cachedData });
const cli = { exports: {} };
script.runInThisContext().call(cli.exports, cli.exports, createRequire(file), cli, file, path.dirname(file));
if (cachedData === undefined || script.cachedDataRejected) {
  // V8 takes a cache only under the flags it was made with: none is kept from a run that changed them (a long
  // one, src/cli/optimize-later.ts), which the next run would reject.
  const { cachedDataVersionTag } = require('node:v8');
  const flags = cachedDataVersionTag();
  // After the run, so that the functions it compiled are in the cache; renamed into place, so never read half written.
  process.once('beforeExit', () => {
    if (cachedDataVersionTag() !== flags) return;
    const partial = `${cache}.${process.pid}`;
    try {
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, cache);
    } catch {
      // a read-only install: the next run compiles again
      rmSync(partial, { force: true });
    }
  });
}
