import type { Ref } from 'preact';
import { asksConditions } from '../catalogue/ending.ts';
import type { Product, Universe } from '../catalogue/schema.ts';
import { ProductIndex } from '../guide/ProductIndex';
import {
	type FlowError,
	type FlowState,
	initialState,
	type ProductLookup,
	stepNumber,
} from './flow.ts';
import { questions } from './questions.ts';
import { stepTitle } from './step-title.ts';
import { RestartLink } from './steps/controls';
import { QuestionStep } from './steps/QuestionStep';
import { StepHeading } from './steps/StepHeading';

interface Props {
	universes: readonly Universe[];
	products: readonly Product[];
	productOf: ProductLookup;
	rootRef: Ref<HTMLDivElement>;
}

const noErrors: readonly FlowError[] = [];
const ignore = () => {};

/**
 * The assistant until the island runs (its state is still the initial one): a message over the
 * first question, drawn but hidden, so that the page does not move when the question appears, at
 * any width and with any font; the contact question's shape too, for a link that opens it (see
 * pending-script.ts). Without JavaScript, the products as links to their sections, rendered on the server
 * only (the list is not in the island's JavaScript).
 */
export function Placeholder({ universes, products, productOf, rootRef }: Props) {
	const contactShape: FlowState = {
		step: 'contact',
		answers: {
			action: 'resilier',
			produit: products.find((p) => asksConditions(p.ending))?.anchor ?? '',
		},
	};
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
					<QuestionShape state={initialState} productOf={productOf} />
				</div>
				<div class="as-pending-shape as-pending-shape--contact" aria-hidden="true" inert>
					<QuestionShape state={contactShape} productOf={productOf} />
					<RestartLink onRestart={ignore} />
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

/** A question as the island will draw it, with no answer: its shape, for the space it takes. */
function QuestionShape({ state, productOf }: { state: FlowState; productOf: ProductLookup }) {
	const question = state.step === 'contact' ? questions.contact : questions.action;
	const title = stepTitle(state, undefined);
	const number = stepNumber(state, productOf);
	return (
		<QuestionStep
			question={question}
			current={undefined}
			heading={<StepHeading title={title} number={number} headingRef={null} />}
			errors={noErrors}
			onAnswer={ignore}
		/>
	);
}

/**
 * The contact question's title for each product (and alias) that asks it: before the island runs,
 * a link to that question shows its shape with the product's own title (see pending-script.ts).
 */
export function contactTitles(products: readonly Product[]): Record<string, string> {
	const titles: Record<string, string> = {};
	for (const product of products.filter((p) => asksConditions(p.ending))) {
		const title = questions.contact.title(product);
		for (const anchor of [product.anchor, ...product.aliases]) titles[anchor] = title;
	}
	return titles;
}
