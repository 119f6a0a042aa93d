import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { checksFor } from '../../catalogue/ending.ts';
import type { CheckId } from '../../catalogue/rules.ts';
import { checks, designation, lossParagraphs, terminationMeaning } from '../../catalogue/rules.ts';
import type { Product } from '../../catalogue/schema.ts';
import { RichTextView } from '../../guide/RichTextView';
import type { FlowError } from '../flow.ts';
import { ErrorMessage, StepForm } from './controls';

interface Props {
	product: Product;
	ticked: readonly CheckId[];
	heading: ComponentChildren;
	/** The boxes left unticked when the reader continued, with the flow's messages. */
	errors: readonly FlowError[];
	onTick: (ticked: CheckId[]) => void;
	onConfirm: (ticked: CheckId[]) => void;
}

const checkId = (id: CheckId) => `as-check-${id}`;

/** What the reader will lose (the guide's own sentences), then the checks that apply to the product. */
export function ChecklistStep({ product, ticked, heading, errors, onTick, onConfirm }: Props) {
	const shown = checks.items.filter((check) => checksFor(product.ending).includes(check.id));
	const loss = 'loss' in product.ending ? product.ending.loss : 'not-stated';
	const messages = new Map(errors.map((error) => [error.field, error.message]));
	// A new list when the flow refuses again, not at each tick (the summary takes the focus).
	const summary = useMemo(
		() => errors.map((e) => ({ field: checkId(e.field as CheckId), message: e.message })),
		[errors],
	);
	return (
		<StepForm errors={summary} onContinue={() => onConfirm([...ticked])}>
			{heading}
			<p>
				Vous allez résilier {designation(product)}. <RichTextView text={terminationMeaning} />
			</p>
			<h4>Ce que vous perdrez</h4>
			{lossParagraphs(loss).map((text) => (
				<p class="as-consequence">
					<RichTextView text={text} />
				</p>
			))}
			<fieldset class="as-fieldset">
				<legend>
					<h4 class="as-legend-heading">Confirmez chacun de ces points&nbsp;:</h4>
				</legend>
				{shown.map((check) => {
					const id = checkId(check.id);
					const message = messages.get(check.id);
					return (
						<div class={message ? 'as-choice as-choice--error' : 'as-choice'}>
							<input
								type="checkbox"
								id={id}
								name="verification"
								value={check.id}
								checked={ticked.includes(check.id)}
								aria-invalid={message ? 'true' : undefined}
								aria-describedby={message ? `${id}-erreur` : undefined}
								onChange={(event) => {
									const on = event.currentTarget.checked;
									onTick(on ? [...ticked, check.id] : ticked.filter((t) => t !== check.id));
								}}
							/>
							<label for={id}>{check.label(product)}</label>
							{message ? <ErrorMessage id={`${id}-erreur`}>{message}</ErrorMessage> : null}
						</div>
					);
				})}
			</fieldset>
		</StepForm>
	);
}
