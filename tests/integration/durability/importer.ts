// Child process of the import-lock tests and bench: imports a CSV file into a database through the
// core, as `makegood import` does (or, with `turns`, as the app's handler does), and prints
// `open` once the file is open, then one line of JSON with what it wrote and how long it took.
// Usage: node importer.mjs <database> <csv file> <incidents per transaction | auto> [sync|turns]
import { readFileSync } from 'node:fs';
import { openCore } from '../../../electron/main/core/app';
import { importCsv, importCsvInTurns, type ImportPace } from '../../../electron/main/core/data/import';

const [databasePath, csvPath, chunk, mode] = process.argv.slice(2);
if (!databasePath || !csvPath || !chunk) throw new Error('usage: importer.ts <database> <csv> <chunk|auto> [sync|turns]');
const core = openCore({ databasePath, version: 'durability' });
process.stdout.write('open\n');
const pace: ImportPace = chunk === 'auto' ? {} : { chunk: Number(chunk) };
const request = { csv: readFileSync(csvPath, 'utf8'), mapping: {}, dateFormat: 'iso' as const, skipBadRows: false, dryRun: false };
const started = performance.now();
const result = mode === 'turns' ? await importCsvInTurns(core.db, request, new Date(), pace) : importCsv(core.db, request, new Date(), pace);
const ms = Math.round(performance.now() - started);
process.stdout.write(`${JSON.stringify({ ms, written: result.written, incidents: result.incidents, problems: result.problems.slice(0, 3) })}\n`);
core.close();
