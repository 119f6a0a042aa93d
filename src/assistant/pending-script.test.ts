// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pendingScript } from './pending-script.ts';

const titles = { vps: 'Êtes-vous le contact administrateur de votre VPS ?' };

/** Runs the inline script as the page would, on an island's root drawn before it, at `address`. */
function run(address: string, contactTitles = JSON.stringify(titles)) {
	document.body.innerHTML = `<div class="as-root" data-assistant-step="sans-js"><div class="as-pending-shape--contact"><span class="as-title">Êtes-vous le contact administrateur de ce service ?</span></div></div>`;
	const root = document.querySelector<HTMLElement>('.as-root');
	if (!root) throw new Error('no root');
	root.dataset.contactTitles = contactTitles;
	const url = new URL(address, 'https://aide.example/billing/how-to-cancel-your-services/');
	const replaced: string[] = [];
	const location = {
		search: url.search,
		hash: url.hash,
		replace: (to: string) => replaced.push(to),
	};
	new Function('document', 'location', pendingScript)(document, location);
	return {
		replaced,
		deepLink: root.dataset.deepLink,
		title: root.querySelector('.as-title')?.textContent,
	};
}

describe('the assistant before the first paint (the inline script)', () => {
	it('takes an agent’s link from the guide’s text to the assistant, on the contact question', () => {
		expect(run('?action=resilier&produit=vps#vps')).toEqual({
			replaced: ['#assistant'],
			deepLink: 'contact',
			title: titles.vps,
		});
	});

	it('a cancellation link lands on the assistant, which takes the screen’s height', () => {
		expect(run('?action=annuler&produit=sms#annuler-sms')).toMatchObject({
			replaced: ['#assistant'],
			deepLink: 'tall',
		});
		expect(run('?action=annuler&produit=vps#annuler').replaced).toEqual(['#assistant']);
	});

	it('keeps the first question’s space for the situation question', () => {
		expect(run('?action=resilier&produit=vps&contact=oui#assistant')).toMatchObject({
			replaced: [],
			deepLink: undefined,
		});
	});

	it('goes further on as tall as the screen', () => {
		expect(run('?action=resilier&produit=vps&contact=oui&situation=automatique').deepLink).toBe(
			'tall',
		);
		expect(run('?action=resilier').deepLink).toBe('tall');
	});

	it('leaves a reader arrived at another section, or with no answer in the address, alone', () => {
		expect(run('?action=resilier&produit=vps#conditions')).toMatchObject({
			replaced: [],
			deepLink: undefined,
		});
		expect(run('#vps')).toMatchObject({ replaced: [], deepLink: undefined });
		expect(run('?action=supprimer&produit=vps#vps').replaced).toEqual([]);
	});

	it('survives unreadable titles', () => {
		expect(run('?action=resilier&produit=vps#assistant', '{oops').deepLink).toBe('tall');
	});
});
