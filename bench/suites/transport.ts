// What dispatch and the HTTP bridge add to a call: the same request three ways, alternately.
import { Agent, request as httpRequest } from 'node:http';
import type { Core } from '../../electron/main/core/app';
import { callerOf, dispatch } from '../../electron/main/core/rpc/dispatch';
import { startBridge } from '../../electron/main/server/bridge';
import { type BenchRow, samplePair, stats } from '../lib/measure';

export async function transportBench(core: Core, runs = 200): Promise<BenchRow[]> {
  const request = { limit: 20, filter: {} };
  // The handler's own input: what dispatch hands it after parsing (defaults filled in).
  const direct = () => core.handlers['incidents.list']({ limit: 20, filter: {}, cursor: null });
  const viaDispatch = async () => {
    const r = await dispatch(core.handlers, 'incidents.list', request);
    if (!r.ok) throw new Error(r.message);
  };
  const bridge = await startBridge({ call: callerOf(core.handlers), port: 0 });
  const body = JSON.stringify(request);
  // Node's plain http client on a kept-alive socket, as a browser keeps one: the least a client adds
  // (fetch in Node adds 0.3 ms of its own). What remains is the bridge and the loopback.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const headers = { authorization: `Bearer ${bridge.sessionKey}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
  const viaHttp = () =>
    new Promise<void>((resolve, reject) => {
      const req = httpRequest(`${bridge.url}rpc/incidents.list`, { method: 'POST', agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => ((JSON.parse(Buffer.concat(chunks).toString()) as { ok: boolean }).ok ? resolve() : reject(new Error('bridge call failed'))));
      });
      req.on('error', reject);
      req.end(body);
    });
  try {
    const [d1, dd] = await samplePair(viaDispatch, direct, runs, 20);
    const [h1, hd] = await samplePair(viaHttp, direct, runs, 20);
    // The budget is on the difference: what the transport adds to the handler's own time.
    const over = (a: typeof d1, b: typeof dd) => stats([a.median - b.median]);
    return [
      { what: 'dispatch overhead (journal page of 20)', unit: 'ms', value: over(d1, dd), reference: { what: 'direct handler call', value: dd }, budget: { max: 1 }, note: `dispatch ${d1.median.toFixed(2)} ms` },
      { what: 'HTTP bridge overhead (journal page of 20)', unit: 'ms', value: over(h1, hd), reference: { what: 'direct handler call', value: hd }, budget: { max: 1 }, note: `bridge ${h1.median.toFixed(2)} ms` },
    ];
  } finally {
    agent.destroy();
    await bridge.close();
  }
}
