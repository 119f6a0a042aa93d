import type { RichText } from '../catalogue/rich-text.ts';
import { UiAction } from './UiAction';

/** Renders a rule's or a product's text: Control Panel labels, emphasis and links. */
export function RichTextView({ text }: { text: RichText }) {
	return (
		<>
			{text.map((part) => {
				if (typeof part === 'string') return part;
				if ('ui' in part) return <UiAction {...part} />;
				if ('em' in part) return <em>{part.em}</em>;
				if ('strong' in part) return <strong>{part.strong}</strong>;
				return <a href={part.href}>{part.link}</a>;
			})}
		</>
	);
}
