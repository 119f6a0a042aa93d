import { useMemo, useState } from 'preact/hooks';
import { afterDeadline, deadlineHours, designation } from '../../catalogue/rules.ts';
import type { Product } from '../../catalogue/schema.ts';
import { RichTextView } from '../../guide/RichTextView';
import { calendarDataUrl, reminderCalendar } from '../calendar.ts';
import { computeDeadline, type DeadlineResult } from '../deadline.ts';
import type { Action } from '../flow.ts';
import { ErrorMessage } from './controls';
import { ErrorSummary } from './ErrorSummary';

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
	const errorField = error?.error === 'time-invalid' ? 'as-fin-heure' : 'as-fin-date';
	// A new list at each « Calculer » refused, not at each keystroke (the summary takes the focus).
	const summary = useMemo(
		() => (result && !result.ok ? [{ field: errorField, message: result.message }] : []),
		[result, errorField],
	);
	const describedBy = (field: string, base?: string) =>
		[base, error && errorField === field ? 'as-echeance-erreur' : undefined]
			.filter(Boolean)
			.join(' ') || undefined;
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
				<div class="as-field">
					<label for="as-fin-date">Date de fin de l’abonnement</label>
					{error && errorField === 'as-fin-date' ? (
						<ErrorMessage id="as-echeance-erreur">{error.message}</ErrorMessage>
					) : null}
					<input
						type="date"
						id="as-fin-date"
						value={date}
						required
						aria-describedby={describedBy('as-fin-date', 'as-echeance-aide')}
						aria-invalid={error && errorField === 'as-fin-date' ? 'true' : undefined}
						onInput={(event) => setDate(event.currentTarget.value)}
					/>
				</div>
				<div class="as-field">
					<label for="as-fin-heure">Heure de fin (facultatif)</label>
					{error && errorField === 'as-fin-heure' ? (
						<ErrorMessage id="as-echeance-erreur">{error.message}</ErrorMessage>
					) : null}
					<input
						type="time"
						id="as-fin-heure"
						value={time}
						aria-describedby={describedBy('as-fin-heure')}
						aria-invalid={error && errorField === 'as-fin-heure' ? 'true' : undefined}
						onInput={(event) => setTime(event.currentTarget.value)}
					/>
				</div>
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
						{lateAdvice(action, product).map((text) => (
							<p class="as-deadline-late">
								<RichTextView text={text} />
							</p>
						))}
					</>
				) : null}
			</div>
		</form>
	);
}
