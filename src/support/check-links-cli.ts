/**
 * `npm run check-links -- FILE…` (or `-` for standard input): lists the links to the guide in
 * support macros that no longer land where they should, against today's catalogue. Exits with 1
 * when one does, 2 when a file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { checkLinks, formatReport } from './check-links.ts';
import { linkContract } from './contract.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
	console.error('Usage\u00a0: npm run check-links -- FICHIER… (ou - pour l’entrée standard)');
	process.exit(2);
}

const contract = linkContract();
let broken = false;
for (const file of files) {
	let text: string;
	try {
		text = readFileSync(file === '-' ? 0 : file, 'utf8');
	} catch (error) {
		console.error(`${file}\u00a0: lecture impossible (${(error as Error).message})`);
		process.exit(2);
	}
	const reports = checkLinks(text, contract);
	console.log(formatReport(file, reports));
	if (reports.some((report) => report.problems.length > 0)) broken = true;
}
process.exit(broken ? 1 : 0);
