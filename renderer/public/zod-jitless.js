// Runs before any module of the app: zod must build every schema jitless, because the app's CSP
// refuses eval and zod probes for it (new Function) as soon as a schema is built. A classic
// script, not a module import, so no bundling order can put a schema before it. zod reads this
// object as its global config (zod/v4/core, globalConfig).
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
