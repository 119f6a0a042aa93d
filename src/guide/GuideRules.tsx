import { cancelNoteAnchor } from '../catalogue/ending.ts';
import { products } from '../catalogue/index.ts';
import type { RichText } from '../catalogue/rich-text.ts';
import {
	cancelNoteFor,
	cancelWindow,
	checks,
	conditions,
	currentLabels,
	dataDeleted,
	deadlineRule,
	factsDates,
	redemption,
	released,
	ruleAnchors,
	terminationMeaning,
} from '../catalogue/rules.ts';
import { RichTextView } from './RichTextView';

/**
 * The rules of `catalogue/rules.ts` as the guide shows them, each with its public anchor: the MDX
 * places them, the words come from the rules (the assistant renders the same ones).
 */
const paragraphs = {
	termination: { text: terminationMeaning },
	cancelWindow: { text: cancelWindow },
	deadline: { text: deadlineRule, id: ruleAnchors.deadline },
	dataDeleted: { text: dataDeleted, id: ruleAnchors.dataDeleted },
	released: { text: released, id: ruleAnchors.released },
	redemption: { text: redemption, id: ruleAnchors.redemption },
	currentLabels: { text: currentLabels, class: 'current-labels' },
	factsDates: { text: factsDates, class: 'facts-dates' },
} satisfies Record<string, { text: RichText; id?: string; class?: string }>;

export function RuleParagraph({ rule }: { rule: keyof typeof paragraphs }) {
	const { text, ...attributes } = paragraphs[rule] as {
		text: RichText;
		id?: string;
		class?: string;
	};
	return (
		<p {...attributes}>
			<RichTextView text={text} />
		</p>
	);
}

/** An introduction and its list (the three conditions, the three checks). */
function RuleList({
	id,
	intro,
	items,
}: {
	id: string;
	intro: RichText;
	items: readonly RichText[];
}) {
	return (
		<>
			<p id={id}>
				<RichTextView text={intro} />
			</p>
			<ul>
				{items.map((item) => (
					<li>
						<RichTextView text={item} />
					</li>
				))}
			</ul>
		</>
	);
}

/** The two rules the guide lists: the three conditions, and the checks before terminating. */
const listedRules = {
	conditions: { intro: conditions.intro, items: () => conditions.items.map((c) => c.text) },
	checks: { intro: checks.intro, items: () => checks.items.map((c) => c.guide) },
};

export function RuleItems({ rule }: { rule: keyof typeof listedRules }) {
	const { intro, items } = listedRules[rule];
	return <RuleList id={ruleAnchors[rule]} intro={intro} items={items()} />;
}

/** Products whose cancellation differs from the steps above, each under its own anchor. */
export function CancelNotes() {
	const notes = products.flatMap((product) => {
		const note = cancelNoteFor(product);
		return note ? [{ product, note }] : [];
	});
	return (
		<ul class="cancel-notes">
			{notes.map(({ product, note }) => (
				<li id={cancelNoteAnchor(product)}>
					<a href={`#${product.anchor}`}>{product.label}</a>&nbsp;: <RichTextView text={note} />
				</li>
			))}
		</ul>
	);
}
