import { version } from '../../package.json';
import { openCore } from '../main/core/app';
import { sayWaitingOnce } from './busy';
import { generateDemo } from '../main/core/demo/generate';
import { resolveDatabasePath } from '../main/core/paths';
import { shownTarget } from './target';
import { environmentLanguages } from '../../shared/i18n/languages';
import { say } from './say';

export function demoCommand(dbFlag: string | undefined, opts: { incidents: number; seed: number }): void {
  const databasePath = resolveDatabasePath(dbFlag);
  const core = openCore({ databasePath, version, onBusyWait: sayWaitingOnce(), languages: environmentLanguages(process.env) });
  try {
    const started = performance.now();
    const { incidents } = generateDemo(core.db, { incidents: opts.incidents, seed: opts.seed, now: new Date() });
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    console.log(say('cli.demo.done', { count: incidents, seed: opts.seed, target: shownTarget(databasePath), seconds }));
  } finally {
    core.close();
  }
}
