import { z } from 'zod';

// The app runs under a CSP without 'unsafe-eval'. zod decides whether to compile parsers with
// new Function() as each schema is built, so this runs before any module that builds one.
z.config({ jitless: true });
