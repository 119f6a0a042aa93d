import { assistantProblems, type Lookups, lookups } from './assistant-link-problems.ts';
import type { LinkContract } from './contract.ts';
import { decoded, findGuideLinks, guideSegment, parse } from './link-text.ts';

/**
 * The core of `npm run check-links -- FILE`: finds every link to the guide in a text (support
 * macros, any format) and says which no longer land where they should. Pure: the text and the
 * contract in, the findings out. Reading the links: `link-text.ts`; their assistant part:
 * `assistant-link-problems.ts`.
 */

export type ProblemKind =
	| 'malformed'
	| 'old-path'
	| 'unknown-page'
	| 'unknown-anchor'
	| 'unknown-action'
	| 'unknown-product'
	| 'action-not-applicable'
	| 'unknown-step'
	| 'not-on-assistant';

export interface Problem {
	kind: ProblemKind;
	/** In French, for the support team. */
	message: string;
}

export interface FoundLink {
	link: string;
	/** 1-based, as editors count. */
	line: number;
	column: number;
}

export interface LinkReport extends FoundLink {
	problems: Problem[];
	/** The link to give instead, when one can be told. */
	fix?: string;
}

/** What is wrong with one link to the guide (nothing when it lands), and the link to give instead. */
export function checkLink(
	link: string,
	contract: LinkContract,
	known: Lookups = lookups(contract),
): Pick<LinkReport, 'problems' | 'fix'> {
	const url = parse(link);
	if (!(url instanceof URL)) return { problems: [url] };
	const path = decoded(url.pathname);
	const at = path.toLowerCase().indexOf(guideSegment);
	if (at < 0) return { problems: [{ kind: 'malformed', message: 'adresse mal formée (chemin)' }] };
	const before = path.slice(0, at);
	const after = path.slice(at + guideSegment.length);
	const problems: Problem[] = [];
	const legacy = contract.legacyPaths.find((legacyPath) =>
		`${before}${guideSegment}/`.endsWith(`/${legacyPath}`),
	);
	if (legacy) {
		problems.push({ kind: 'old-path', message: 'ancienne adresse du guide (/fr/)' });
	}
	if (!['', '/', '/index.html', '/liens.json'].includes(after)) {
		problems.push({ kind: 'unknown-page', message: `page inconnue «\u00a0${path}\u00a0»` });
	}
	const anchor = decoded(url.hash.slice(1));
	const isAssistantLink = ['action', 'produit', 'etape'].some((key) => url.searchParams.has(key));
	if (anchor && !known.anchors.has(anchor)) {
		problems.push({ kind: 'unknown-anchor', message: `ancre inconnue «\u00a0#${anchor}\u00a0»` });
	}
	if (isAssistantLink) problems.push(...assistantProblems(url, known));
	// Only an old path has a sure fix: the same link at the guide's address, if nothing else is wrong.
	if (legacy && problems.length === 1) {
		return { problems, fix: link.replace(new RegExp(`/fr/(?=${guideSegment})`, 'i'), '/') };
	}
	return { problems };
}

/** Every link to the guide in the text, each with what is wrong with it. */
export function checkLinks(text: string, contract: LinkContract): LinkReport[] {
	const known = lookups(contract);
	return findGuideLinks(text).map((found) => ({
		...found,
		...checkLink(found.link, contract, known),
	}));
}

/** The report printed for a file: one paragraph per link to fix, then a count. */
export function formatReport(file: string, reports: readonly LinkReport[]): string {
	const broken = reports.filter((report) => report.problems.length > 0);
	const lines = broken.flatMap((report) => [
		`${file}:${report.line}:${report.column}  ${report.link}`,
		...report.problems.map((problem) => `  - ${problem.message}`),
		...(report.fix ? [`  → ${report.fix}`] : []),
	]);
	const count =
		reports.length === 1 ? '1 lien vers le guide' : `${reports.length} liens vers le guide`;
	const verdict =
		broken.length === 0
			? 'tous mènent au bon endroit.'
			: `${broken.length} à corriger, ${reports.length - broken.length} valides.`;
	return [...lines, ...(lines.length > 0 ? [''] : []), `${count}\u00a0: ${verdict}`].join('\n');
}
