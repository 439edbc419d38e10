import { Command, InvalidArgumentError } from 'commander';
import { version } from '../../package.json';
import { AppError } from '../../shared/result';
import { backupCommand } from './backup';
import { demoCommand } from './demo';
import { serveCommand } from './serve';

const positiveInt = (label: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${label} must be a whole number.`);
  return n;
};

const program = new Command()
  .name('makegood')
  .description('Makegood: a service-recovery log for owner-operated shops.')
  .version(version)
  .option('--db <path>', 'the data file (default: $MAKEGOOD_DB, else Makegood\'s folder in your application data)')
  .showHelpAfterError()
  .addHelpText(
    'after',
    `
Examples:
  makegood --db /tmp/try.sqlite demo --incidents 2000   fill a new file with a year of sample incidents
  makegood serve                                         open your own data in a browser`,
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
  .command('backup')
  .description('copy the data file safely, even while Makegood is open (default: a backups folder beside it)')
  .option('--out <file>', 'where to write the copy')
  .action((opts: { out?: string }) => backupCommand(program.opts<{ db?: string }>().db, opts));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // A mistake a person can make gets one sentence and exit code 1; anything else is a bug.
  if (error instanceof AppError) {
    console.error(`makegood: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
