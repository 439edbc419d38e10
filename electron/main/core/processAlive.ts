// Whether another process on this computer still runs: restore's scratch folders and an import's
// batch are named by the process that made them, and left alone while it lives.
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // It exists but is someone else's: alive all the same.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
