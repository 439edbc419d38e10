// What dispatch and the HTTP bridge add to a call: the same request three ways, alternately.
import type { Core } from '../../electron/main/core/app';
import { dispatch } from '../../electron/main/core/rpc/dispatch';
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
  const bridge = await startBridge({ handlers: core.handlers, port: 0 });
  const body = JSON.stringify(request);
  const viaHttp = async () => {
    const res = await fetch(`${bridge.url}rpc/incidents.list`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bridge.token}`, 'content-type': 'application/json' },
      body,
    });
    const json = (await res.json()) as { ok: boolean };
    if (!json.ok) throw new Error('bridge call failed');
  };
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
    await bridge.close();
  }
}
