import { describe, expect, it } from 'vitest';
import { pageTitle } from './useDocumentTitle.ts';

describe('the page title', () => {
	it('names the step before the page once the reader is engaged', () => {
		expect(pageTitle('Quel est votre service\u202f?', 'Résilier')).toBe(
			'Quel est votre service\u202f? – Résilier',
		);
	});

	it('is the page’s own title otherwise', () => {
		expect(pageTitle(null, 'Résilier')).toBe('Résilier');
	});
});
