import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { productsIn } from '../../catalogue/queries.ts';
import type { Product, Universe } from '../../catalogue/schema.ts';
import { countMessage, filterProducts } from '../filter.ts';
import { ErrorMessage, RadioOption, StepForm } from './controls';
import type { FieldError } from './ErrorSummary';

interface Props {
	universes: readonly Universe[];
	products: readonly Product[];
	current: string | undefined;
	heading: ComponentChildren;
	onChoose: (produit: string) => void;
	/** Says something in the assistant's polite live region. */
	announce: (message: string) => void;
}

const errorMessage = 'Choisissez votre service dans la liste.';

export function ProductStep({ universes, products, current, heading, onChoose, announce }: Props) {
	const [choice, setChoice] = useState<string | undefined>(current);
	const [query, setQuery] = useState('');
	const [errors, setErrors] = useState<FieldError[]>([]);
	const shown = filterProducts(products, universes, query);
	const count = countMessage(shown.length);
	const firstShown = shown[0]?.anchor ?? products[0]?.anchor;
	return (
		<StepForm
			errors={errors}
			onContinue={() => {
				if (choice) onChoose(choice);
				else
					setErrors([
						{
							field: shown.length ? `as-produit-${firstShown}` : 'as-filtre',
							message: errorMessage,
						},
					]);
			}}
		>
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
					value={query}
					onInput={(event) => {
						const value = event.currentTarget.value;
						setQuery(value);
						announce(countMessage(filterProducts(products, universes, value).length));
					}}
				/>
				<p class="as-count" id="as-filtre-compte">
					{count}
				</p>
			</div>
			{errors.length ? <ErrorMessage>{errorMessage}</ErrorMessage> : null}
			{universes.map((universe) => {
				const inUniverse = productsIn(shown, universe);
				if (inUniverse.length === 0) return null;
				return (
					<fieldset class="as-fieldset as-fieldset--group">
						<legend>{universe.label}</legend>
						{inUniverse.map((product) => (
							<RadioOption
								name="produit"
								value={product.anchor}
								label={product.label}
								checked={choice === product.anchor}
								onSelect={() => setChoice(product.anchor)}
							/>
						))}
					</fieldset>
				);
			})}
		</StepForm>
	);
}
