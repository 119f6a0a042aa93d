import type { RichText } from '../../catalogue/rich-text.ts';
import { RichTextView } from '../../guide/RichTextView';

/** Paragraphs of the rules' rich text, one `<p>` each. */
export function RichParagraphs({
	texts,
	class: className,
}: {
	texts: readonly RichText[];
	class?: string;
}) {
	return (
		<>
			{texts.map((text) => (
				<p class={className}>
					<RichTextView text={text} />
				</p>
			))}
		</>
	);
}
