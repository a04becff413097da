#!/usr/bin/env node
// The CLI, bundled into one CommonJS file (scripts/bundle.mjs) so that a pre-commit hook starts it about as fast as
// Node itself. CommonJS here too (bin/package.json): the ES module loader would cost every run a few milliseconds.
require('../bundle/cli.cjs');
