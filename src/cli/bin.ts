// The CLI as a program. scripts/bundle.mjs bundles this file into bundle/cli.cjs, which bin/secret-hygiene.js runs.
import { main } from './main.js';

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
