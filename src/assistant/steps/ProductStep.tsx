import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { productsIn } from '../../catalogue/queries.ts';
import type { Product, Universe } from '../../catalogue/schema.ts';
import { countMessage, filterProducts } from '../filter.ts';
import type { FlowError } from '../flow.ts';
import { ErrorMessage, RadioOptions, StepForm } from './controls';
import type { FieldError } from './ErrorSummary';

interface Props {
	universes: readonly Universe[];
	products: readonly Product[];
	current: string | undefined;
	heading: ComponentChildren;
	/** What the flow refused at the last « Continuer » (a new list each time: the summary takes the focus). */
	errors: readonly FlowError[];
	onChoose: (produit: string | undefined) => void;
	/** Says something in the assistant's polite live region. */
	announce: (message: string) => void;
}

const errorId = 'as-produit-erreur';

export function ProductStep(props: Props) {
	const { universes, products, current, heading, errors, onChoose, announce } = props;
	const [choice, setChoice] = useState<string | undefined>(current);
	const [typed, setTyped] = useState('');
	const shown = filterProducts(products, universes, typed);
	const firstShown = shown[0]?.anchor;
	const error = errors[0]?.message;
	const field = firstShown ? `as-produit-${firstShown}` : 'as-filtre';
	// Recomputed when the flow refuses again, not at each keystroke (the summary takes the focus).
	const summary = useMemo<FieldError[]>(
		() => errors.map((e) => ({ field, message: e.message })),
		[errors],
	);
	return (
		<StepForm errors={summary} onContinue={() => onChoose(choice)}>
			{heading}
			<div class="as-filter">
				<label for="as-filtre">Filtrer la liste des services</label>
				<p class="as-hint" id="as-filtre-aide">
					Par exemple «&nbsp;VPS&nbsp;», «&nbsp;domaine&nbsp;» ou «&nbsp;hebergement&nbsp;».
				</p>
				<input
					type="search"
					id="as-filtre"
					autoComplete="off"
					spellcheck={false}
					aria-describedby="as-filtre-aide as-filtre-compte"
					value={typed}
					onInput={(event) => {
						const value = event.currentTarget.value;
						setTyped(value);
						announce(countMessage(filterProducts(products, universes, value).length));
					}}
				/>
				<p class="as-count" id="as-filtre-compte">
					{countMessage(shown.length)}
				</p>
			</div>
			{error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
			{universes.map((universe) => {
				const inUniverse = productsIn(shown, universe);
				if (inUniverse.length === 0) return null;
				return (
					<fieldset
						class="as-fieldset as-fieldset--group"
						aria-describedby={error ? errorId : undefined}
					>
						<legend>{universe.label}</legend>
						<RadioOptions
							name="produit"
							options={inUniverse.map((product) => ({
								value: product.anchor,
								label: product.label,
							}))}
							choice={choice}
							invalid={Boolean(error)}
							onSelect={setChoice}
						/>
					</fieldset>
				);
			})}
		</StepForm>
	);
}
