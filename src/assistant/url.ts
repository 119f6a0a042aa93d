import type { Product } from '../catalogue/schema.ts';
import {
	type Answers,
	type FlowState,
	nextStep,
	normalize,
	type ProductLookup,
	type StepId,
	stepOrder,
} from './flow.ts';
import { questions } from './questions.ts';

/**
 * The assistant's state lives in the query string, so that a link says where the reader is:
 * `?action=resilier|annuler&produit=<ancre>&contact=oui|non&situation=…&etape=<étape>`; `etape`
 * is left out when it is the next open question. Whatever the query holds, decoding never throws and never returns a value
 * that was not one of ours: unknown, repeated or oversized values are dropped with a notice.
 */
export const queryKeys = ['action', 'produit', 'contact', 'situation', 'etape'] as const;

const maxValueLength = 64;

export interface CatalogueLookup {
	/** The product a value names (its anchor or one of its aliases), if any. */
	resolveProduct: (value: string) => Product | undefined;
	/** The reader has ticked every box of the checklist for this product (in this tab). */
	isVerified?: (produit: string) => boolean;
}

export interface Decoded {
	/** null when the query holds none of the assistant's keys. */
	state: FlowState | null;
	notices: string[];
}

const notices = {
	repeated: (key: string) =>
		`Le lien donnait plusieurs valeurs pour «\u00a0${key}\u00a0»\u202f; elles ont été ignorées.`,
	action: 'Le lien indiquait une action inconnue\u00a0: elle a été ignorée.',
	produit: 'Le lien indiquait un service inconnu\u00a0: il a été ignoré.',
	etape: 'Le lien indiquait une étape inconnue\u00a0: elle a été ignorée.',
	reponse: 'Le lien indiquait une réponse inconnue\u00a0: elle a été ignorée.',
} as const;

function readParams(search: string): URLSearchParams {
	try {
		return new URLSearchParams(search);
	} catch {
		return new URLSearchParams();
	}
}

/**
 * The step a query without `etape` opens: the first open question, the checklist being open until
 * it is passed in this tab (it is not in the URL, so a shared link never skips it).
 */
function defaultStep(answers: Answers, productOf: ProductLookup): StepId {
	const { verifie: _kept, ...inUrl } = answers;
	return nextStep(inUrl, productOf);
}

export function decodeQuery(search: string, lookup: CatalogueLookup): Decoded {
	const params = readParams(search);
	const present = queryKeys.filter((key) => params.has(key));
	if (present.length === 0) return { state: null, notices: [] };
	const messages: string[] = [];
	const single = new Map<string, string>();
	for (const key of present) {
		const values = params.getAll(key);
		if (values.length > 1) messages.push(notices.repeated(key));
		else single.set(key, values[0] ?? '');
	}

	const answers: Answers = {};
	const action = single.get('action');
	if (action !== undefined) {
		if (action === 'resilier' || action === 'annuler') answers.action = action;
		else messages.push(notices.action);
	}
	const produit = single.get('produit');
	if (produit !== undefined) {
		const product = produit.length <= maxValueLength ? lookup.resolveProduct(produit) : undefined;
		if (product) answers.produit = product.anchor;
		else messages.push(notices.produit);
	}
	for (const key of ['contact', 'situation'] as const) {
		const value = single.get(key);
		if (value === undefined) continue;
		if (questions[key].choices.some((choice) => choice.value === value)) {
			Object.assign(answers, { [key]: value });
		} else messages.push(notices.reponse);
	}
	if (answers.action === 'resilier' && answers.produit && lookup.isVerified?.(answers.produit)) {
		answers.verifie = true;
	}
	const productOf = productLookup(lookup);
	const etape = single.get('etape');
	let step: StepId = defaultStep(answers, productOf);
	if (etape !== undefined) {
		if ((stepOrder as readonly string[]).includes(etape)) step = etape as StepId;
		else messages.push(notices.etape);
	}
	return { state: normalize({ step, answers }, productOf), notices: messages };
}

/** Only a product's own anchor names it in a state (aliases are for links). */
export function productLookup(lookup: CatalogueLookup): ProductLookup {
	return (anchor) => {
		const product = lookup.resolveProduct(anchor);
		return product?.anchor === anchor ? product : undefined;
	};
}

/** The query string for a state (`''` for the first step with no answer). */
export function encodeQuery(state: FlowState, productOf: ProductLookup): string {
	const params = new URLSearchParams();
	const { action, produit, contact, situation } = state.answers;
	if (action) params.set('action', action);
	if (produit) params.set('produit', produit);
	if (contact) params.set('contact', contact);
	if (situation) params.set('situation', situation);
	if (state.step !== defaultStep(state.answers, productOf)) params.set('etape', state.step);
	const query = params.toString();
	return query ? `?${query}` : '';
}
