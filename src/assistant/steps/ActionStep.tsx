import { useState } from 'preact/hooks';
import { type Action, actions } from '../flow.ts';
import { ErrorSummary, type FieldError } from './ErrorSummary';

interface Props {
	current: Action | undefined;
	heading: preact.ComponentChildren;
	onChoose: (action: Action) => void;
}

export function ActionStep({ current, heading, onChoose }: Props) {
	const [choice, setChoice] = useState<Action | undefined>(current);
	const [errors, setErrors] = useState<FieldError[]>([]);
	const first = `as-action-${actions[0]?.id}`;
	return (
		<form
			class="as-form"
			noValidate
			onSubmit={(event) => {
				event.preventDefault();
				if (choice) onChoose(choice);
				else setErrors([{ field: first, message: 'Choisissez ce que vous souhaitez faire.' }]);
			}}
		>
			<ErrorSummary errors={errors} />
			<fieldset
				class="as-fieldset"
				aria-describedby={errors.length ? 'as-action-error' : undefined}
			>
				<legend>{heading}</legend>
				{errors.length ? (
					<p class="as-field-error" id="as-action-error">
						<span class="sr-only">Erreur&nbsp;: </span>Choisissez ce que vous souhaitez faire.
					</p>
				) : null}
				{actions.map((action) => (
					<div class="as-choice">
						<input
							type="radio"
							name="action"
							id={`as-action-${action.id}`}
							value={action.id}
							checked={choice === action.id}
							onChange={() => setChoice(action.id)}
						/>
						<label for={`as-action-${action.id}`}>{action.label}</label>
					</div>
				))}
			</fieldset>
			<button type="submit" class="as-button as-button--primary">
				Continuer
			</button>
		</form>
	);
}
