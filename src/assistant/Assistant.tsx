import './assistant.css';
import { useRef, useState } from 'preact/hooks';
import type { CheckId } from '../catalogue/rules.ts';
import type { Product, Universe } from '../catalogue/schema.ts';
import { type FlowError, type FlowEvent, type FlowState, stepNumber, transition } from './flow.ts';
import { useAnnouncer } from './hooks/useAnnouncer.ts';
import { useDocumentTitle } from './hooks/useDocumentTitle.ts';
import { useFlowHistory } from './hooks/useFlowHistory.ts';
import { useOutcomeLoader, warmOutcome } from './hooks/useOutcomeLoader.ts';
import { useScrollAnchor } from './hooks/useScrollAnchor.ts';
import { useStepFocus } from './hooks/useStepFocus.ts';
import { islandLookup } from './lookup.ts';
import { Placeholder } from './Placeholder';
import { readTicked, writeTicked } from './session.ts';
import { stepTitle } from './step-title.ts';
import { CurrentStep } from './steps/CurrentStep';
import { StepHeading } from './steps/StepHeading';
import { productLookup } from './url.ts';

interface Props {
	universes: readonly Universe[];
	products: readonly Product[];
}

/**
 * The cancellation assistant. Its server-rendered HTML (and the view before hydration) lists the
 * products as links to their sections: useful without JavaScript. Once running, it reads its state
 * from the URL, pushes a history entry on every step change and moves the focus to the new step.
 */
export default function Assistant({ universes, products }: Props) {
	const lookup = islandLookup(products);
	const productOf = productLookup(lookup);
	const [ticked, setTicked] = useState<CheckId[]>([]);
	/** What the flow refused in the last answer, until the step changes. */
	const [errors, setErrors] = useState<FlowError[]>([]);
	const { region, announce, silence } = useAnnouncer();
	// Called from the history listeners set at mount: only setters and refs here.
	const onShow = (next: FlowState) => {
		setErrors([]);
		silence();
		setTicked(next.answers.produit ? readTicked(next.answers.produit) : []);
	};
	const { running, shown, engaged, hrefFor, advance } = useFlowHistory({
		lookup,
		productOf,
		onShow,
	});
	const { state, notices } = shown;
	const product = products.find((p) => p.anchor === state.answers.produit);
	const heading = useRef<HTMLHeadingElement>(null);
	const rootRef = useRef<HTMLDivElement>(null);
	const interacted = engaged || state.step !== 'action' || state.answers.action !== undefined;
	useDocumentTitle(interacted ? stepTitle(state, product) : null, running, shown);
	useStepFocus(heading, shown);
	useScrollAnchor(rootRef, running);
	/** The step on screen came from an answer just given (not a link, not Back). */
	const answered = shown.arrival === 'answered';
	const Outcome = useOutcomeLoader(running, state.step, answered);

	if (!running) {
		return (
			<Placeholder
				universes={universes}
				products={products}
				productOf={productOf}
				rootRef={rootRef}
			/>
		);
	}

	const go = (event: FlowEvent) => {
		const result = transition(state, event, productOf);
		if (result.ok) advance(result.state, event.type !== 'restart' && event.type !== 'edit');
		else setErrors(result.errors);
	};
	const headingNode = (
		<StepHeading
			title={stepTitle(state, product)}
			number={stepNumber(state, productOf)}
			headingRef={heading}
		/>
	);

	return (
		<div
			class="as-root not-content"
			data-pagefind-ignore
			data-assistant-step={state.step}
			ref={rootRef}
			onFocusIn={warmOutcome}
		>
			{notices.length > 0 ? (
				<div class="as-notice" role="note">
					{notices.map((notice) => (
						<p>{notice}</p>
					))}
				</div>
			) : null}
			<CurrentStep
				state={state}
				product={product}
				universes={universes}
				products={products}
				heading={headingNode}
				errors={errors}
				ticked={ticked}
				onTick={(chosen, list) => {
					setTicked(list);
					writeTicked(chosen.anchor, list);
				}}
				Outcome={Outcome}
				go={go}
				hrefFor={hrefFor}
				announce={announce}
				answered={answered}
			/>
			<p class="sr-only" role="status" aria-live="polite" data-assistant-status ref={region} />
		</div>
	);
}
