import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import type { AddressInfo } from 'node:net';
import { linkWithKey } from '../../../shared/browserKey';
import { isMonth } from '../../../shared/month';
import { readEdition, type Edition } from '../../../shared/report';
import { AppError, type Result } from '../../../shared/result';
import type { MessageId } from '../../../shared/i18n/catalog';
import type { ExportRequest } from '../../../shared/schemas/data';
import { say, speaking } from '../core/i18n/speak';
import type { CoreCall } from '../core/service/protocol';
import { fileLanguageOf } from '../language';
import { addChangeEventsRoute, CHANGES_PATH, type ChangeFeed } from './changeEvents';
import { addExportRoute, type ExportTicket, type ExportTickets, type StreamExport } from './exportCsv';
import { addImportUploadRoute, IMPORT_UPLOAD_PATH, type StageUpload } from './importUpload';
import { allowedHosts, allowedOrigins, bearer, type BridgeKeys, CONTENT_SECURITY_POLICY, createKeys, createTickets } from './security';
import { STATUS } from './status';

export interface BridgeOptions {
  /** The core: a worker thread's in `serve` (core/service), this thread's in tests and the report printer. */
  call: CoreCall;
  /** The built renderer (out/renderer); omitted, only /rpc is served. */
  staticDir?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Called with a fresh one-time link each time the current one is used: serve prints it. */
  onLinkUsed?: (openUrl: string) => void;
  /** Browser mode's PDF download (GET /report.pdf?month=&edition=); omitted, that address is not served. */
  printReportPdf?: (month: string, edition: Edition) => Promise<Uint8Array>;
  /** Browser mode's CSV download (GET /export.csv), streamed from these pieces; omitted, that address is not served. */
  streamExport?: StreamExport;
  /** Browser mode's file for an import (POST /import-upload), staged beside the data file; omitted, that address is not served. */
  stageUpload?: StageUpload;
  /** Browser mode's change signal (GET /changes, Server-Sent Events); omitted, that address is not served. */
  changes?: ChangeFeed;
}

export interface Bridge {
  url: string;
  /** The address to open now, `…/#key=…`: its key works once, then this is a fresh address. */
  readonly openUrl: string;
  port: number;
  /** What the page trades the link for; callers in this process send it as `Authorization: Bearer …`. */
  sessionKey: string;
  /** A one-time address (`/export.csv?ticket=…`, good for a minute) the page downloads this export from. */
  exportDownloadUrl(request: ExportRequest, fileName: string): string;
  close(): Promise<void>;
}

/**
 * The largest call's body, in bytes: a draft or a long note is far below it. A file to import is
 * not a call: it goes to POST /import-upload, streamed to the disk (importUpload.ts).
 */
export const MAX_BODY = 4 * 1024 * 1024;

/**
 * Builds the browser-mode app: loopback only, Host and Origin checked on every request; the app's
 * shell (no data in it) to anyone who passes those, and every data path only with a key.
 */
