import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { products } from '../catalogue/index.ts';
import { checkLink, checkLinks, formatReport } from './check-links.ts';
import { type LinkContract, linkContract } from './contract.ts';
import { findGuideLinks } from './link-text.ts';

const contract = linkContract();
const guide = 'https://aide.example.com/billing/how-to-cancel-your-services/';
const kinds = (link: string, against: LinkContract = contract) =>
	checkLink(link, against).problems.map((problem) => problem.kind);

describe('findGuideLinks', () => {
	it('finds links to the guide in prose, Markdown and HTML, on any host, with where they start', () => {
		const text = [
			`Voir ${guide}#vps.`,
			`[le guide](/aide/billing/how-to-cancel-your-services/#annuler), <${guide}#cancel>`,
			`<a href="https://docs.ovh.com/fr/billing/how-to-cancel-your-services/">ici</a>`,
			'Sans schéma : aide.example.com/billing/how-to-cancel-your-services/#sms ; **autre** https://aide.example.com/billing/liens-support/',
		].join('\n');
		const lines = text.split('\n');
		const at = (link: string, line: number) => ({
			link,
			line,
			column: (lines[line - 1]?.indexOf(link) ?? -2) + 1,
		});
		expect(findGuideLinks(text)).toEqual([
			at(`${guide}#vps`, 1),
			at('/aide/billing/how-to-cancel-your-services/#annuler', 2),
			at(`${guide}#cancel`, 2),
			at('https://docs.ovh.com/fr/billing/how-to-cancel-your-services/', 3),
			at('aide.example.com/billing/how-to-cancel-your-services/#sms', 4),
		]);
		expect(findGuideLinks(text).every((found) => found.column > 1)).toBe(true);
	});

	it('finds nothing in a text without a link to the guide', () => {
		expect(
			findGuideLinks('Bonjour,\nhttps://www.ovhcloud.com/fr/ et billing/liens-support/\n'),
		).toEqual([]);
	});
});

