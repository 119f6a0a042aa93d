import type { ComponentChildren } from 'preact';
import { ErrorSummary, type FieldError } from './ErrorSummary';

/** One radio button and its label, as the assistant's questions draw them. */
export function RadioOption(props: {
	name: string;
	value: string;
	label: ComponentChildren;
	checked: boolean;
	/** The question is in error (its message is tied to the group). */
	invalid?: boolean;
	onSelect: () => void;
}) {
	const id = `as-${props.name}-${props.value}`;
	return (
		<div class="as-choice">
			<input
				type="radio"
				name={props.name}
				id={id}
				value={props.value}
				checked={props.checked}
				aria-invalid={props.invalid ? 'true' : undefined}
				onChange={props.onSelect}
			/>
			<label for={id}>{props.label}</label>
		</div>
	);
}

/** A question's answers as radio buttons, one of them chosen (or none yet). */
export function RadioOptions(props: {
	name: string;
	options: readonly { value: string; label: ComponentChildren }[];
	choice: string | undefined;
	/** The question is in error (its message is tied to the group). */
	invalid: boolean;
	onSelect: (value: string) => void;
}) {
	return (
		<>
			{props.options.map((option) => (
				<RadioOption
					name={props.name}
					value={option.value}
					label={option.label}
					checked={props.choice === option.value}
					invalid={props.invalid}
					onSelect={() => props.onSelect(option.value)}
				/>
			))}
		</>
	);
}

/** The message under a control in error, read as « Erreur : … » by screen readers. */
export function ErrorMessage({
	id,
	children,
}: {
	id?: string | undefined;
	children: ComponentChildren;
}) {
	return (
		<p class="as-field-error" id={id}>
			<span class="sr-only">Erreur&nbsp;: </span>
			{children}
		</p>
	);
}

/**
 * A question's form: the error summary first (GOV.UK), the question, then « Continuer ». The
 * browser's own validation is off: `onContinue` checks the answer and sets `errors`.
 */
export function StepForm(props: {
	errors: readonly FieldError[];
	onContinue: () => void;
	children: ComponentChildren;
}) {
	return (
		<form
			class="as-form"
			noValidate
			onSubmit={(event) => {
				event.preventDefault();
				props.onContinue();
			}}
		>
			<ErrorSummary errors={props.errors} />
			{props.children}
			<button type="submit" class="as-button as-button--primary">
				Continuer
			</button>
		</form>
	);
}

/** « Recommencer », under every question but the first. */
export function RestartLink({ onRestart }: { onRestart: () => void }) {
	return (
		<p class="as-restart">
			<button type="button" class="as-link-button" onClick={onRestart}>
				Recommencer
			</button>
		</p>
	);
}
