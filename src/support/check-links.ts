import type { LinkContract } from './contract.ts';

/**
 * The core of `npm run check-links -- FILE`: finds every link to the guide in a text (support
 * macros, any format) and says which no longer land where they should. Pure: the text and the
 * contract in, the findings out.
 */

/** The guide's path below the base path: what makes a link a link to the guide, on any host. */
const guideSegment = 'billing/how-to-cancel-your-services';

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

/** A run of characters that can be part of an address in prose, Markdown or HTML. */
const candidate = /[^\s<>()[\]"'`«»{}|\\^]+/g;
const trailingPunctuation = /[.,;:!?*_]+$/;
const leadingNoise = /^[*_]+/;

/** Every link to the guide in the text, with where it starts. */
export function findGuideLinks(text: string): FoundLink[] {
	const found: FoundLink[] = [];
	const lines = text.split(/\r\n|\n|\r/);
	lines.forEach((content, index) => {
		for (const match of content.matchAll(candidate)) {
			const raw = match[0];
			if (!raw.toLowerCase().includes(guideSegment)) continue;
			const lead = leadingNoise.exec(raw)?.[0].length ?? 0;
			const link = raw.slice(lead).replace(trailingPunctuation, '');
			found.push({ link, line: index + 1, column: (match.index ?? 0) + lead + 1 });
		}
	});
	return found;
}

const scheme = /^([a-z][a-z0-9+.-]*):/i;

/** The link as a URL: with a scheme, a path from the host (`/…`), or a host without a scheme. */
function parse(link: string): URL | Problem {
	const malformed = (why: string): Problem => ({
		kind: 'malformed',
		message: `adresse mal formée (${why})`,
	});
	const given = scheme.exec(link)?.[1]?.toLowerCase();
	if (given && given !== 'http' && given !== 'https') {
		return malformed(`«\u00a0${given}:\u00a0» au lieu de «\u00a0https:\u00a0»`);
	}
	if (given && !/^[a-z]+:\/\/[^/]/i.test(link))
		return malformed('«\u00a0https://\u00a0» incomplet');
	try {
		if (given) return new URL(link);
		// `/billing/…` or `billing/…`: a path; `aide.example.com/billing/…`: a host without a scheme.
		if (link.startsWith('/') || !/^[^/]*\.[^/]*\//.test(link)) {
			return new URL(link.replace(/^\/?/, '/'), 'https://site.invalid');
		}
		return new URL(`https://${link}`);
	} catch {
		return malformed('illisible');
	}
}

function decoded(value: string): string {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}

interface Lookups {
	anchors: Set<string>;
	/** Product anchor or alias → product anchor. */
	productOf: Map<string, string>;
	applicable: Set<string>;
	/** `action product` → the fragment of its link today (the guide's text for it). */
	fragments: Map<string, string>;
	steps: Set<string>;
}

function lookups(contract: LinkContract): Lookups {
	const assistantProducts = new Set(contract.assistant.map((entry) => entry.product));
	const productOf = new Map<string, string>();
	for (const entry of contract.anchors) {
		if (assistantProducts.has(entry.target)) productOf.set(entry.anchor, entry.target);
	}
	for (const product of assistantProducts) productOf.set(product, product);
	return {
		anchors: new Set(contract.anchors.map((entry) => entry.anchor)),
		productOf,
		applicable: new Set(contract.assistant.map((entry) => `${entry.action} ${entry.product}`)),
		fragments: new Map(
			contract.assistant.map((entry) => [
				`${entry.action} ${entry.product}`,
				entry.href.slice(entry.href.indexOf('#')),
			]),
		),
		steps: new Set(contract.assistantSteps),
	};
}

function assistantProblems(url: URL, known: Lookups): Problem[] {
	const params = url.searchParams;
	const keys = ['action', 'produit', 'etape'] as const;
	if (!keys.some((key) => params.has(key))) return [];
	const problems: Problem[] = [];
	for (const key of keys) {
		if (params.getAll(key).length > 1) {
			problems.push({
				kind: 'malformed',
				message: `«\u00a0${key}\u00a0» est donné plusieurs fois`,
			});
		}
	}
	const action = params.get('action');
	const produit = params.get('produit');
	const etape = params.get('etape');
	const actionKnown = action === 'resilier' || action === 'annuler';
	if (!actionKnown) {
		problems.push({
			kind: 'unknown-action',
			message:
				action === null
					? 'lien de l’assistant sans action (action=resilier ou action=annuler)'
					: `action inconnue «\u00a0${action}\u00a0» (resilier ou annuler)`,
		});
	}
	const product = produit === null ? undefined : known.productOf.get(produit);
	if (!product) {
		problems.push({
			kind: 'unknown-product',
			message:
				produit === null
					? 'lien de l’assistant sans produit (produit=…)'
					: `produit inconnu «\u00a0${produit}\u00a0»`,
		});
	}
	if (actionKnown && product && !known.applicable.has(`${action} ${product}`)) {
		problems.push({
			kind: 'action-not-applicable',
			message: `l’assistant ne propose pas «\u00a0${action}\u00a0» pour «\u00a0${product}\u00a0»`,
		});
	}
	if (etape !== null && !known.steps.has(etape)) {
		problems.push({ kind: 'unknown-step', message: `étape inconnue «\u00a0${etape}\u00a0»` });
	}
	// `#assistant` (links published before), or the guide's text for it (what readers without
	// JavaScript land on).
	const fragment = product ? known.fragments.get(`${action} ${product}`) : undefined;
	if (url.hash !== '#assistant' && url.hash !== fragment) {
		problems.push({
			kind: 'not-on-assistant',
			message: 'sans #assistant à la fin, la page ne s’ouvre pas sur l’assistant',
		});
	}
	return problems;
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
