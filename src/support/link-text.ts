import { guideRoute } from '../routes.ts';
import type { FoundLink, Problem } from './check-links.ts';

/**
 * Reading links to the guide out of any text (prose, Markdown, HTML) and parsing each as a URL,
 * forgiving what agents write: a path without the host, a host without a scheme.
 */

/** The guide's path below the base path: what makes a link a link to the guide, on any host. */
export const guideSegment = guideRoute.replace(/\/$/, '');

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
export function parse(link: string): URL | Problem {
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

export function decoded(value: string): string {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}
