import { z } from 'zod';

/** An anchor is a public contract: lower-case ASCII, stable whatever the heading says. */
export const anchorSchema = z
	.string()
	.regex(/^[a-z][a-z0-9_-]*$/, 'une ancre est en ASCII minuscule (a-z, 0-9, - et _)');

const httpsUrlSchema = z
	.url({ protocol: /^https$/, hostname: z.regexes.domain })
	.describe('URL https absolue');

export const universeSchema = z.strictObject({
	anchor: anchorSchema,
	label: z.string().min(1),
});

/**
 * What the reader loses when the service ends:
 * - `data-deleted`: every piece of data is deleted, with no way to recover it;
 * - `domain-released`: the domain name goes back into circulation;
 * - `number-released`: the phone number goes back into circulation;
 * - `not-stated`: the guide states nothing for this product.
 */
export const lossSchema = z.enum([
	'data-deleted',
	'domain-released',
	'number-released',
	'not-stated',
]);

export const linkSchema = z.strictObject({
	label: z.string().min(1),
	url: httpsUrlSchema,
});

const uiLabelSchema = z.strictObject({
	ui: z.string().min(1),
	spoken: z.string().min(1).optional(),
});
const inlineSchema = z.union([
	z.string().min(1),
	uiLabelSchema,
	z.strictObject({ em: z.string().min(1) }),
	z.strictObject({ strong: z.string().min(1) }),
	z.strictObject({ link: z.string().min(1), href: httpsUrlSchema }),
]);
/** A sentence or two with Control Panel labels, emphasis or links (see `rich-text.ts`). */
export const richTextSchema = z.array(inlineSchema).min(1).readonly();

/** The dedicated guide, and the parts of it the reader needs. */
const guideSchema = z.strictObject({ url: httpsUrlSchema, parts: z.array(linkSchema).default([]) });
/** Sentences about this product's ending (the guide's section and the assistant show them). */
const notesSchema = z.array(richTextSchema);
/** What to tell someone who wants to cancel a termination of this product. */
const cancelNoteSchema = richTextSchema;

/**
 * How a product ends (guide-facts.md, its notes 1–5 and the 2026 facts). Each kind carries only
 * what makes sense for it: a standard ending has no guide, a product with nothing to terminate
 * has no loss and must say what to do instead. An impossible combination does not parse.
 */
export const endingSchema = z.discriminatedUnion('kind', [
	/** A subscription that ends at term; terminated and cancelled in « Gestion des services ». */
	z.strictObject({ kind: z.literal('standard'), loss: lossSchema }),
	/** A subscription that ends at term; terminated as its dedicated guide explains. */
	z.strictObject({
		kind: z.literal('dedicated-guide'),
		loss: lossSchema,
		guide: guideSchema,
		notes: notesSchema.default([]),
	}),
	/** Paid for what is used, no subscription: each resource is deleted (Public Cloud). */
	z.strictObject({
		kind: z.literal('pay-as-you-go'),
		loss: z.literal('data-deleted'),
		guide: guideSchema,
		notes: notesSchema.min(1),
		cancelNote: cancelNoteSchema,
	}),
	/** No subscription, nothing to terminate; deleting the account is a support request (SMS). */
	z.strictObject({
		kind: z.literal('no-subscription'),
		notes: notesSchema.min(1),
		cancelNote: cancelNoteSchema,
	}),
	/** Never renewed automatically: it ends when it expires unless renewed (SSL Sectigo). */
	z.strictObject({
		kind: z.literal('not-renewed'),
		notes: notesSchema.min(1),
		cancelNote: cancelNoteSchema,
	}),
	/** No procedure was ever documented: say so, point to the standard route and to support. */
	z.strictObject({
		kind: z.literal('undocumented'),
		notes: notesSchema.min(1),
		cancelNote: cancelNoteSchema,
	}),
]);

export const productSchema = z.strictObject({
	anchor: anchorSchema,
	aliases: z.array(anchorSchema).default([]),
	label: z.string().min(1),
	universe: anchorSchema,
	/** How the guide names the product: "votre offre" + "E-mail Pro". */
	designation: z.strictObject({ lead: z.string().min(1), name: z.string().min(1) }),
	productUrl: httpsUrlSchema.optional(),
	ending: endingSchema,
	/** Words customers use for it: abbreviations, common names. Used by search and the filter. */
	keywords: z.array(z.string().min(1)).default([]),
});

export const sectionSchema = z.strictObject({
	anchor: anchorSchema,
	aliases: z.array(anchorSchema).default([]),
	title: z.string().min(1),
	/** Words a customer may search for that the section's text does not hold (search only). */
	keywords: z.array(z.string().min(1)).default([]),
});

export const catalogueSchema = z.strictObject({
	sections: z.array(sectionSchema).min(1),
	universes: z.array(universeSchema).min(1),
	products: z.array(productSchema).min(1),
	/** Verbs customers use for « terminate » (« arrêter », « supprimer »…): every product is found with them. */
	searchVerbs: z.array(z.string().min(1)).default([]),
});

export type Universe = z.output<typeof universeSchema>;
export type Product = z.output<typeof productSchema>;
export type Section = z.output<typeof sectionSchema>;
export type Ending = z.output<typeof endingSchema>;
export type Loss = z.output<typeof lossSchema>;
export type CatalogueInput = z.input<typeof catalogueSchema>;
export type Catalogue = z.output<typeof catalogueSchema>;
