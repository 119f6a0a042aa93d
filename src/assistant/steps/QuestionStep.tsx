import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { RichTextView } from '../../guide/RichTextView';
import type { FlowError } from '../flow.ts';
import type { Question } from '../questions.ts';
import { ErrorMessage, RadioOptions, StepForm } from './controls';
import type { FieldError } from './ErrorSummary';

interface Props {
	question: Question;
	current: string | undefined;
	heading: ComponentChildren;
	/** What the flow refused at the last « Continuer » (a new list each time: the summary takes the focus). */
	errors: readonly FlowError[];
	onAnswer: (value: string | undefined) => void;
}

/** A question with one answer among a few (GOV.UK radios): the action, the contact, the situation. */
export function QuestionStep({ question, current, heading, errors, onAnswer }: Props) {
	const [choice, setChoice] = useState<string | undefined>(current);
	const first = `as-${question.id}-${question.choices[0]?.value}`;
	const hintId = question.hint ? `as-${question.id}-aide` : undefined;
	const error = errors.find((e) => e.field === question.id)?.message;
	const errorId = error ? `as-${question.id}-erreur` : undefined;
	const summary = useMemo<FieldError[]>(
		() => errors.map((e) => ({ field: first, message: e.message })),
		[errors, first],
	);
	return (
		<StepForm errors={summary} onContinue={() => onAnswer(choice)}>
			<fieldset
				class="as-fieldset"
				aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
			>
				<legend>{heading}</legend>
				{question.hint ? (
					<p class="as-hint" id={hintId}>
						<RichTextView text={question.hint} />
					</p>
				) : null}
				{error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
				<RadioOptions
					name={question.id}
					options={question.choices}
					choice={choice}
					invalid={Boolean(error)}
					onSelect={setChoice}
				/>
			</fieldset>
		</StepForm>
	);
}
