import { describe, expect, it } from 'vitest';
import { products, universes } from '../catalogue/index.ts';
import { fold } from '../catalogue/match.ts';
import { countMessage, filterProducts } from './filter.ts';

const labels = (typed: string) => filterProducts(products, universes, typed).map((p) => p.label);

describe('the product filter', () => {
	it('ignores case and accents', () => {
		expect(fold('Hébergement  WEB')).toBe('hebergement web');
		expect(labels('hebergement')).toEqual(['Hébergement Web', 'Hébergement Plesk']);
		expect(labels('HÉBERG')).toEqual(labels('heberg'));
		expect(labels('HÉBERGEMENT web')).toContain('Hébergement Web');
		expect(labels('telecom')).toEqual(labels('télécom'));
	});

	it('finds a product by part of its name, universe or common name', () => {
		expect(labels('exchange')).toEqual(['E-mail Exchange']);
		expect(labels('télécom').length).toBe(4);
		expect(labels('vps')).toEqual(['VPS (Virtual Private Servers)']);
		expect(labels('nom de domaine')).toEqual(['Domaines']);
	});

	it('needs every word', () => {
		expect(labels('email pro')).toEqual(['E-mail Pro']);
		expect(labels('zzz')).toEqual([]);
	});

	it('keeps everything for an empty filter', () => {
		expect(labels('  ')).toHaveLength(products.length);
	});

	it('says how many match, in French', () => {
		expect(countMessage(0)).toBe('Aucun service ne correspond à votre recherche.');
		expect(countMessage(1)).toBe('1 service correspond à votre recherche.');
		expect(countMessage(3)).toBe('3 services correspondent à votre recherche.');
	});
});
