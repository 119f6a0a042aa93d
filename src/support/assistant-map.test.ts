import { describe, expect, it } from 'vitest';
import { type Answers, normalize } from '../assistant/flow.ts';
import { outcomeFor } from '../assistant/outcome.ts';
import { questions } from '../assistant/questions.ts';
import { encodeQuery } from '../assistant/url.ts';
import { findProduct, products } from '../catalogue/index.ts';
import { assistantMap, type MapNode } from './assistant-map.ts';

const map = assistantMap(products, findProduct);

/** Every ending of the map, as « outcome | the assistant's query there ». */
function endingsOf(node: MapNode): string[] {
	if (node.kind === 'ending') return node.links.map((link) => `${node.outcome} | ${link.query}`);
	return node.answers.flatMap((answer) => endingsOf(answer.next));
}
const inMap = map.actions.flatMap((action) => action.groups.flatMap((g) => endingsOf(g.next)));

/**
 * Every way through the flow, found by brute force (every value of every answer, kept only when
 * the flow's own `normalize` says the outcome is reached), not by walking the map's questions.
 */
function everyPath(): string[] {
	const found = new Set<string>();
	const maybe = <T>(values: readonly T[]) => [undefined, ...values];
	for (const { value: action } of questions.action.choices) {
		for (const product of products) {
			for (const contact of maybe(questions.contact.choices.map((c) => c.value))) {
				for (const situation of maybe(questions.situation.choices.map((c) => c.value))) {
					for (const verifie of [false, true]) {
						const answers: Answers = { action, produit: product.anchor };
						if (contact) answers.contact = contact;
						if (situation) answers.situation = situation;
						if (verifie) answers.verifie = true;
						const state = normalize({ step: 'resultat', answers }, findProduct);
						if (state.step !== 'resultat') continue;
						const outcome = outcomeFor(state.answers, product);
						found.add(`${outcome} | ${encodeQuery(state, findProduct)}`);
					}
				}
			}
		}
	}
	return [...found].sort();
}

describe('the assistant’s map', () => {
	it('has a place for every path of the flow, and nothing else', () => {
		expect([...new Set(inMap)].sort()).toEqual(everyPath());
		expect(inMap).toHaveLength(new Set(inMap).size);
	});

	it('starts with the first question and lists every product under each action', () => {
		expect(map.title).toBe(questions.action.title(undefined));
		for (const action of map.actions) {
			const listed = action.groups.flatMap((g) => g.products.map((p) => p.anchor));
			expect(listed.sort()).toEqual(products.map((p) => p.anchor).sort());
		}
	});
});
