// Loaded with `node --import` before a command: prints the process's peak resident memory as it exits.
// On Linux it is VmHWM of this process's own memory: getrusage's maxRSS keeps, across exec, the peak of
// the forked copy of the parent, so a child of a 230 MB bench would report 230 MB whatever it used.
import { readFileSync } from 'node:fs';

function peakKb() {
  try {
    const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (hwm) return Number(hwm);
  } catch {
    // Not Linux: getrusage is all there is.
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => process.stderr.write(`max-rss-kb ${peakKb()}\n`));
