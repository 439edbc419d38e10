import { Help, InvalidArgumentError, Option } from 'commander';
import { version } from '../../package.json';
import { AppError } from '../../shared/result';
import { busySentence, isBusy } from './busy';
import { SpeakingCommand } from './commanderErrors';
import { loadCliLanguage, say } from './say';
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
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(say('cli.wholeNumber', { option: label }));
  return n;
};

// The help, the commands' lines and their options speak the terminal's language (say.ts).
loadCliLanguage();
const TITLES: Record<string, string> = {
  'Usage:': say('cli.help.usage'),
  'Options:': say('cli.help.options'),
  'Commands:': say('cli.help.commands'),
  'Arguments:': say('cli.help.arguments'),
};
/** Commander's own words around an option: its "(default: …)" and "(choices: …)". */
const bracketed = (text: string) =>
  text.replace(/\((default|choices): ([^()]*)\)/g, (_, word: string, value: string) =>
    `(${word === 'default' ? say('cli.help.default', { value }) : say('cli.help.choices', { values: value })})`,
  );

// Commander's own errors (an unknown option, a missing argument) too (commanderErrors.ts).
const program = new SpeakingCommand()
  .name('makegood')
  .description(say('cli.program'))
  .version(version, '-V, --version', say('cli.help.version'))
  .helpOption('-h, --help', say('cli.help.help'))
  .helpCommand('help [command]', say('cli.help.help'))
  .configureHelp({
    styleTitle: (title) => TITLES[title] ?? title,
    optionDescription(option) {
      return bracketed(Help.prototype.optionDescription.call(this, option));
    },
  })
  .option('--db <path|url>', say('cli.option.db'))
  .showHelpAfterError()
  .addHelpText(
    'after',
    `
${say('cli.help.examples')}
  makegood --db /tmp/try.sqlite demo --incidents 2000   ${say('cli.help.example.demo')}
  makegood serve                                         ${say('cli.help.example.serve')}
  PGPASSWORD=… makegood --db postgres://makegood@db.local/makegood serve
                                                         ${say('cli.help.example.shared')}
  makegood move-to postgres://makegood@db.local/makegood ${say('cli.help.example.moveTo')}`,
  );

program
  .command('demo')
  .description(say('cli.demo'))
  .option('--incidents <n>', say('cli.demo.incidents'), positiveInt('--incidents'), 3000)
  .option('--seed <s>', say('cli.demo.seed'), positiveInt('--seed'), 1)
  .action((opts: { incidents: number; seed: number }) => demoCommand(program.opts<{ db?: string }>().db, opts));

program
  .command('serve')
  .description(say('cli.serve'))
  .option('--port <p>', say('cli.serve.port'), positiveInt('--port'))
  .action((opts: { port?: number }) => serveCommand(program.opts<{ db?: string }>().db, opts));

program
  .command('figures')
  .description(say('cli.figures'))
  .requiredOption('--month <YYYY-MM>', say('cli.month'))
  .option('--json', say('cli.figures.json'))
  .action((opts: { month: string; json?: boolean }) => figuresCommand(program.opts<{ db?: string }>().db, opts));

program
  .command('report')
  .description(say('cli.report'))
  .requiredOption('--month <YYYY-MM>', say('cli.month'))
  .requiredOption('--out <file.pdf>', say('cli.report.out'))
  .option('--internal', say('cli.report.internal'))
  .option('--chromium <path>', say('cli.report.chromium'))
  .action((opts: { month: string; out: string; internal?: boolean; chromium?: string }) =>
    reportCommand(program.opts<{ db?: string }>().db, opts),
  );

program
  .command('import')
  .description(say('cli.import'))
  .argument('<file>', say('cli.import.file'))
  .option('--dry-run', say('cli.import.dryRun'))
  .option('--skip-bad-rows', say('cli.import.skipBadRows'))
  .option('--map <pairs>', say('cli.import.map'))
  .addOption(new Option('--date-format <order>', say('cli.import.dateFormat')).choices(['dmy', 'mdy', 'ymd', 'iso']))
  .option('--encoding <label>', say('cli.import.encoding'))
  .option('--sheet <name>', say('cli.import.sheet'))
  .option('--resolved', say('cli.import.resolved'))
  .action((file: string, opts: importCli.ImportOptions) => importCommand(program.opts<{ db?: string }>().db, file, opts));

program
  .command('export')
  .description(say('cli.export'))
  .argument('<file.csv>', say('cli.export.file'))
  .option('--from <YYYY-MM-DD>', say('cli.export.from'))
  .option('--to <YYYY-MM-DD>', say('cli.export.to'))
  .action((file: string, opts: { from?: string; to?: string }) => exportCommand(program.opts<{ db?: string }>().db, file, opts));

program
  .command('backup')
  .description(say('cli.backup'))
  .option('--out <file>', say('cli.backup.out'))
  .action((opts: { out?: string }) => backupCommand(program.opts<{ db?: string }>().db, opts));

program
  .command('restore')
  .description(say('cli.restore'))
  .argument('<file>', say('cli.restore.file'))
  .action((file: string) => restoreCommand(program.opts<{ db?: string }>().db, file));

program
  .command('move-to')
  .description(say('cli.moveTo'))
  .argument('<url>', say('cli.moveTo.url'))
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
    console.error(`makegood: ${busySentence()}`);
    process.exit(1);
  }
  throw error;
}
