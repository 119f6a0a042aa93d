import type { ComponentChildren } from 'preact';
import type { CheckId } from '../../catalogue/rules.ts';
import type { Product, Universe } from '../../catalogue/schema.ts';
import type { FlowError, FlowEvent, FlowState } from '../flow.ts';
import type { OutcomeComponent } from '../load-outcome.ts';
import { questions } from '../questions.ts';
import { ChecklistStep } from './ChecklistStep';
import { RestartLink } from './controls';
import { OutcomeSlot } from './OutcomeSlot';
import { ProductStep } from './ProductStep';
import { QuestionStep } from './QuestionStep';

interface Props {
	state: FlowState;
	product: Product | undefined;
	universes: readonly Universe[];
	products: readonly Product[];
	heading: ComponentChildren;
	errors: readonly FlowError[];
	ticked: CheckId[];
	onTick: (product: Product, ticked: CheckId[]) => void;
	Outcome: OutcomeComponent | 'failed' | null;
	go: (event: FlowEvent) => void;
	hrefFor: (state: FlowState) => string;
	announce: (message: string) => void;
	/** The reader has just answered (not a link, not Back): see `OutcomeProps.planFirst`. */
	answered: boolean;
}

/**
 * The step the state names, then « Recommencer » under every question but the first. Each step is
 * keyed by its answers: a step shown again (Back, « Modifier ») starts from them afresh.
 */
export function CurrentStep(props: Props) {
	const { state, product, heading, errors, go } = props;
	/** The steps drawn as one question with a few answers. */
	const question =
		state.step === 'action' || state.step === 'contact' || state.step === 'situation'
			? state.step
			: null;
	return (
		<>
			{question ? (
				<QuestionStep
					key={`${question}-${state.answers.produit ?? ''}-${state.answers[question] ?? ''}`}
					question={questions[question]}
					current={state.answers[question]}
					heading={heading}
					errors={errors}
					onAnswer={(value) => go({ type: 'answer', question, value })}
				/>
			) : null}
			{state.step === 'produit' ? (
				<ProductStep
					key={`produit-${state.answers.produit ?? ''}`}
					universes={props.universes}
					products={props.products}
					current={state.answers.produit}
					heading={heading}
					errors={errors}
					announce={props.announce}
					onChoose={(produit) => go({ type: 'answer', question: 'produit', value: produit })}
				/>
			) : null}
			{state.step === 'verification' && product ? (
				<ChecklistStep
					key={`verification-${product.anchor}`}
					product={product}
					ticked={props.ticked}
					heading={heading}
					errors={errors}
					onTick={(list) => props.onTick(product, list)}
					onConfirm={(list) => go({ type: 'confirm-checks', ticked: list })}
				/>
			) : null}
			{state.step === 'resultat' && product && state.answers.action ? (
				<OutcomeSlot
					key={`resultat-${state.answers.action}-${product.anchor}`}
					heading={heading}
					Outcome={props.Outcome}
					state={state}
					action={state.answers.action}
					product={product}
					editHref={(step) => props.hrefFor({ step, answers: state.answers })}
					onEdit={(step) => go({ type: 'edit', step })}
					onRestart={() => go({ type: 'restart' })}
					announce={props.announce}
					planFirst={props.answered}
				/>
			) : null}
			{state.step !== 'resultat' && state.step !== 'action' ? (
				<RestartLink onRestart={() => go({ type: 'restart' })} />
			) : null}
		</>
	);
}
