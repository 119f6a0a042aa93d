import { useState } from 'preact/hooks';
import { computeDeadline, type DeadlineResult } from '../deadline.ts';
import { ErrorMessage } from './controls';

/**
 * The reader types the subscription's end date (and time); the last moment to act, 24 hours
 * earlier, is computed here, in the browser, when asked: never at build time.
 */
export function DeadlineForm({ action }: { action: 'resilier' | 'annuler' }) {
	const [date, setDate] = useState('');
	const [time, setTime] = useState('00:00');
	const [result, setResult] = useState<DeadlineResult | null>(null);
	const error = result && !result.ok ? result : null;
	const errorField = error?.error === 'time-invalid' ? 'as-fin-heure' : 'as-fin-date';
	const verb = action === 'annuler' ? 'annuler la résiliation' : 'demander la résiliation';
	return (
		<form
			class="as-form as-deadline"
			noValidate
			onSubmit={(event) => {
				event.preventDefault();
				setResult(computeDeadline({ date, time }, new Date()));
			}}
		>
			<h4 id="as-echeance">Jusqu’à quand pouvez-vous agir{'\u202f'}?</h4>
			<p class="as-hint" id="as-echeance-aide">
				Vous pouvez {verb} jusqu’à 24&nbsp;heures avant la fin de l’abonnement. Indiquez sa date de
				fin (visible dans votre espace client), à l’heure de Paris.
			</p>
			<div class="as-deadline-fields">
				<div class="as-field">
					<label for="as-fin-date">Date de fin de l’abonnement</label>
					<input
						type="date"
						id="as-fin-date"
						value={date}
						required
						aria-describedby={`as-echeance-aide${errorField === 'as-fin-date' && error ? ' as-echeance-erreur' : ''}`}
						aria-invalid={error && errorField === 'as-fin-date' ? 'true' : undefined}
						onInput={(event) => setDate(event.currentTarget.value)}
					/>
				</div>
				<div class="as-field">
					<label for="as-fin-heure">Heure de fin (facultatif)</label>
					<input
						type="time"
						id="as-fin-heure"
						value={time}
						aria-describedby={
							error && errorField === 'as-fin-heure' ? 'as-echeance-erreur' : undefined
						}
						aria-invalid={error && errorField === 'as-fin-heure' ? 'true' : undefined}
						onInput={(event) => setTime(event.currentTarget.value)}
					/>
				</div>
				<button type="submit" class="as-button">
					Calculer
				</button>
			</div>
			<div class="as-deadline-result" role="status" aria-live="polite">
				{error ? <ErrorMessage id="as-echeance-erreur">{error.message}</ErrorMessage> : null}
				{result?.ok && !result.isPast ? (
					<p class="as-deadline-ok" data-deadline={result.deadline.toISOString()}>
						Dernier moment pour agir&nbsp;: <strong>{result.deadlineLabel}</strong>
						{result.remaining ? `, ${result.remaining}` : ''}.
					</p>
				) : null}
				{result?.ok && result.isPast ? (
					<p class="as-deadline-past" data-deadline={result.deadline.toISOString()}>
						Ce moment est déjà passé&nbsp;: la limite était le{' '}
						<strong>{result.deadlineLabel}</strong>, 24&nbsp;heures avant la fin de l’abonnement.
					</p>
				) : null}
			</div>
		</form>
	);
}
