import { allActions } from '../catalogue/ending.ts';
import type { Problem } from './check-links.ts';
import type { LinkContract } from './contract.ts';

/**
 * What is wrong with the assistant's part of a link (`?action=…&produit=…&etape=…#…`), told
 * against the links contract: the products, the actions each one has, the steps and fragments.
 */

export interface Lookups {
	anchors: Set<string>;
	/** Product anchor or alias → product anchor. */
	productOf: Map<string, string>;
	applicable: Set<string>;
	/** `action product` → the fragment of its link today (the guide's text for it). */
	fragments: Map<string, string>;
	steps: Set<string>;
}

export function lookups(contract: LinkContract): Lookups {
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

export function assistantProblems(url: URL, known: Lookups): Problem[] {
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
	const actionKnown = action !== null && (allActions as readonly string[]).includes(action);
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
