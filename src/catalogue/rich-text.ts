/**
 * Text with a little structure, written once in the catalogue and its rules, and rendered alike
 * by the guide (static HTML), the assistant (Preact) and the structured data (plain text).
 */
export interface UiLabel {
	/** The label exactly as the Control Panel shows it. */
	ui: string;
	/** What a screen reader says instead, when the visible label is only punctuation. */
	spoken?: string | undefined;
}
export interface Emphasis {
	em: string;
}
export interface Strong {
	strong: string;
}
export interface Link {
	link: string;
	href: string;
}
export type Inline = string | UiLabel | Emphasis | Strong | Link;
export type RichText = readonly Inline[];

/** The text as a reader sees it, without markup (for structured data, titles and tests). */
export function plainText(text: RichText): string {
	return text
		.map((part) => {
			if (typeof part === 'string') return part;
			if ('ui' in part) return part.ui;
			if ('em' in part) return part.em;
			if ('strong' in part) return part.strong;
			return part.link;
		})
		.join('');
}
