import { useState } from 'preact/hooks';
import { type Action, actions } from '../flow.ts';
import { ErrorMessage, RadioOption, StepForm } from './controls';
import type { FieldError } from './ErrorSummary';

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
		<StepForm
			errors={errors}
			onContinue={() => {
				if (choice) onChoose(choice);
				else setErrors([{ field: first, message: 'Choisissez ce que vous souhaitez faire.' }]);
			}}
		>
			<fieldset
				class="as-fieldset"
				aria-describedby={errors.length ? 'as-action-error' : undefined}
			>
				<legend>{heading}</legend>
				{errors.length ? (
					<ErrorMessage id="as-action-error">Choisissez ce que vous souhaitez faire.</ErrorMessage>
				) : null}
				{actions.map((action) => (
					<RadioOption
						name="action"
						value={action.id}
						label={action.label}
						checked={choice === action.id}
						onSelect={() => setChoice(action.id)}
					/>
				))}
			</fieldset>
		</StepForm>
	);
}
