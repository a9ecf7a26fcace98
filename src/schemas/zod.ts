import en from 'zod/v4/locales/en.js';
import * as z from 'zod/mini';

/*
 * Zod Mini: the same checks as the full build in functions the bundler can drop when unused — about
 * a quarter of the full build's size on the first screen. It ships without messages: the English
 * ones are loaded so that a rejected response or file says what is wrong, not "Invalid input".
 */
// The intranet's Content-Security-Policy forbids eval; without this zod probes for it with new Function.
z.config({ jitless: true, ...en() });

export { z };
