import './assistant.css';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { asksConditions, checksFor } from '../catalogue/ending.ts';
import { resolveProductIn } from '../catalogue/queries.ts';
import type { Product, Universe } from '../catalogue/schema.ts';
import { ProductIndex } from '../guide/ProductIndex';
import {
	type CheckId,
	type FlowError,
	type FlowEvent,
	type FlowState,
	initialState,
	normalize,
	questions,
	stepNumber,
	stepTitle,
	transition,
} from './flow.ts';
import { loadOutcomeStep, type OutcomeComponent } from './load-outcome.ts';
import { isVerified, readTicked, writeTicked } from './session.ts';
import { ChecklistStep } from './steps/ChecklistStep';
import { ProductStep } from './steps/ProductStep';
import { QuestionStep } from './steps/QuestionStep';
import { StepHeading } from './steps/StepHeading';
import { decodeQuery, encodeQuery, productLookup } from './url.ts';

interface Props {
	universes: readonly Universe[];
	products: readonly Product[];
}

const sectionHash = '#assistant';
const noErrors: readonly FlowError[] = [];

/**
 * The cancellation assistant. Its server-rendered HTML (and the view before hydration) lists the
 * products as links to their sections: useful without JavaScript. Once running, it reads its state
 * from the URL, pushes a history entry on every step change and moves the focus to the new step.
 */
