import type { Ref } from 'preact';

interface Props {
	title: string;
	/** « Étape 3 »: the step's place on the reader's path (none for the outcome). */
	number: number | null;
	headingRef: Ref<HTMLHeadingElement>;
}

/** The step's heading, focused on every step change, with « Étape 3 » read before it. */
export function StepHeading({ title, number, headingRef }: Props) {
	return (
		<h3 class="as-heading" tabIndex={-1} ref={headingRef}>
			{number === null ? null : (
				<span class="as-caption">
					Étape {number}
					<span class="sr-only"> – </span>
				</span>
			)}
			<span class="as-title">{title}</span>
		</h3>
	);
}
