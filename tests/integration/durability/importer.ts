// Child process of the import-lock tests and bench: imports a CSV file into a database through the
// core, as `makegood import` does, and prints `open` once the file is open, then one line of JSON
// with what it wrote and how long it took.
// Usage: node importer.mjs <database> <csv file> <incidents per transaction | auto>
import { openCore } from '../../../electron/main/core/app';
import { importFile, type ImportPace } from '../../../electron/main/core/data/import';

const [databasePath, csvPath, chunk] = process.argv.slice(2);
if (!databasePath || !csvPath || !chunk) throw new Error('usage: importer.ts <database> <csv> <chunk|auto>');
const core = openCore({ databasePath, version: 'durability' });
process.stdout.write('open\n');
const pace: ImportPace = chunk === 'auto' ? {} : { chunk: Number(chunk) };
const started = performance.now();
const result = await importFile(core.db, csvPath, { mapping: {}, historic: false, skipBadRows: false, dryRun: false }, new Date(), { pace });
const ms = Math.round(performance.now() - started);
process.stdout.write(`${JSON.stringify({ ms, written: result.written, incidents: result.incidents, problems: result.problems.slice(0, 3) })}\n`);
core.close();
