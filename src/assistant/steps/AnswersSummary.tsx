import type { FlowState, StepId } from '../flow.ts';
import { questions } from '../questions.ts';

type EditableStep = Exclude<StepId, 'resultat'>;

interface Props {
	state: FlowState;
	productLabel: string | undefined;
	/** The link that reopens a question, answers kept. */
	editHref: (step: EditableStep) => string;
	onEdit: (step: EditableStep) => void;
}

const labelOf = (question: 'action' | 'contact' | 'situation', value: string | undefined) =>
	questions[question].choices.find((choice) => choice.value === value)?.label ?? '';

/** « Vos réponses », the GOV.UK check-answers pattern: each answer with its « Modifier » link. */
export function AnswersSummary({ state, productLabel, editHref, onEdit }: Props) {
	const { action, contact, situation, verifie } = state.answers;
	const rows: Array<{ key: string; value: string; step: EditableStep; what: string }> = [
		{
			key: 'Ce que vous souhaitez faire',
			value: labelOf('action', action),
			step: 'action',
			what: 'l’action',
		},
		{ key: 'Votre service', value: productLabel ?? '', step: 'produit', what: 'le service' },
	];
	if (contact) {
		rows.push({
			key: 'Contact administrateur',
			value: labelOf('contact', contact),
			step: 'contact',
			what: 'la réponse sur le contact administrateur',
		});
	}
	if (situation) {
		rows.push({
			key: 'Situation du service',
			value: labelOf('situation', situation),
			step: 'situation',
			what: 'la situation du service',
		});
	}
	if (action === 'resilier' && verifie) {
		rows.push({
			key: 'Vérifications',
			value: 'Confirmées',
			step: 'verification',
			what: 'les vérifications',
		});
	}
	return (
		<section class="as-answers" aria-labelledby="as-reponses">
			<h4 id="as-reponses">Vos réponses</h4>
			<dl>
				{rows.map((row) => (
					<div class="as-answer">
						<dt>{row.key}</dt>
						<dd>{row.value}</dd>
						<dd class="as-answer-edit">
							<a
								href={editHref(row.step)}
								onClick={(event) => {
									event.preventDefault();
									onEdit(row.step);
								}}
							>
								Modifier<span class="sr-only"> {row.what}</span>
							</a>
						</dd>
					</div>
				))}
			</dl>
		</section>
	);
}