export function createBridgeApp(
  options: Omit<BridgeOptions, 'port' | 'onLinkUsed'> & { keys: BridgeKeys; tickets: ExportTickets; port: () => number },
) {
  const app = new Hono();
  const { keys } = options;
  // The page reads these sentences, and the page speaks the file's language: asked of the core when
  // one is written (rarely), else the process's (the terminal's in `serve`).
  const inFileLanguage = async (sentence: () => string): Promise<string> => {
    const language = await fileLanguageOf(options.call);
    return language ? speaking(() => language, sentence) : sentence();
  };
  const answer = async (code: 'BAD_REQUEST' | 'INTERNAL', id: MessageId): Promise<Result<never> & { ok: false }> => ({
    ok: false,
    code,
    message: await inFileLanguage(() => say(id)),
  });
  const refuse = async (status: 401 | 403, id: MessageId): Promise<Result<never> & { ok: false }> => ({
    ok: false,
    code: 'UNAUTHORIZED',
    message: await inFileLanguage(() => (status === 401 ? say(id) : say('bridge.refused', { reason: say(id) }))),
  });

  app.use(async (c, next) => {
    const port = options.port();
    const host = c.req.header('host') ?? '';
    if (!allowedHosts(port).includes(host)) return c.json(await refuse(403, 'bridge.unknownHost'), 403);
    const origin = c.req.header('origin');
    if (origin !== undefined && !allowedOrigins(port).includes(origin)) return c.json(await refuse(403, 'bridge.foreignOrigin'), 403);
    const site = c.req.header('sec-fetch-site');
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return c.json(await refuse(403, 'bridge.crossSite'), 403);
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  });

  // The key is a header the page adds, never a cookie: a cookie for 127.0.0.1 goes to every port on it.
  const withSession: MiddlewareHandler = async (c, next) => {
    if (!keys.isSession(bearer(c.req.header('authorization')))) {
      return c.json(await refuse(401, 'bridge.noKey'), 401);
    }
    await next();
  };
  app.use('/rpc/*', withSession);
  app.use('/report.pdf', withSession);
  app.use(IMPORT_UPLOAD_PATH, withSession);
  app.use(CHANGES_PATH, withSession);

  app.post('/session', async (c) => {
    const sessionKey = keys.trade(bearer(c.req.header('authorization')));
    c.header('Cache-Control', 'no-store');
    if (!sessionKey) return c.json(await refuse(401, 'bridge.linkUsed'), 401);
    return c.json({ ok: true, value: { sessionKey } });
  });
  app.all('/session', async (c) => c.json(await answer('BAD_REQUEST', 'bridge.sessionMethod'), 405));

  app.post('/rpc/:channel', async (c) => {
    // The size is checked by hand, not with hono's bodyLimit, which re-streams every body to count
    // it: 0.27 ms of a call's 1 ms (npm run bench). The declared length is refused before reading.
    const tooLarge = async () => c.json(await answer('BAD_REQUEST', 'bridge.tooLarge'), 413);
    if (Number(c.req.header('content-length') ?? 0) > MAX_BODY) return tooLarge();
    let payload: unknown;
    try {
      const text = await c.req.text();
      if (text.length > MAX_BODY) return tooLarge();
      payload = text === '' ? {} : JSON.parse(text);
    } catch {
      return c.json(await answer('BAD_REQUEST', 'bridge.notJson'), 400);
    }
    const result = await options.call(c.req.param('channel'), payload);
    c.header('Cache-Control', 'no-store');
    return c.json(result, result.ok ? 200 : (STATUS[result.code] ?? 500));
  });

  // Another method on a channel's address, or no channel named: still an answer a transport can read.
  app.all('/rpc/*', async (c) => c.json(await answer('BAD_REQUEST', 'bridge.rpcMethod'), 405));
  // A throw that escaped every handler is a bug, but the page still gets the one error shape.
  app.onError(async (error, c) => {
    console.error('[bridge] request failed', error);
    return c.json(await answer('INTERNAL', 'bridge.internal'), 500);
  });

  const printReportPdf = options.printReportPdf;
  if (printReportPdf) {
    app.get('/report.pdf', async (c) => {
      const month = c.req.query('month') ?? '';
      const edition = readEdition(c.req.query('edition'));
      if (!isMonth(month)) {
        return c.json(await answer('BAD_REQUEST', 'bridge.reportMonth'), 400);
      }
      try {
        const pdf = await printReportPdf(month, edition);
        c.header('Content-Type', 'application/pdf');
        c.header('Content-Disposition', `attachment; filename="makegood-report-${month}.pdf"`);
        c.header('Cache-Control', 'no-store');
        return c.body(new Uint8Array(pdf));
      } catch (error) {
        // A missing browser is the owner's to fix, in one sentence; anything else is a bug.
        if (error instanceof AppError) return c.json({ ok: false, code: error.code, message: error.message }, STATUS[error.code] ?? 500);
        throw error;
      }
    });
  }

  if (options.streamExport) addExportRoute(app, { keys, tickets: options.tickets, streamExport: options.streamExport });
  if (options.stageUpload) addImportUploadRoute(app, options.stageUpload);
  if (options.changes) addChangeEventsRoute(app, options.changes);

  if (options.staticDir) {
    app.use('/*', serveStatic({ root: options.staticDir }));
    app.get('/', serveStatic({ root: options.staticDir, path: 'index.html' }));
  }
  return app;
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  let port = options.port ?? 0;
  const url = () => `http://127.0.0.1:${port}/`;
  const keys = createKeys((linkKey) => options.onLinkUsed?.(linkWithKey(url(), linkKey)));
  const tickets = createTickets<ExportTicket>();
  const app = createBridgeApp({ ...options, keys, tickets, port: () => port });
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => resolve(s));
    s.once('error', reject);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: url(),
    get openUrl() {
      return linkWithKey(url(), keys.linkKey);
    },
    port,
    sessionKey: keys.sessionKey,
    exportDownloadUrl: (request, fileName) => `/export.csv?ticket=${tickets.issue({ request, fileName })}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
