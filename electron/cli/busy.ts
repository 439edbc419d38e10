// A command that writes while the app (or another command) is saving waits its turn and says so once.
import { say } from './say';

/** The line a waiting command prints, in the terminal's language. */
export const waitingLine = () => say('cli.lines.waiting');

/** An onBusyWait for openCore: prints waitingLine() on stderr the first time, then nothing. */
export function sayWaitingOnce(): () => void {
  let said = false;
  return () => {
    if (said) return;
    said = true;
    process.stderr.write(`${waitingLine()}\n`);
  };
}

/** SQLITE_BUSY that got past the waiting (an open, a pragma): a sentence, not a stack trace. */
export const isBusy = (error: unknown) => (error as { code?: unknown } | null)?.code === 'SQLITE_BUSY';
export const busySentence = () => say('cli.lines.busy');
