import { useMemo, useState } from 'preact/hooks';
import type { Action } from '../../catalogue/ending.ts';
import { afterDeadline, deadlineHours, designation } from '../../catalogue/rules.ts';
import type { Product } from '../../catalogue/schema.ts';
import { calendarDataUrl, reminderCalendar } from '../calendar.ts';
import { computeDeadline, type DeadlineResult } from '../deadline.ts';
import { ErrorMessage } from './controls';
import { ErrorSummary } from './ErrorSummary';
import { RichParagraphs } from './RichParagraphs';

interface Props {
	action: Action;
	product: Product;
}

const verbs: Record<Action, string> = {
	resilier: 'demander la résiliation',
	annuler: 'annuler la résiliation',
};

/** What can still be done once the last moment has passed (the rules say it, per case). */
function lateAdvice(action: Action, product: Product) {
	if (action === 'resilier') return afterDeadline.resilier;
	const domain = 'loss' in product.ending && product.ending.loss === 'domain-released';
	return domain ? afterDeadline['annuler-domaine'] : afterDeadline.annuler;
}

/**
 * The reader types the subscription's end date (and time); the last moment to act, 24 hours
 * earlier, is computed here, in the browser, when asked: never at build time. A reminder for the
 * reader's calendar is made in the browser too (no request).
 */
export function DeadlineForm({ action, product }: Props) {
	const [date, setDate] = useState('');
	const [time, setTime] = useState('00:00');
	const [result, setResult] = useState<DeadlineResult | null>(null);
	const error = result && !result.ok ? result : null;
	const errorField = error?.error === 'time-invalid' ? fields.time.id : fields.date.id;
	// A new list at each « Calculer » refused, not at each keystroke (the summary takes the focus).
	const summary = useMemo(
		() => (result && !result.ok ? [{ field: errorField, message: result.message }] : []),
		[result, errorField],
	);
	/** The message of the refused value, under the field it is about. */
	const errorFor = (field: string) => (error && errorField === field ? error.message : undefined);
	return (
		<form
			class="as-form as-deadline"
			noValidate
			aria-labelledby="as-echeance"
			onSubmit={(event) => {
				event.preventDefault();
				setResult(computeDeadline({ date, time }, new Date()));
			}}
		>
			<h4 id="as-echeance">Jusqu’à quand pouvez-vous agir{'\u202f'}?</h4>
			<ErrorSummary errors={summary} />
			<p class="as-hint" id="as-echeance-aide">
				Vous pouvez {verbs[action]} jusqu’à {deadlineHours}&nbsp;heures avant la fin de
				l’abonnement. Indiquez sa date de fin (visible dans votre espace client), à l’heure de
				Paris.
			</p>
			<div class="as-deadline-fields">
				<DeadlineField
					type="date"
					value={date}
					error={errorFor(fields.date.id)}
					onInput={setDate}
				/>
				<DeadlineField
					type="time"
					value={time}
					error={errorFor(fields.time.id)}
					onInput={setTime}
				/>
				<button type="submit" class="as-button">
					Calculer
				</button>
			</div>
			<div class="as-deadline-result" role="status" aria-live="polite">
				{result?.ok && !result.isPast ? (
					<>
						<p class="as-deadline-ok" data-deadline={result.deadline.toISOString()}>
							Dernier moment pour agir&nbsp;: <strong>{result.deadlineLabel}</strong>
							{result.remaining ? `, ${result.remaining}` : ''}.
						</p>
						<p>
							<a
								class="as-calendar"
								download="rappel-resiliation.ics"
								href={calendarDataUrl(
									reminderCalendar({
										deadline: result.deadline,
										title: `${action === 'annuler' ? 'Annuler la résiliation' : 'Résilier'}\u00a0: ${product.label}`,
										description: `Dernier moment pour ${verbs[action]} de ${designation(product)} (${deadlineHours}\u00a0heures avant la fin de l’abonnement).`,
										url: location.href,
										now: new Date(),
										uid: `${action}-${product.anchor}-${result.deadline.toISOString()}@${location.host}`,
									}),
								)}
							>
								Ajouter un rappel à mon agenda
							</a>
						</p>
					</>
				) : null}
				{result?.ok && result.isPast ? (
					<>
						<p class="as-deadline-past" data-deadline={result.deadline.toISOString()}>
							Ce moment est déjà passé&nbsp;: la limite était le{' '}
							<strong>{result.deadlineLabel}</strong>, {deadlineHours}&nbsp;heures avant la fin de
							l’abonnement.
						</p>
						<RichParagraphs texts={lateAdvice(action, product)} class="as-deadline-late" />
					</>
				) : null}
			</div>
		</form>
	);
}

/** The end date (required, with the form's hint) and time. */
const fields = {
	date: { id: 'as-fin-date', label: 'Date de fin de l’abonnement', hintId: 'as-echeance-aide' },
	time: { id: 'as-fin-heure', label: 'Heure de fin (facultatif)', hintId: undefined },
} as const;

/** The end date or time: its label, the refused value's message, the field. */
function DeadlineField(props: {
	type: keyof typeof fields;
	value: string;
	error: string | undefined;
	onInput: (value: string) => void;
}) {
	const { type, error } = props;
	const { id, label, hintId } = fields[type];
	const errorId = 'as-echeance-erreur';
	return (
		<div class="as-field">
			<label for={id}>{label}</label>
			{error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
			<input
				type={type}
				id={id}
				value={props.value}
				required={type === 'date' ? true : undefined}
				aria-describedby={
					[hintId, error ? errorId : undefined].filter(Boolean).join(' ') || undefined
				}
				aria-invalid={error ? 'true' : undefined}
				onInput={(event) => props.onInput(event.currentTarget.value)}
			/>
		</div>
	);
}
