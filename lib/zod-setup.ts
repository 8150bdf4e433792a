import { z } from 'zod';

// zod 4 probes `new Function("")` to decide whether to JIT-compile parsers. Extension pages forbid eval under
// their CSP, and web-ext lint flags the probe, so the extension turns the JIT off before any parse.
z.config({ jitless: true });