export default function Assistant({ universes, products }: Props) {
	const [running, setRunning] = useState(false);
	const [state, setState] = useState<FlowState>(initialState);
	const [notices, setNotices] = useState<string[]>([]);
	const [ticked, setTicked] = useState<CheckId[]>([]);
	/** What the flow refused in the last answer, until the step changes. */
	const [errors, setErrors] = useState<FlowError[]>([]);
	const [status, setStatus] = useState('');
	/** The outcome step's code, loaded once the reader has answered the first question. */
	const [Outcome, setOutcome] = useState<OutcomeComponent | 'failed' | null>(null);
	const heading = useRef<HTMLHeadingElement>(null);
	const rootRef = useRef<HTMLDivElement>(null);
	/** What follows the assistant, and where it was on screen before hydration. */
	const place = useRef<{ element: Element; top: number } | null>(null);
	/** Where the focus goes after the next render: now, or once the history traversal is over. */
	const moveFocus = useRef<'no' | 'now' | 'after-traversal'>('no');
	/** The reader has used the assistant (or arrived with its state in the URL): titles follow it. */
	const engaged = useRef(false);
	/** The query last read or written: a history move that keeps it only changed the fragment. */
	const lastSearch = useRef<string | null>(null);
	const baseTitle = useRef('');
	const stateRef = useRef(state);
	stateRef.current = state;

	const lookup = {
		resolveProduct: (value: string) => resolveProductIn(products, value),
		isVerified: (produit: string) => {
			const ending = resolveProductIn(products, produit)?.ending;
			return ending !== undefined && isVerified(produit, checksFor(ending));
		},
	};
	const productOf = productLookup(lookup);
	const product = products.find((p) => p.anchor === state.answers.produit);
	/** The contact question as a link opens it, to draw its shape before the island runs. */
	const contactShape: FlowState = {
		step: 'contact',
		answers: {
			action: 'resilier',
			produit: products.find((p) => asksConditions(p.ending))?.anchor ?? '',
		},
	};

	const announce = (message: string) => {
		setStatus('');
		requestAnimationFrame(() => setStatus(message));
	};

	const hrefFor = (next: FlowState) =>
		`${location.pathname}${encodeQuery(next, productOf)}${sectionHash}`;

	/** Reads the URL: on start, after Back/Forward, and when the page comes back from the bfcache. */
	const readLocation = (focus: boolean) => {
		// A link to a section of the page (#vps) is a history move too: not the assistant's business.
		if (location.search === lastSearch.current) return;
		lastSearch.current = location.search;
		const decoded = decodeQuery(location.search, lookup);
		const next = decoded.state ?? initialState;
		if (decoded.state || focus) engaged.current = true;
		const same = encodeQuery(next, productOf) === encodeQuery(stateRef.current, productOf);
		if (same && decoded.notices.length === 0) return;
		// Chrome clears the focus at the end of a history traversal to an entry with a fragment,
		// after `popstate` has run: the heading takes it once the traversal is over.
		moveFocus.current = focus ? 'after-traversal' : 'no';
		showStep(next);
		setNotices(decoded.notices);
	};

	/** A new step: its answers' boxes, no error of the last one, a live region that is silent. */
	const showStep = (next: FlowState) => {
		setState(next);
		setErrors([]);
		setStatus('');
		setTicked(next.answers.produit ? readTicked(next.answers.produit) : []);
	};

	useEffect(() => {
		baseTitle.current = document.title;
		place.current = placeAfter(rootRef.current);
		readLocation(false);
		setRunning(true);
		const onPopState = () => readLocation(true);
		const onPageShow = (event: PageTransitionEvent) => {
			if (event.persisted) readLocation(false);
		};
		addEventListener('popstate', onPopState);
		addEventListener('pageshow', onPageShow);
		return () => {
			removeEventListener('popstate', onPopState);
			removeEventListener('pageshow', onPageShow);
		};
	}, []);

	useLayoutEffect(() => {
		if (!running) return;
		const interacted =
			engaged.current || state.step !== 'action' || state.answers.action !== undefined;
		if (interacted) document.title = `${stepTitle(state, product)} – ${baseTitle.current}`;
		else document.title = baseTitle.current;
		const focus = moveFocus.current;
		moveFocus.current = 'no';
		if (focus === 'now') heading.current?.focus();
		if (focus === 'after-traversal') {
			const target = heading.current;
			setTimeout(() => {
				// Unless the reader has moved on meanwhile.
				if (target?.isConnected && target === heading.current) target.focus();
			});
		}
	}, [state, running, product]);

	useLayoutEffect(() => {
		// Hydration swaps the product list for a step, above a reader who is further down the page
		// (arrived at #consequences, say): keep what they are reading where it was.
		const kept = place.current;
		if (!running || !kept) return;
		place.current = null;
		const moved = kept.element.getBoundingClientRect().top - kept.top;
		if (moved !== 0) scrollBy({ top: moved, behavior: 'instant' });
	}, [running]);

	const outcomeLoaded = typeof Outcome === 'function';
	useEffect(() => {
		// Loads while the reader answers the questions; after a failure, tries again at each step.
		if (!running || state.step === 'action' || outcomeLoaded) return;
		loadOutcomeStep().then(
			(component) => setOutcome(() => component),
			() => setOutcome('failed'),
		);
	}, [running, state.step, outcomeLoaded]);

	const go = (event: FlowEvent) => {
		const result = transition(state, event, productOf);
		if (!result.ok) {
			setErrors(result.errors);
			return;
		}
		const next = result.state;
		if (event.type !== 'restart' && event.type !== 'edit') {
			// The entry being left keeps the answer just given, so that Back shows it answered.
			const here = normalize({ step: state.step, answers: next.answers }, productOf);
			if (here.step === state.step) {
				const query = encodeQuery(here, productOf);
				history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
			}
		}
		history.pushState(null, '', hrefFor(next));
		lastSearch.current = location.search;
		engaged.current = true;
		moveFocus.current = 'now';
		setNotices([]);
		showStep(next);
	};

	const headingNode = (
		<StepHeading
			title={stepTitle(state, product)}
			number={stepNumber(state, productOf)}
			headingRef={heading}
		/>
	);
	/** The steps drawn as one question with a few answers. */
	const question =
		state.step === 'action' || state.step === 'contact' || state.step === 'situation'
			? state.step
			: null;

	if (!running) {
		// Until the island runs (the state is still the initial one): a message over the first
		// question, drawn but hidden, so that the page does not move when the question appears, at
		// any width and with any font. Without JavaScript, the products as links to their sections,
		// rendered on the server only (the list is not in the island's JavaScript).
		return (
			<div
				class="as-root not-content"
				data-pagefind-ignore
				data-assistant-step="sans-js"
				data-contact-titles={JSON.stringify(contactTitles(products))}
				ref={rootRef}
			>
				<div class="as-pending">
					<p class="as-pending-message">Chargement de l’assistant…</p>
					<div class="as-pending-shape as-pending-shape--action" aria-hidden="true" inert>
						<QuestionStep
							question={questions.action}
							current={undefined}
							heading={headingNode}
							errors={noErrors}
							onAnswer={() => {}}
						/>
					</div>
					<div class="as-pending-shape as-pending-shape--contact" aria-hidden="true" inert>
						<QuestionStep
							question={questions.contact}
							current={undefined}
							heading={
								<StepHeading
									title={stepTitle(contactShape, undefined)}
									number={stepNumber(contactShape, productOf)}
									headingRef={null}
								/>
							}
							errors={noErrors}
							onAnswer={() => {}}
						/>
						<RestartLink onRestart={() => {}} />
					</div>
				</div>
				<noscript>
					{import.meta.env.SSR ? (
						<>
							<p>Choisissez votre produit pour accéder directement à sa procédure&nbsp;:</p>
							<ProductIndex universes={universes} products={products} />
						</>
					) : null}
				</noscript>
			</div>
		);
	}

	return (
		<div
			class="as-root not-content"
			data-pagefind-ignore
			data-assistant-step={state.step}
			ref={rootRef}
		>
			{notices.length > 0 ? (
				<div class="as-notice" role="note">
					{notices.map((notice) => (
						<p>{notice}</p>
					))}
				</div>
			) : null}
			{question ? (
				<QuestionStep
					key={`${question}-${state.answers.produit ?? ''}-${state.answers[question] ?? ''}`}
					question={questions[question]}
					current={state.answers[question]}
					heading={headingNode}
					errors={errors}
					onAnswer={(value) => go({ type: 'answer', question, value })}
				/>
			) : null}
			{state.step === 'produit' ? (
				<ProductStep
					key={`produit-${state.answers.produit ?? ''}`}
					universes={universes}
					products={products}
					current={state.answers.produit}
					heading={headingNode}
					errors={errors}
					announce={announce}
					onChoose={(produit) => go({ type: 'answer', question: 'produit', value: produit })}
				/>
			) : null}
			{state.step === 'verification' && product ? (
				<ChecklistStep
					key={`verification-${product.anchor}`}
					product={product}
					ticked={ticked}
					heading={headingNode}
					errors={errors}
					onTick={(list) => {
						setTicked(list);
						writeTicked(product.anchor, list);
					}}
					onConfirm={(list) => go({ type: 'confirm-checks', ticked: list })}
				/>
			) : null}
			{state.step === 'resultat' && product && state.answers.action ? (
				<div class="as-outcome" key={`resultat-${state.answers.action}-${product.anchor}`}>
					{headingNode}
					{typeof Outcome === 'function' ? (
						<Outcome
							state={state}
							action={state.answers.action}
							product={product}
							editHref={(step) => hrefFor({ step, answers: state.answers })}
							onEdit={(step) => go({ type: 'edit', step })}
							onRestart={() => go({ type: 'restart' })}
							announce={announce}
						/>
					) : (
						<p class={Outcome === 'failed' ? undefined : 'as-pending as-pending--outcome'}>
							{Outcome === 'failed'
								? 'La procédure n’a pas pu être chargée. Elle figure dans la section du guide\u00a0: '
								: 'Chargement de la procédure… '}
							<a href={`#${product.anchor}`}>
								Voir la section «&nbsp;{product.label}&nbsp;» du guide
							</a>
						</p>
					)}
				</div>
			) : null}
			{state.step !== 'resultat' && state.step !== 'action' ? (
				<RestartLink onRestart={() => go({ type: 'restart' })} />
			) : null}
			<p class="sr-only" role="status" aria-live="polite" data-assistant-status>
				{status}
			</p>
		</div>
	);
}

