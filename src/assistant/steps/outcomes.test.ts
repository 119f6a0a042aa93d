import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Action } from '../../catalogue/ending.ts';
import { cancelNoteAnchor, checksFor } from '../../catalogue/ending.ts';
import { findProduct, products } from '../../catalogue/index.ts';
import { plainText } from '../../catalogue/rich-text.ts';
import { cancelNoteFor, lossParagraphs } from '../../catalogue/rules.ts';
import type { Product } from '../../catalogue/schema.ts';
import { CancelNotes, RuleParagraph } from '../../guide/GuideRules';
import type { Answers } from '../flow.ts';
import { outcomeFor, outcomeHasDeadline } from '../outcome.ts';
import { ChecklistStep } from './ChecklistStep';
import { OutcomeStep } from './OutcomeStep';

beforeAll(() => {
	vi.stubGlobal('location', new URL('http://127.0.0.1/billing/how-to-cancel-your-services/'));
});

/** What a screen reader reads: the text, without what is aria-hidden, with the sr-only text. */
function spokenText(html: string): string {
	const walk = (node: Root | RootContent): string => {
		if (node.type === 'text') return node.value;
		if (node.type !== 'element' && node.type !== 'root') return '';
		if (node.type === 'element' && (node as Element).properties.ariaHidden === 'true') return '';
		return node.children.map(walk).join('');
	};
	return walk(fromHtml(html, { fragment: true })).replace(/[ \t\n\r]+/g, ' ');
}

/** The answers of an administrator contact whose service renews automatically, boxes ticked. */
function answersFor(action: Action, product: Product): Answers {
	if (action === 'annuler') return { action, produit: product.anchor };
	return {
		action,
		produit: product.anchor,
		contact: 'oui',
		situation: 'automatique',
		verifie: true,
	};
}

function renderOutcome(action: Action, product: Product, answers = answersFor(action, product)) {
	return renderToString(
		h(OutcomeStep, {
			state: { step: 'resultat', answers },
			action,
			product,
			editHref: () => '#',
			onEdit: () => {},
			onRestart: () => {},
			announce: () => {},
		}),
	);
}

/** A product of the catalogue, which the test names on purpose. */
function must(anchor: string): Product {
	const product = findProduct(anchor);
	if (!product) throw new Error(`produit inconnu : ${anchor}`);
	return product;
}

const guideUrl = (product: Product) =>
	'guide' in product.ending ? product.ending.guide.url : null;

