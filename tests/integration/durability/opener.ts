// Child process of the first-open test: opens a data file through the core, as every command and the
// app do on start, and says whether that worked. Usage: node opener.mjs <database>
import { openCore } from '../../../electron/main/core/app';

try {
  openCore({ databasePath: process.argv[2] ?? '', version: 'durability' }).close();
  process.stdout.write('opened\n');
} catch (error) {
  process.stdout.write(`failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
