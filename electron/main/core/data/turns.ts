// How an import shares its thread: between steps, and every ROWS_PER_TURN rows within them, it
// gives the thread back (a turn), so a save in the same app waits for one slice, not the whole file.
export const ROWS_PER_TURN = 2_000;
export const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
export const gap = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
