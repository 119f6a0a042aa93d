import type { Ref } from 'preact';

interface Props {
	title: string;
	index: number;
	total: number;
	headingRef: Ref<HTMLHeadingElement>;
}

/** The step's heading, focused on every step change, with « Étape 2 sur 4 » read before it. */
export function StepHeading({ title, index, total, headingRef }: Props) {
	return (
		<h3 class="as-heading" tabIndex={-1} ref={headingRef}>
			<span class="as-caption">
				Étape {index} sur {total}
				<span class="sr-only"> – </span>
			</span>
			{title}
		</h3>
	);
}
