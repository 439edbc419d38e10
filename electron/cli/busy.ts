// A command that writes while the app (or another command) is saving waits its turn and says so once.

export const WAITING_LINE = 'waiting for Makegood to finish saving…';

/** An onBusyWait for openCore: prints WAITING_LINE on stderr the first time, then nothing. */
export function sayWaitingOnce(): () => void {
  let said = false;
  return () => {
    if (said) return;
    said = true;
    process.stderr.write(`${WAITING_LINE}\n`);
  };
}

/** SQLITE_BUSY that got past the waiting (an open, a pragma): a sentence, not a stack trace. */
export const isBusy = (error: unknown) => (error as { code?: unknown } | null)?.code === 'SQLITE_BUSY';
export const BUSY_SENTENCE = 'the data file is busy in another program (Makegood saving, or another command); try again in a moment.';