/**
 * The contact question's title for each product (and alias) that asks it: before the island runs,
 * a link to that question shows its shape with the product's own title (see pending.ts).
 */
function contactTitles(products: readonly Product[]): Record<string, string> {
	const titles: Record<string, string> = {};
	for (const product of products.filter((p) => asksConditions(p.ending))) {
		const title = questions.contact.title(product);
		for (const anchor of [product.anchor, ...product.aliases]) titles[anchor] = title;
	}
	return titles;
}

/** « Recommencer », under every question but the first. */
function RestartLink({ onRestart }: { onRestart: () => void }) {
	return (
		<p class="as-restart">
			<button type="button" class="as-link-button" onClick={onRestart}>
				Recommencer
			</button>
		</p>
	);
}

/**
 * When the reader is past the top of the assistant (it starts above the screen), the element that
 * follows it and its position on screen, to keep it in place when the assistant changes size.
 */
function placeAfter(root: HTMLElement | null): { element: Element; top: number } | null {
	if (!root || root.getBoundingClientRect().top >= 0) return null;
	let element = (root.closest('astro-island') ?? root).nextElementSibling;
	// Not what draws no box (the section's own <script>): its top reads 0 whatever moves.
	while (element && element.getClientRects().length === 0) element = element.nextElementSibling;
	return element ? { element, top: element.getBoundingClientRect().top } : null;
}
