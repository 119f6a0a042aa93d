import { type Answers, nextStep, type ProductLookup } from '../assistant/flow.ts';
import { type OutcomeKind, outcomeFor } from '../assistant/outcome.ts';
import { questions } from '../assistant/questions.ts';
import { stepTitle } from '../assistant/step-title.ts';
import { encodeQuery } from '../assistant/url.ts';
import type { Action } from '../catalogue/ending.ts';
import type { Product } from '../catalogue/schema.ts';

/**
 * The assistant's map for the agents' page: every question, answer and kind of ending, with the
 * products that reach it, generated from the flow and the catalogue (nobody draws it by hand).
 * A tree: the action, then groups of products that go through the same questions, then the
 * answers, down to an ending that links to the assistant at that point for each product.
 */
export interface MapEnding {
	kind: 'ending';
	outcome: OutcomeKind;
	/** One link per product that reaches this ending this way: the assistant opened there. */
	links: ReadonlyArray<{ product: Product; query: string }>;
}
export interface MapQuestion {
	kind: 'question';
	title: string;
	answers: ReadonlyArray<{ label: string; next: MapNode }>;
}
export type MapNode = MapEnding | MapQuestion;

export interface AssistantMap {
	/** « Que souhaitez-vous faire ? », then per action the products grouped by their questions. */
	title: string;
	actions: ReadonlyArray<{
		label: string;
		productQuestion: string;
		groups: ReadonlyArray<{ products: readonly Product[]; next: MapNode }>;
	}>;
}

/** What follows these answers for one product: a question with its answers, or the ending. */
function explore(answers: Answers, product: Product, productOf: ProductLookup): MapNode {
	const step = nextStep(answers, productOf);
	if (step === 'resultat') {
		const state = { step, answers };
		return {
			kind: 'ending',
			outcome: outcomeFor(answers, product),
			links: [{ product, query: encodeQuery(state, productOf) }],
		};
	}
	if (step === 'verification') {
		return {
			kind: 'question',
			title: stepTitle({ step, answers }, product),
			answers: [
				{
					label: 'Chaque point confirmé',
					next: explore({ ...answers, verifie: true }, product, productOf),
				},
			],
		};
	}
	if (step === 'contact' || step === 'situation') {
		return {
			kind: 'question',
			title: questions[step].title(undefined),
			answers: questions[step].choices.map((choice) => ({
				label: choice.label,
				next: explore({ ...answers, [step]: choice.value }, product, productOf),
			})),
		};
	}
	throw new Error(`carte de l’assistant : étape inattendue « ${step} »`);
}

/** The shape of a subtree, products aside: products with the same shape share a branch. */
function shape(node: MapNode): string {
	if (node.kind === 'ending') return node.outcome;
	return `${node.title}[${node.answers.map((a) => `${a.label}:${shape(a.next)}`).join(',')}]`;
}

/** Two subtrees of the same shape, merged: their endings list the products of both. */
function merge(a: MapNode, b: MapNode): MapNode {
	if (a.kind === 'ending' && b.kind === 'ending') return { ...a, links: [...a.links, ...b.links] };
	if (a.kind === 'question' && b.kind === 'question') {
		return {
			...a,
			answers: a.answers.map((answer, i) => {
				const other = b.answers[i];
				return other ? { ...answer, next: merge(answer.next, other.next) } : answer;
			}),
		};
	}
	throw new Error('carte de l’assistant : branches de formes différentes');
}

export function assistantMap(products: readonly Product[], productOf: ProductLookup): AssistantMap {
	return {
		title: questions.action.title(undefined),
		actions: questions.action.choices.map(({ value, label }) => {
			const groups: Array<{ products: Product[]; next: MapNode; key: string }> = [];
			for (const product of products) {
				const next = explore(
					{ action: value as Action, produit: product.anchor },
					product,
					productOf,
				);
				const key = shape(next);
				const group = groups.find((g) => g.key === key);
				if (group) {
					group.products.push(product);
					group.next = merge(group.next, next);
				} else groups.push({ products: [product], next, key });
			}
			return {
				label,
				productQuestion: questions.produit.title(undefined),
				groups: groups.map(({ products, next }) => ({ products, next })),
			};
		}),
	};
}
