import type { ComponentChildren } from 'preact';

/** One radio button and its label, as the assistant's questions draw them. */
export function RadioOption(props: {
	name: string;
	value: string;
	label: ComponentChildren;
	checked: boolean;
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
				onChange={props.onSelect}
			/>
			<label for={id}>{props.label}</label>
		</div>
	);
}

/** The message under a control in error, read as « Erreur : … » by screen readers. */
export function ErrorMessage({ id, children }: { id?: string; children: ComponentChildren }) {
	return (
		<p class="as-field-error" id={id}>
			<span class="sr-only">Erreur&nbsp;: </span>
			{children}
		</p>
	);
}

/** The button that moves the flow on. */
export function ContinueButton() {
	return (
		<button type="submit" class="as-button as-button--primary">
			Continuer
		</button>
	);
}
