/** `npm run anchors`: rewrites the committed anchor list from the catalogue. */
import { writeFileSync } from 'node:fs';
import { anchorContract } from './index.ts';

writeFileSync(
	new URL('./anchors.json', import.meta.url),
	`${JSON.stringify(anchorContract(), null, '\t')}\n`,
);
console.log('src/catalogue/anchors.json écrit.');
