import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actionsFor } from '../catalogue/ending.ts';
import { products } from '../catalogue/index.ts';
import { linkContract } from './contract.ts';

const contract = linkContract();
const committedAnchors: Array<{ anchor: string; target: string }> = JSON.parse(
	readFileSync(new URL('../catalogue/anchors.json', import.meta.url), 'utf8'),
);

describe('the links contract (liens.json)', () => {
	it('holds every anchor and alias of the committed anchors contract, each with its label', () => {
		expect(contract.anchors.map((e) => [e.anchor, e.target])).toEqual(
			committedAnchors.map((e) => [e.anchor, e.target]),
		);
		for (const entry of contract.anchors) {
			expect(entry.href).toBe(`/billing/how-to-cancel-your-services/#${entry.anchor}`);
			expect(entry.label.length, entry.anchor).toBeGreaterThan(0);
		}
	});

	it('holds the assistant link of every action that applies to each product', () => {
		const expected = products.flatMap((product) =>
			actionsFor(product).map((action) => `${action} ${product.anchor}`),
		);
		expect(contract.assistant.map((e) => `${e.action} ${e.product}`)).toEqual(expected);
		const vps = contract.assistant.find((e) => e.product === 'vps' && e.action === 'resilier');
		expect(vps).toEqual({
			action: 'resilier',
			product: 'vps',
			label: 'VPS (Virtual Private Servers) — Résilier avec l’assistant',
			href: '/billing/how-to-cancel-your-services/?action=resilier&produit=vps#vps',
		});
	});

	it('names the guide, its old path and the assistant’s steps', () => {
		expect(contract.guide).toBe('/billing/how-to-cancel-your-services/');
		expect(contract.legacyPaths).toEqual(['fr/billing/how-to-cancel-your-services/']);
		expect(contract.assistantSteps).toEqual([
			'action',
			'produit',
			'contact',
			'situation',
			'verification',
			'resultat',
		]);
	});
});
