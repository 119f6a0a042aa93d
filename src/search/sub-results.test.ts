import { describe, expect, it } from 'vitest';
import { prepareResult, rankSubResults, shownSubResults } from './sub-results.ts';

const sub = (id: string, locations: number[], score: number, element = 'h4') => ({
	url: `/guide/#${id}`,
	excerpt: `${id} excerpt`,
	locations,
	weighted_locations: locations.map((location) => ({
		location,
		balanced_score: score / locations.length,
	})),
	anchor: { element, id },
});

describe('the sub-results shown under a page', () => {
	// Words: 0 Guide, 1 serveurs., 2 Choisissez, 3 serveurs, 4 dédiés., 5 VPS, 6 serveur., 7 Serveurs,
	// 8 dédiés., 9 ⟦, 10 serveur, 11 physique, 12 ⟧
	const content =
		'Guide serveurs. Choisissez serveurs dédiés. VPS serveur. Serveurs dédiés. ⟦ serveur physique ⟧';
	const result = () => ({
		url: '/guide/',
		content,
		excerpt: 'x',
		sub_results: [
			sub('_top', [1], 900, 'h1'),
			sub('resilier', [3, 4], 50),
			sub('vps', [6], 100),
			sub('dedicated', [7, 8, 10], 400),
			sub('publiccloud', [3], 10),
		],
	});

	it('are, in Pagefind UI, the three with the most hits in page order', () => {
		expect(shownSubResults(result()).map((s) => s.anchor.id)).toEqual([
			'_top',
			'resilier',
			'dedicated',
		]);
		const intro = {
			...result(),
			sub_results: [{ ...sub('', [0], 1), url: '/guide/' }, ...result().sub_results],
		};
		expect(shownSubResults(intro).map((s) => s.anchor.id)).toEqual([
			'_top',
			'resilier',
			'dedicated',
		]);
	});

	it('come most specific first: more of the query’s words, a section before the page’s intro, then score', () => {
		expect(rankSubResults(result(), 'serveurs dédiés').map((s) => s.anchor.id)).toEqual([
			'dedicated',
			'resilier',
			'vps',
			'publiccloud',
			'_top',
		]);
		// One word of the query, hit as a prefix (« ser » → « serveurs », « serveur »): score decides.
		expect(rankSubResults(result(), 'ser').map((s) => s.anchor.id)).toEqual([
			'dedicated',
			'vps',
			'resilier',
			'publiccloud',
			'_top',
		]);
	});

	it('are prepared so that Pagefind UI shows the three most specific in that order', () => {
		const prepared = prepareResult(result(), 'serveurs dédiés');
		expect(prepared.sub_results.map((s) => s.anchor.id)).toEqual(['dedicated', 'resilier', 'vps']);
		expect(shownSubResults(prepared)).toEqual(prepared.sub_results);
	});
});
