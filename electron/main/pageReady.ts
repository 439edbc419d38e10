// A page drawn in a hidden window to be printed (the monthly report, a voucher slip) says when it
// is ready, or why it could not be drawn, in a data attribute of its body: `data-<name>-ready` and
// `data-<name>-error`. This waits for one or the other.
import type { WebContents } from 'electron';
import { AppError } from '../../shared/result';

export interface PageReady {
  /** The attributes' middle word: 'report' reads data-report-ready and data-report-error. */
  name: 'report' | 'slip';
  /** How long a healthy page can take to draw. */
  timeoutMs: number;
  /** The sentences, written when needed: "The report could not be made: {reason}", "The report took more than a minute to draw." */
  failed: (reason: string) => string;
  tooLong: () => string;
}

export async function waitForPage(contents: WebContents, page: PageReady): Promise<void> {
  const ready = `${page.name}Ready`;
  const error = `${page.name}Error`;
  const started = Date.now();
  for (;;) {
    const state = (await contents.executeJavaScript(
      `document.body.dataset.${ready} === 'true' ? 'ready' : (document.body.dataset.${error} || '')`,
    )) as string;
    if (state === 'ready') return;
    if (state) throw new AppError('BAD_REQUEST', page.failed(state));
    if (Date.now() - started > page.timeoutMs) throw new AppError('INTERNAL', page.tooLong());
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
