import type { UiLabel } from '../catalogue/procedures';

/**
 * A Control Panel label (`Résilier`, `Gestion des services`…), drawn like the control it names.
 * Screen readers hear the label as plain words (or `spoken` when the label is only punctuation).
 */
export function UiAction({ ui, spoken }: UiLabel) {
	if (!spoken) return <span class="ui-action">{ui}</span>;
	return (
		<span class="ui-action">
			<span aria-hidden="true">{ui}</span>
			<span class="sr-only">{spoken}</span>
		</span>
	);
}
