import type { Action } from '../../catalogue/ending.ts';
import { guideAnchorFor } from '../../catalogue/ending.ts';
import { planFor } from '../../catalogue/plan.ts';
import { blockedBy, buttonMissing, currentLabels } from '../../catalogue/rules.ts';
import type { Product } from '../../catalogue/schema.ts';
import { PlanView } from '../../guide/PlanView';
import { RichTextView } from '../../guide/RichTextView';
import { copyText } from '../../shared/clipboard.ts';
import type { FlowState, StepId } from '../flow.ts';
import { usePaintedOnce } from '../hooks/usePaintedOnce.ts';
import { type OutcomeKind, outcomeFor, outcomeHasDeadline } from '../outcome.ts';
import { AnswersSummary } from './AnswersSummary';
import { DeadlineForm } from './DeadlineForm';
import { RichParagraphs } from './RichParagraphs';

type EditableStep = Exclude<StepId, 'resultat'>;

export interface OutcomeProps {
	state: FlowState;
	action: Action;
	product: Product;
	/** The link that reopens a question, answers kept, and what following it does. */
	editHref: (step: EditableStep) => string;
	onEdit: (step: EditableStep) => void;
	onRestart: () => void;
	/** Says something in the assistant's polite live region. */
	announce: (message: string) => void;
	/**
	 * The reader has just answered: the plan is drawn first, the deadline, « Vos réponses » and
	 * the buttons a frame later (see `usePaintedOnce`). Otherwise (a link, Back) all at once.
	 */
	planFirst?: boolean;
}

const blocked: Partial<Record<OutcomeKind, keyof typeof blockedBy>> = {
	'contact-administrateur': 'contact',
	'renouvellement-manuel': 'manuel',
	'service-suspendu': 'suspendu',
};

/** Where the guide says the same thing, for readers who want the whole page. */
function guideLink(action: Action, product: Product) {
	if (action === 'resilier') {
		return {
			href: `#${product.anchor}`,
			text: `Voir la section «\u00a0${product.label}\u00a0» du guide`,
		};
	}
	return {
		href: `#${guideAnchorFor(action, product)}`,
		text: 'Voir l’annulation d’une résiliation dans le guide',
	};
}

/**
 * The outcome, below its heading (which the assistant renders, so that it keeps the focus while
 * this module loads): what to do for this kind of ending, where the guide says it, the deadline
 * where one exists, « Vos réponses » and the buttons. Loaded on demand (see `load-outcome.ts`).
 */
export function OutcomeStep(props: OutcomeProps) {
	const { state, action, product, editHref, onEdit, onRestart, announce } = props;
	const complete = usePaintedOnce(props.planFirst ?? false);
	const kind = outcomeFor(state.answers, product);
	const reason = blocked[kind];
	const link = guideLink(action, product);
	const copyLink = () => {
		const failed = () =>
			announce('Impossible de copier le lien\u00a0: copiez l’adresse de la page.');
		copyText(location.href).then(() => announce('Lien copié'), failed);
	};
	return (
		<>
			<div class="as-plan" data-outcome={kind}>
				{reason ? (
					<>
						<h4>{blockedBy[reason].title}</h4>
						<RichParagraphs texts={blockedBy[reason].paragraphs} />
					</>
				) : (
					<PlanView plan={planFor(product, action)} product={product} />
				)}
				{kind === 'procedure' ? (
					<>
						<p>
							<RichTextView text={buttonMissing} />
						</p>
						<p class="as-hint">
							<RichTextView text={currentLabels} />
						</p>
					</>
				) : null}
			</div>
			<p>
				<a href={link.href}>{link.text}</a>
			</p>
			{complete ? (
				<>
					{outcomeHasDeadline(kind) ? <DeadlineForm action={action} product={product} /> : null}
					<AnswersSummary
						state={state}
						productLabel={product.label}
						editHref={editHref}
						onEdit={onEdit}
					/>
					<div class="as-actions">
						<button type="button" class="as-button" onClick={onRestart}>
							Recommencer
						</button>
						<button type="button" class="as-button" onClick={copyLink}>
							Copier le lien
						</button>
						<button type="button" class="as-button" onClick={printAnswers}>
							Imprimer
						</button>
					</div>
					<p class="as-print-url">Adresse de cette page&nbsp;: {location.href}</p>
				</>
			) : null}
		</>
	);
}

/** Prints the assistant's outcome only (see the print rules in assistant.css). */
function printAnswers() {
	const root = document.documentElement;
	root.dataset.print = 'assistant';
	const done = () => {
		delete root.dataset.print;
		removeEventListener('afterprint', done);
	};
	addEventListener('afterprint', done);
	print();
}
