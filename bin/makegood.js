#!/usr/bin/env node
// The `makegood` command: the CLI is built with the app (`npm run build`) into out/main/cli.js.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('makegood: the command is not built yet. Run `npm run build` in the Makegood folder first.');
  process.exit(1);
}
await import(cli);