describe('checkLink', () => {
	it('accepts every anchor, alias and assistant link of the contract, with or without a base path', () => {
		for (const entry of [...contract.anchors, ...contract.assistant]) {
			expect(kinds(`https://aide.example.com${entry.href}`), entry.href).toEqual([]);
			expect(kinds(`https://aide.example.com/aide${entry.href}`), entry.href).toEqual([]);
			expect(kinds(entry.href), entry.href).toEqual([]);
		}
		expect(kinds(guide)).toEqual([]);
		expect(kinds(`${guide}liens.json`)).toEqual([]);
		// A product's older anchor still opens the assistant on it.
		expect(kinds(`${guide}?action=resilier&produit=ssl#assistant`)).toEqual([]);
		expect(kinds(`${guide}?action=resilier&produit=vps&etape=verification#assistant`)).toEqual([]);
		// Today's links end with the guide's text for them (readers without JavaScript land there).
		expect(kinds(`${guide}?action=resilier&produit=vps#vps`)).toEqual([]);
		expect(kinds(`${guide}?action=annuler&produit=vps#annuler`)).toEqual([]);
		expect(kinds(`${guide}?action=annuler&produit=exchange#annuler-exchange`)).toEqual([]);
		expect(kinds(`${guide}?action=resilier&produit=vps#domain`)).toEqual(['not-on-assistant']);
	});

	it('reports the old /fr/ path, with the link to give instead', () => {
		expect(
			checkLink('https://docs.ovh.com/fr/billing/how-to-cancel-your-services/#terminate', contract),
		).toEqual({
			problems: [{ kind: 'old-path', message: 'ancienne adresse du guide (/fr/)' }],
			fix: 'https://docs.ovh.com/billing/how-to-cancel-your-services/#terminate',
		});
		// No fix is offered when something else is wrong too.
		expect(checkLink('/fr/billing/how-to-cancel-your-services/#nulle-part', contract)).toEqual({
			problems: [
				{ kind: 'old-path', message: 'ancienne adresse du guide (/fr/)' },
				{ kind: 'unknown-anchor', message: 'ancre inconnue «\u00a0#nulle-part\u00a0»' },
			],
		});
	});

	it('reports unknown anchors, pages, actions, products and steps', () => {
		expect(kinds(`${guide}#vpss`)).toEqual(['unknown-anchor']);
		expect(kinds(`${guide}vps/`)).toEqual(['unknown-page']);
		expect(kinds(`${guide}?action=supprimer&produit=vps#assistant`)).toEqual(['unknown-action']);
		expect(kinds(`${guide}?produit=vps#assistant`)).toEqual(['unknown-action']);
		expect(kinds(`${guide}?action=resilier&produit=kimsufi#assistant`)).toEqual([
			'unknown-product',
		]);
		// A section's alias is an anchor, not a product.
		expect(kinds(`${guide}?action=resilier&produit=terminate#assistant`)).toEqual([
			'unknown-product',
		]);
		expect(kinds(`${guide}?action=resilier&produit=vps&etape=fin#assistant`)).toEqual([
			'unknown-step',
		]);
		expect(kinds(`${guide}?action=resilier&produit=vps`)).toEqual(['not-on-assistant']);
	});

	it('reports an action the contract does not offer for the product', () => {
		const [vps] = products.filter((p) => p.anchor === 'vps');
		const withoutCancel: LinkContract = {
			...contract,
			assistant: contract.assistant.filter(
				(e) => !(e.product === vps?.anchor && e.action === 'annuler'),
			),
		};
		expect(kinds(`${guide}?action=annuler&produit=vps#assistant`, withoutCancel)).toEqual([
			'action-not-applicable',
		]);
		expect(kinds(`${guide}?action=resilier&produit=vps#assistant`, withoutCancel)).toEqual([]);
	});

	it('reports malformed links', () => {
		expect(kinds('htps://aide.example.com/billing/how-to-cancel-your-services/#vps')).toEqual([
			'malformed',
		]);
		expect(kinds('https:billing/how-to-cancel-your-services/')).toEqual(['malformed']);
		expect(kinds('https://aide.exa mple.com/billing/how-to-cancel-your-services/')).toEqual([
			'malformed',
		]);
		expect(kinds(`${guide}?action=resilier&action=annuler&produit=vps#assistant`)).toContain(
			'malformed',
		);
	});
});

describe('the sample macro file', () => {
	const text = readFileSync(new URL('./sample-macros.md', import.meta.url), 'utf8');
	/** Each line with a link says, in a comment, what the checker must find: `valide` or a kind. */
	const expected = text
		.split('\n')
		.map((line, index) => ({ line: index + 1, comment: /<!-- (\S+)/.exec(line)?.[1] }))
		.filter((entry) => entry.comment);

	it('holds good, stale and malformed links', () => {
		const comments = expected.map((e) => e.comment);
		expect(comments).toContain('valide');
		expect(comments).toEqual(expect.arrayContaining(['old-path', 'unknown-anchor', 'malformed']));
	});

	it('gets from the checker exactly what its comments say', () => {
		const reports = checkLinks(text, contract);
		expect(reports.map((r) => r.line)).toEqual(expected.map((e) => e.line));
		for (const [index, report] of reports.entries()) {
			const want = expected[index]?.comment;
			const got = report.problems.map((p) => p.kind);
			expect(got, `ligne ${report.line}`).toEqual(want === 'valide' ? [] : [want]);
		}
	});

	it('prints each link to fix with where it is, then a count', () => {
		const report = formatReport('macros.md', checkLinks(text, contract));
		const broken = expected.filter((e) => e.comment !== 'valide');
		expect(report.split('\n').at(-1)).toBe(
			`${expected.length} liens vers le guide\u00a0: ${broken.length} à corriger, ${expected.length - broken.length} valides.`,
		);
		expect(report).toContain(`macros.md:${broken[0]?.line}:`);
		expect(report).toContain(
			'  → https://docs.ovh.com/billing/how-to-cancel-your-services/#terminate',
		);
		expect(formatReport('ok.md', checkLinks(`${guide}#vps`, contract))).toBe(
			'1 lien vers le guide\u00a0: tous mènent au bon endroit.',
		);
	});
});
