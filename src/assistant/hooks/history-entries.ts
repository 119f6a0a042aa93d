import { type FlowState, normalize, type ProductLookup } from '../flow.ts';
import { encodeQuery } from '../url.ts';

/**
 * The query for the history entry being left when the reader answers its question, so that Back
 * shows it answered; null when the step itself would change (the answer leads elsewhere from it).
 */
export function leftEntryQuery(
	here: FlowState,
	next: FlowState,
	productOf: ProductLookup,
): string | null {
	const answered = normalize({ step: here.step, answers: next.answers }, productOf);
	return answered.step === here.step ? encodeQuery(answered, productOf) : null;
}
