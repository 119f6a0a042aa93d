import { type Action, actions, type FlowState } from '../flow.ts';

interface Props {
	state: FlowState;
	productLabel: string | undefined;
	/** The link that reopens a question, answers kept. */
	editHref: (step: 'action' | 'produit' | 'verification') => string;
	onEdit: (step: 'action' | 'produit' | 'verification') => void;
}

const actionLabel = (action: Action | undefined) =>
	actions.find((a) => a.id === action)?.label ?? '';

/** « Vos réponses », the GOV.UK check-answers pattern: each answer with its « Modifier » link. */
export function AnswersSummary({ state, productLabel, editHref, onEdit }: Props) {
	const rows: Array<{
		key: string;
		value: string;
		step: 'action' | 'produit' | 'verification';
		what: string;
	}> = [
		{
			key: 'Ce que vous souhaitez faire',
			value: actionLabel(state.answers.action),
			step: 'action',
			what: 'l’action',
		},
		{ key: 'Votre service', value: productLabel ?? '', step: 'produit', what: 'le service' },
	];
	if (state.answers.action === 'resilier' && state.answers.verifie) {
		rows.push({
			key: 'Vérifications',
			value: 'Les trois points sont confirmés',
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
