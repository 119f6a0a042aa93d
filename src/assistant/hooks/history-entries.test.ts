import { describe, expect, it } from 'vitest';
import { findProduct } from '../../catalogue/index.ts';
import { leftEntryQuery } from './history-entries.ts';

describe('the history entry the reader leaves by answering', () => {
	it('keeps the answer just given, at its own step', () => {
		const here = { step: 'action', answers: {} } as const;
		const next = { step: 'produit', answers: { action: 'resilier' } } as const;
		expect(leftEntryQuery(here, next, findProduct)).toBe('?action=resilier&etape=action');
	});

	it('is left alone when the answers no longer reach its step', () => {
		const here = { step: 'situation', answers: { action: 'resilier', produit: 'vps' } } as const;
		const next = { step: 'resultat', answers: { action: 'resilier', produit: 'sms' } } as const;
		expect(leftEntryQuery(here, next, findProduct)).toBeNull();
	});
});
