// A child of these tests (writer, importer, saver…) as the tests and the bench drive it: the lines it
// prints after saying `open`, that moment, and its end (a SIGKILL the caller sent is an end, not a failure).
import { type ChildProcess, spawn } from 'node:child_process';

export interface RunningChild {
  child: ChildProcess;
  lines: string[];
  opened: Promise<void>;
  /** The exit code; rejects with what the child said on stderr when it failed. */
  ended: Promise<number | null>;
}

export function startChild(path: string, args: string[], options: { cwd?: string } = {}): RunningChild {
  const child = spawn(process.execPath, [path, ...args], { stdio: ['pipe', 'pipe', 'pipe'], ...options });
  const lines: string[] = [];
  let rest = '';
  let err = '';
  let opened!: () => void;
  const openedP = new Promise<void>((resolve) => (opened = resolve));
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = `${rest}${chunk}`.split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) {
      if (line === 'open') opened();
      else lines.push(line);
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const ended = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0 && signal !== 'SIGKILL') reject(new Error(`${args.join(' ')} ended with ${code}: ${err.trim()}`));
      else resolve(code);
    });
  });
  return { child, lines, opened: openedP, ended };
}
