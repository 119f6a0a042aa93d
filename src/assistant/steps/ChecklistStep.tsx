import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { consequenceText } from '../../catalogue/consequences.ts';
import type { Product } from '../../catalogue/schema.ts';
import { type CheckId, checks } from '../flow.ts';
import { ErrorMessage, StepForm } from './controls';
import type { FieldError } from './ErrorSummary';

interface Props {
	product: Product;
	ticked: readonly CheckId[];
	heading: ComponentChildren;
	onTick: (ticked: CheckId[]) => void;
	onConfirm: (ticked: CheckId[]) => CheckId[] | null;
}

const noConsequence = 'Ce guide ne précise pas ce que devient ce service à la fin de l’abonnement.';

export function ChecklistStep({ product, ticked, heading, onTick, onConfirm }: Props) {
	const [errors, setErrors] = useState<FieldError[]>([]);
	const missing = new Set(errors.map((e) => e.field));
	const consequence = consequenceText[product.consequence];
	return (
		<StepForm
			errors={errors}
			onContinue={() => {
				const left = onConfirm([...ticked]);
				setErrors(
					(left ?? []).map((id) => ({
						field: `as-check-${id}`,
						message: checks.find((c) => c.id === id)?.error ?? '',
					})),
				);
			}}
		>
			{heading}
			<p>
				Vous allez résilier votre service <strong>{product.label}</strong>. La résiliation prend
				effet à la fin de l’abonnement en cours, de façon définitive.
			</p>
			<h4>Ce que vous perdrez</h4>
			<p class={consequence ? 'as-consequence' : undefined}>{consequence ?? noConsequence}</p>
			<h4>Les conditions à remplir</h4>
			<ul>
				<li>
					Vous êtes le <em>contact administrateur</em> du service.
				</li>
				<li>Le service n’est pas en renouvellement manuel.</li>
				<li>Le service n’est pas suspendu (par exemple à cause d’une facture impayée).</li>
			</ul>
			<fieldset class="as-fieldset">
				<legend>
					<h4 class="as-legend-heading">Je confirme que&nbsp;:</h4>
				</legend>
				{checks.map((check) => {
					const id = `as-check-${check.id}`;
					const hasError = missing.has(id);
					return (
						<div class={hasError ? 'as-choice as-choice--error' : 'as-choice'}>
							<input
								type="checkbox"
								id={id}
								name="verification"
								value={check.id}
								checked={ticked.includes(check.id)}
								aria-invalid={hasError ? 'true' : undefined}
								aria-describedby={hasError ? `${id}-erreur` : undefined}
								onChange={(event) => {
									const on = event.currentTarget.checked;
									onTick(on ? [...ticked, check.id] : ticked.filter((t) => t !== check.id));
								}}
							/>
							<label for={id}>{check.label}</label>
							{hasError ? <ErrorMessage id={`${id}-erreur`}>{check.error}</ErrorMessage> : null}
						</div>
					);
				})}
			</fieldset>
		</StepForm>
	);
}
