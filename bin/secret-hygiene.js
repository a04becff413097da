#!/usr/bin/env node
// The CLI, bundled into one file (scripts/bundle.mjs) so that a pre-commit hook starts it about as fast as Node itself.
import '../bundle/cli.js';
