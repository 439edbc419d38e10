// The thread that talks to PostgreSQL for one synchronous connection (pgDb.ts). It is plain
// JavaScript, run with `eval`, so the same text works from the built app, the command line and the
// tests without a second bundle entry; it loads `pg` from the path its parent resolved.
//
// Each request comes on `port`; the answer goes back on the same port, then `signal[0]` (the count
// of answers) goes up by one and is notified, which wakes the parent blocked in Atomics.wait (pgDb.ts) to read it.

export const PG_THREAD_SOURCE = String.raw`
const { workerData } = require('node:worker_threads');
const pg = require(workerData.pgPath);
const Cursor = require(workerData.cursorPath);
const { port, signal, config } = workerData;

// Values come back as the core reads them from SQLite: whole numbers as numbers, true/false as 1/0,
// dates (the schema keeps instants as text, so only computed ones) as their text.
const types = {
  getTypeParser(oid, format) {
    if (oid === 20 || oid === 1700) return (v) => (v === null ? null : Number(v));
    if (oid === 16) return (v) => (v === null ? null : v === 't' ? 1 : 0);
    if (oid === 1082 || oid === 1114 || oid === 1184) return (v) => v;
    return pg.types.getTypeParser(oid, format);
  },
};

let client = null;
let broken = null;
const cursors = new Map();

function describe(error) {
  return {
    message: error && error.message ? error.message : String(error),
    code: error && error.code ? String(error.code) : undefined,
    detail: error && error.detail,
    constraint: error && error.constraint,
    table: error && error.table,
    column: error && error.column,
    lost: broken !== null,
  };
}

async function connected() {
  if (client && broken === null) return client;
  if (client) {
    const old = client;
    client = null;
    cursors.clear();
    old.end().catch(() => {});
  }
  broken = null;
  const next = new pg.Client({ ...config, types });
  next.on('error', (error) => { broken = error; });
  next.on('end', () => { if (broken === null) broken = new Error('the connection was closed'); });
  await next.connect();
  // Makegood's tables are small enough to stay in the server's memory, where reading an index
  // costs about what reading the table in order does: planned so, a filtered count reads its index
  // alone (10 ms, not a 40 ms scan of the table, at 100,000 incidents). The server's own setting
  // applies to every other connection.
  // JIT compiling pays for itself on queries that run for seconds; a screen's query runs for
  // milliseconds, and compiling added 14 ms to the 12-month Pareto's 80 ms at 100,000 incidents.
  await next.query('SET random_page_cost = 1.1; SET jit = off; SET max_parallel_workers_per_gather = 0');
  client = next;
  return next;
}

const shape = (result) => ({
  rows: result.rows,
  fields: (result.fields || []).map((f) => f.name),
  rowCount: result.rowCount,
  command: result.command,
});

async function handle(request) {
  switch (request.op) {
    case 'connect': {
      const c = await connected();
      const version = await c.query('SHOW server_version_num');
      return { serverVersion: Number(version.rows[0].server_version_num) };
    }
    case 'query': {
      const c = await connected();
      return shape(await c.query({ text: request.text, values: request.values, rowMode: request.rowMode }));
    }
    case 'exec': {
      const c = await connected();
      await c.query(request.text);
      return {};
    }
    case 'cursor-open': {
      const c = await connected();
      const cursor = c.query(new Cursor(request.text, request.values, { rowMode: request.rowMode }));
      cursors.set(request.id, cursor);
      return {};
    }
    case 'cursor-read': {
      const cursor = cursors.get(request.id);
      if (!cursor) return { rows: [] };
      const rows = await cursor.read(request.count);
      return { rows };
    }
    case 'cursor-close': {
      const cursor = cursors.get(request.id);
      cursors.delete(request.id);
      if (cursor) await cursor.close();
      return {};
    }
    case 'close': {
      const c = client;
      client = null;
      if (c) await c.end();
      return {};
    }
    default:
      throw new Error('unknown request ' + request.op);
  }
}

port.on('message', async (request) => {
  let answer;
  try {
    answer = { ok: await handle(request) };
  } catch (error) {
    answer = { error: describe(error) };
  }
  port.postMessage(answer);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;
