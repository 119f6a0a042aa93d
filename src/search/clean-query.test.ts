import { describe, expect, it } from 'vitest';
import { catalogue } from '../catalogue/index.ts';
import { cleanQuery } from './clean-query.ts';

describe('cleanQuery', () => {
	const verbs = catalogue.searchVerbs;
	it('drops small words and verbs when a word naming a product remains', () => {
		expect(cleanQuery('résilier mon nom de domaine', verbs)).toBe('nom domaine');
		expect(cleanQuery('Supprimer mon numéro de téléphone', verbs)).toBe('numéro téléphone');
		expect(cleanQuery('arrêter l’hébergement', verbs)).toBe('hébergement');
		expect(cleanQuery('résiliation de mon VPS', verbs)).toBe('VPS');
	});

	it('keeps a query made of verbs and generic words as typed', () => {
		expect(cleanQuery('annuler la résiliation', verbs)).toBe('annuler la résiliation');
		expect(cleanQuery(' arrêter un service ', verbs)).toBe('arrêter un service');
		expect(cleanQuery('24 heures', verbs)).toBe('24 heures');
	});
});
