/**
 * `npm run headers`: writes csp.ts's `headerPolicy` into `public/_headers` (its
 * `Content-Security-Policy:` line), after a hash in csp.ts changed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { headerPolicy } from './csp.ts';

const file = new URL('../../public/_headers', import.meta.url);
const before = readFileSync(file, 'utf8');
const line = /^(\s+Content-Security-Policy:).*$/m;
if (!line.test(before)) throw new Error('public/_headers has no Content-Security-Policy line');
const after = before.replace(line, `$1 ${headerPolicy}`);
writeFileSync(file, after);
console.log(after === before ? 'public/_headers: already up to date' : 'public/_headers: updated');
