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

export const routeSchema = z.enum(['standard', 'guide', 'special']);

/**
 * What the reader loses:
 * - `data-deleted`: every piece of data is deleted, with no way to recover it;
 * - `domain-released`: the domain name goes back into circulation;
 * - `number-released`: the phone number goes back into circulation;
 * - `not-stated`: the guide states nothing for this product.
 */
export const consequenceSchema = z.enum([
	'data-deleted',
	'domain-released',
	'number-released',
	'not-stated',
]);

export const linkSchema = z.strictObject({
	label: z.string().min(1),
	url: httpsUrlSchema,
});

export const productSchema = z
	.strictObject({
		anchor: anchorSchema,
		aliases: z.array(anchorSchema).default([]),
		label: z.string().min(1),
		universe: anchorSchema,
		route: routeSchema,
		consequence: consequenceSchema,
		/** How the procedure names the product: "votre offre" + "E-mail Pro". */
		designation: z.strictObject({ lead: z.string().min(1), name: z.string().min(1) }),
		productUrl: httpsUrlSchema.optional(),
		/** The dedicated guide (route `guide`), and the parts of it the reader needs. */
		guide: z
			.strictObject({ url: httpsUrlSchema, parts: z.array(linkSchema).default([]) })
			.optional(),
		/** French sentences specific to the product (special cases, limits). */
		notes: z.array(z.string().min(1)).default([]),
		/** For a special case: what to say to someone who wants to cancel a termination. */
		cancellationNotes: z.array(z.string().min(1)).default([]),
		/** For a special case: also show the standard « Gestion des services » steps as the fallback. */
		standardStepsAsFallback: z.boolean().default(false),
		/** Words customers use for it: abbreviations, common names. Used by search and the filter. */
		keywords: z.array(z.string().min(1)).default([]),
	})
	.superRefine((product, ctx) => {
		if (product.route === 'guide' && !product.guide) {
			ctx.addIssue({ code: 'custom', message: 'la route « guide » exige un guide' });
		}
		if (product.route !== 'guide' && product.guide) {
			ctx.addIssue({ code: 'custom', message: 'seule la route « guide » a un guide dédié' });
		}
		if (product.route === 'special' && product.notes.length === 0) {
			ctx.addIssue({ code: 'custom', message: 'un cas particulier doit avoir une note' });
		}
		if (product.route === 'special' && product.cancellationNotes.length === 0) {
			ctx.addIssue({
				code: 'custom',
				message: 'un cas particulier doit dire quoi faire pour annuler une résiliation',
			});
		}
		if (product.route !== 'special' && product.standardStepsAsFallback) {
			ctx.addIssue({ code: 'custom', message: 'seul un cas particulier a une procédure de repli' });
		}
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
export type Route = z.output<typeof routeSchema>;
export type Consequence = z.output<typeof consequenceSchema>;
export type CatalogueInput = z.input<typeof catalogueSchema>;
export type Catalogue = z.output<typeof catalogueSchema>;
