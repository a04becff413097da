// The CLI as a program. scripts/bundle.mjs bundles this file into bundle/cli.js, which bin/secret-hygiene.js runs.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
