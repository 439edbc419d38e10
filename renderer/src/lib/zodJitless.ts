import { z } from 'zod';

// The app runs under a CSP without 'unsafe-eval'. zod decides whether to compile parsers with
// new Function() as each schema is built. public/zod-jitless.js sets this before any module runs
// (bundling can order chunks so a schema is built before this import); this keeps it set for the
// unit tests, which load no HTML.
z.config({ jitless: true });