describe('the 36 outcomes, rendered', () => {
	for (const product of products) {
		for (const action of ['resilier', 'annuler'] as const) {
			it(`${action} × ${product.anchor}`, () => {
				const html = renderOutcome(action, product);
				const kind = outcomeFor(answersFor(action, product), product);
				expect(html).toContain(`data-outcome="${kind}"`);
				// The deadline form only where a deadline exists.
				expect(html.includes('id="as-fin-date"')).toBe(outcomeHasDeadline(kind));
				// The guide's own place for this answer.
				const anchor =
					action === 'resilier'
						? product.anchor
						: cancelNoteFor(product)
							? cancelNoteAnchor(product)
							: 'annuler';
				expect(html).toContain(`href="#${anchor}"`);
				// A termination's dedicated guide stays linked, for cancelling too.
				const guide = guideUrl(product);
				if (guide && product.ending.kind !== 'pay-as-you-go') expect(html).toContain(guide);
				// No product is told the standard story unless it has one.
				const standardStory = ['procedure', 'annulation', 'annulation-si-listee', 'non-documente'];
				if (!standardStory.includes(kind)) {
					expect(html).not.toContain('Gestion des services');
				}
				expect(spokenText(html)).not.toMatch(/\b(\p{L}+) \1\b/iu);
			});
		}
	}

	it('VoIP: both parts of its guide; xDSL: the Pack SIP Trunk', () => {
		const voip = renderOutcome('resilier', must('voip'));
		expect(voip).toContain('#resilier-sip-trunk');
		expect(voip).toContain('#resilier-alias');
		expect(renderOutcome('resilier', must('xdsl'))).toContain('Pack SIP Trunk');
	});

	it('SMS and SSL: nothing to terminate, no deadline, no backup', () => {
		for (const anchor of ['sms', 'ssl_sectigo']) {
			const html = renderOutcome('resilier', must(anchor));
			expect(html).not.toContain('fin de l’abonnement en cours');
			expect(html).not.toContain('as-fin-date');
			expect(html).not.toContain('sauvegard');
		}
		expect(spokenText(renderOutcome('resilier', must('sms')))).toMatch(/support/);
		expect(spokenText(renderOutcome('resilier', must('ssl_sectigo')))).toMatch(
			/ne pas le renouveler/,
		);
	});

	it('Public Cloud: resources deleted, no subscription date, nothing to cancel', () => {
		const product = must('publiccloud');
		const end = spokenText(renderOutcome('resilier', product));
		expect(end).toMatch(/facturé à l’usage/);
		expect(end).toMatch(/Supprimer/);
		expect(end).not.toMatch(/date de fin de l’abonnement/);
		const cancel = spokenText(renderOutcome('annuler', product));
		expect(cancel).toMatch(/aucune résiliation à annuler/);
		expect(cancel).not.toMatch(/Annuler la résiliation du service/);
	});

	it('the conditions route to their own outcome, with their links', () => {
		const vps = must('vps');
		const notAdmin = renderOutcome('resilier', vps, {
			action: 'resilier',
			produit: 'vps',
			contact: 'non',
		});
		expect(notAdmin).toContain('https://docs.ovh.com/fr/customer/gestion-des-contacts/#definition');
		expect(notAdmin).not.toContain('as-fin-date');
		const manual = spokenText(
			renderOutcome('resilier', vps, {
				action: 'resilier',
				produit: 'vps',
				contact: 'oui',
				situation: 'manuel',
			}),
		);
		expect(manual).toMatch(
			/suspendu à sa date d’expiration, puis supprimé quelques jours plus tard/,
		);
		const suspended = spokenText(
			renderOutcome('resilier', vps, {
				action: 'resilier',
				produit: 'vps',
				contact: 'oui',
				situation: 'suspendu',
			}),
		);
		expect(suspended).toMatch(/Gérer mes factures OVHcloud/);
		expect(suspended).toMatch(/support/);
	});

	it('the standard procedure is read « le bouton d’actions », never « bouton bouton »', () => {
		const spoken = spokenText(renderOutcome('resilier', must('vps')));
		expect(spoken).toContain('le bouton d’actions (trois points)');
		expect(spoken).not.toMatch(/bouton bouton/);
	});
});

describe('the checklist', () => {
	for (const product of products.filter((p) => checksFor(p.ending).length > 0)) {
		it(`${product.anchor}: its checks, named after the product, and the guide’s words for its loss`, () => {
			const html = renderToString(
				h(ChecklistStep, {
					product,
					ticked: [],
					heading: null,
					errors: [],
					onTick: () => {},
					onConfirm: () => {},
				}),
			);
			expect(html.match(/type="checkbox"/g)?.length).toBe(checksFor(product.ending).length);
			expect(html.includes('sauvegardé')).toBe(checksFor(product.ending).includes('sauvegarde'));
			expect(spokenText(html)).toContain(`${product.designation.lead} ${product.designation.name}`);
			expect(spokenText(html)).not.toContain('Serveurs dédiés');
			const loss = 'loss' in product.ending ? product.ending.loss : 'not-stated';
			for (const paragraph of lossParagraphs(loss)) {
				expect(spokenText(html)).toContain(plainText(paragraph));
			}
		});
	}

	it('says in the assistant exactly what the guide says', () => {
		const guide = spokenText(renderToString(h(RuleParagraph, { rule: 'dataDeleted' })));
		const assistant = spokenText(
			renderToString(
				h(ChecklistStep, {
					product: must('hosting'),
					ticked: [],
					heading: null,
					errors: [],
					onTick: () => {},
					onConfirm: () => {},
				}),
			),
		);
		expect(assistant).toContain(guide.trim());
	});
});

describe('the guide’s « annuler » section without JavaScript', () => {
	it('carries every product’s own cancel note, under its anchor', () => {
		const html = renderToString(h(CancelNotes, {}));
		for (const product of products) {
			const note = cancelNoteFor(product);
			expect(html.includes(`id="${cancelNoteAnchor(product)}"`)).toBe(note !== null);
			if (note) expect(spokenText(html)).toContain(plainText(note));
		}
	});
});
