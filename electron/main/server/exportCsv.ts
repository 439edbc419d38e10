// Browser mode's Export CSV: GET /export.csv streams the export's pieces as they are read, so
// `serve` never holds the whole file. Asked with the session key (scripts, tests), or with a
// one-time ticket that data.exportFile's answer carries (a link the browser follows to download).
import type { Hono } from 'hono';
import { type ExportRequest as ExportRequestType, ExportRequest } from '../../../shared/schemas/data';
import { AppError } from '../../../shared/result';
import { say } from '../core/i18n/speak';
import { bearer, type BridgeKeys, type createTickets } from './security';
import { STATUS } from './status';

export interface ExportTicket {
  request: ExportRequestType;
  fileName: string;
}
export type ExportTickets = ReturnType<typeof createTickets<ExportTicket>>;

/** The pieces of the export's text, header first: the core's 'export.csv' stream (in `serve`, pulled from its reader thread). */
export type StreamExport = (request: ExportRequestType) => AsyncIterable<string>;

/** Its refusals are written outside any call: in the process's language (`serve`: the terminal's). */
export function addExportRoute(app: Hono, options: { keys: BridgeKeys; tickets: ExportTickets; streamExport: StreamExport }): void {
  const { keys, tickets, streamExport } = options;
  app.get('/export.csv', async (c) => {
    let wanted: ExportTicket;
    const ticket = c.req.query('ticket');
    if (ticket !== undefined) {
      const taken = tickets.take(ticket);
      if (!taken) {
        return c.json({ ok: false, code: 'UNAUTHORIZED', message: say('exporting.download.expired') }, 401);
      }
      wanted = taken;
    } else if (keys.isSession(bearer(c.req.header('authorization')))) {
      const from = c.req.query('from');
      const to = c.req.query('to');
      const request = ExportRequest.safeParse({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
      if (!request.success) return c.json({ ok: false, code: 'BAD_REQUEST', message: request.error.issues.map((i) => i.message).join('; ') }, 400);
      wanted = { request: request.data, fileName: 'makegood-export.csv' };
    } else {
      return c.json({ ok: false, code: 'UNAUTHORIZED', message: say('exporting.download.noKey') }, 401);
    }

    const pieces = streamExport(wanted.request)[Symbol.asyncIterator]();
    // The header piece is read before answering, so a data file that cannot be read is still a
    // sentence with a status, not a download that breaks off.
    let first: IteratorResult<string>;
    try {
      first = await pieces.next();
    } catch (error) {
      if (error instanceof AppError) return c.json({ ok: false, code: error.code, message: error.message }, STATUS[error.code] ?? 500);
      throw error;
    }
    const encoder = new TextEncoder();
    let pending: IteratorResult<string> | null = first;
    let gone = false;
    // Pulled one piece at a time, as the socket takes them: the stream's backpressure reaches the reader.
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = pending ?? (await pieces.next());
          pending = null;
          if (gone) return;
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (error) {
          if (gone) return;
          console.error('[bridge] the export stopped', error);
          controller.error(error);
        }
      },
      // The browser gave up (the tab closed): stop reading, which closes the export's connection.
      async cancel() {
        gone = true;
        await pieces.return?.();
      },
    });
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${wanted.fileName}"`);
    c.header('Cache-Control', 'no-store');
    return c.body(body);
  });
}
