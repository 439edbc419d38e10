import { Command, InvalidArgumentError, Option } from 'commander';
import { version } from '../../package.json';
import { AppError } from '../../shared/result';
import { BUSY_SENTENCE, isBusy } from './busy';
import type * as backupCli from './backup';
import type * as demoCli from './demo';
import type * as exportCli from './export';
import type * as importCli from './import';
import type * as moveToCli from './moveTo';
import type * as figuresCli from './figures';
import type * as reportCli from './report';
import type * as restoreCli from './restore';
import type * as serveCli from './serve';

// Each command's module loads only when that command runs: `makegood report` need not load the
// demo generator, the CSV parser or the web server (the start of every command is faster).
const backupCommand = async (...a: Parameters<typeof backupCli.backupCommand>) => (await import('./backup')).backupCommand(...a);
const demoCommand = async (...a: Parameters<typeof demoCli.demoCommand>) => (await import('./demo')).demoCommand(...a);
const exportCommand = async (...a: Parameters<typeof exportCli.exportCommand>) => (await import('./export')).exportCommand(...a);
const importCommand = async (...a: Parameters<typeof importCli.importCommand>) => (await import('./import')).importCommand(...a);
const figuresCommand = async (...a: Parameters<typeof figuresCli.figuresCommand>) => (await import('./figures')).figuresCommand(...a);
const moveToCommand = async (...a: Parameters<typeof moveToCli.moveToCommand>) => (await import('./moveTo')).moveToCommand(...a);
const reportCommand = async (...a: Parameters<typeof reportCli.reportCommand>) => (await import('./report')).reportCommand(...a);
const restoreCommand = async (...a: Parameters<typeof restoreCli.restoreCommand>) => (await import('./restore')).restoreCommand(...a);
const serveCommand = async (...a: Parameters<typeof serveCli.serveCommand>) => (await import('./serve')).serveCommand(...a);

const positiveInt = (label: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${label} must be a whole number.`);
  return n;
};

const program = new Command()
  .name('makegood')
  .description('Makegood: a service-recovery log for owner-operated shops.')
  .version(version)
  .option(
    '--db <path|url>',
    "the data file, or a shared database's address postgres://user@host/database (default: $MAKEGOOD_DB, else Makegood's folder in your application data); the password comes from $PGPASSWORD, never the address",
  )
  .showHelpAfterError()
  .addHelpText(
    'after',
    `
Examples:
  makegood --db /tmp/try.sqlite demo --incidents 2000   fill a new file with a year of sample incidents
  makegood serve                                         open your own data in a browser
  PGPASSWORD=… makegood --db postgres://makegood@db.local/makegood serve
                                                         the shop's shared database (several counters)
  makegood move-to postgres://makegood@db.local/makegood copy this computer's file into an empty shared database`,
  );

program
  .command('demo')
  .description('fill an empty data file with realistic sample incidents from the past year')
  .option('--incidents <n>', 'how many incidents', positiveInt('--incidents'), 3000)
  .option('--seed <s>', 'the same seed gives the same data', positiveInt('--seed'), 1)
  .action((opts: { incidents: number; seed: number }) => demoCommand(program.opts<{ db?: string }>().db, opts));

program
  .command('serve')
  .description('run Makegood in your browser on this computer only (127.0.0.1) and print the address to open')
  .option('--port <p>', 'the port (default: a free one)', positiveInt('--port'), 0)
  .action((opts: { port: number }) => serveCommand(program.opts<{ db?: string }>().db, opts));

program
  .command('figures')
  .description("a month's figures, as docs/domain.md defines them: a readable table, or the JSON object with --json")
  .requiredOption('--month <YYYY-MM>', 'the month, e.g. 2026-10')
  .option('--json', 'print the figures as JSON')
  .action((opts: { month: string; json?: boolean }) => figuresCommand(program.opts<{ db?: string }>().db, opts));

program
  .command('report')
  .description("the month's report as a PDF, printed with Chromium or Google Chrome (external edition unless --internal)")
  .requiredOption('--month <YYYY-MM>', 'the month, e.g. 2026-10')
  .requiredOption('--out <file.pdf>', 'where to write the PDF')
  .option('--internal', 'the internal edition: names staff and adds internal notes (for the team only)')
  .option('--chromium <path>', 'the browser to print with (default: $MAKEGOOD_CHROMIUM, else the usual install paths)')
  .action((opts: { month: string; out: string; internal?: boolean; chromium?: string }) =>
    reportCommand(program.opts<{ db?: string }>().db, opts),
  );

program
  .command('import')
  .description('add incidents from a CSV file (any delimiter; UTF-8 or UTF-16) or an .xlsx/.ods workbook: all or nothing, unless --skip-bad-rows')
  .argument('<file>', 'the file to read')
  .option('--dry-run', 'check the file and report; write nothing')
  .option('--skip-bad-rows', 'import the good incidents and list the rows left out')
  .option('--map <pairs>', 'columns the headers do not say, as "Their column=field,…" (field "-" leaves one out), e.g. "Beschwerde=what_happened,Tisch=-"')
  .addOption(new Option('--date-format <order>', 'how the dates are written, when the file does not settle it (no day over 12)').choices(['dmy', 'mdy', 'ymd', 'iso']))
  .option('--encoding <label>', 'the CSV file\'s encoding when it is not UTF-8 or UTF-16 with a BOM, e.g. windows-1252')
  .option('--sheet <name>', 'the workbook\'s sheet to read (default: the first)')
  .option('--resolved', 'these are past incidents that were dealt with: resolved when they happened, unless the file says when')
  .action((file: string, opts: importCli.ImportOptions) => importCommand(program.opts<{ db?: string }>().db, file, opts));

program
  .command('export')
  .description('write every incident (or those from/to, local days by when they happened) to a CSV file')
  .argument('<file.csv>', 'the file to write')
  .option('--from <YYYY-MM-DD>', 'first day, e.g. 2026-10-01')
  .option('--to <YYYY-MM-DD>', 'last day, included')
  .action((file: string, opts: { from?: string; to?: string }) => exportCommand(program.opts<{ db?: string }>().db, file, opts));

program
  .command('backup')
  .description('copy the data file safely, even while Makegood is open (default: a backups folder beside it); a shared database is backed up with pg_dump')
  .option('--out <file>', 'where to write the copy')
  .action((opts: { out?: string }) => backupCommand(program.opts<{ db?: string }>().db, opts));

program
  .command('restore')
  .description('replace the data with a backup: the file is checked first and the current data saved in the backups folder')
  .argument('<file>', 'the backup to restore, e.g. a file from the backups folder')
  .action((file: string) => restoreCommand(program.opts<{ db?: string }>().db, file));

program
  .command('move-to')
  .description("copy every record of this computer's data file into an empty shared PostgreSQL database; counts and figures are checked before anything switches")
  .argument('<url>', 'the shared database, e.g. postgres://makegood@db.local/makegood (password from $PGPASSWORD)')
  .action((url: string) => moveToCommand(program.opts<{ db?: string }>().db, url));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // A mistake a person can make gets one sentence and exit code 1; anything else is a bug.
  if (error instanceof AppError) {
    console.error(`makegood: ${error.message}`);
    process.exit(1);
  }
  // Another program holding the file is something a person causes, not a bug.
  if (isBusy(error)) {
    console.error(`makegood: ${BUSY_SENTENCE}`);
    process.exit(1);
  }
  throw error;
}
