import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerPolicyOf } from '../src/security/csp.ts';
import { builtSite, pagePolicy } from './built-site.ts';
import { headersFor, readHeaders } from './headers-file.ts';

/**
 * What the host sends with each file, as the `_headers` the build ships says (the test server
 * applies the same file with the same parser): the policy and the other security headers on
 * everything, no cookie, and a year's caching for files whose name changes with their content only.
 */

const site = builtSite();
const rules = readHeaders(join(site.dir, '_headers'));
const headers = (path: string) => headersFor(rules, path);
/** The pages' policy (their `<meta>`), as a header sends it. */
const headerPolicy = headerPolicyOf(pagePolicy(site.page('/')));

/** Every page of the build by its address, and an address the site does not have (its 404). */
const routes = site.pages.map((page) => page.route).filter((route) => route !== '/404.html');
const unknownRoute = '/cette-page-n-existe-pas/';

describe('the headers of _headers', () => {
	it('the build ships a _headers file with rules', () => {
		expect(rules.length).toBeGreaterThan(0);
		expect(routes).toContain('/billing/how-to-cancel-your-services/');
	});

	it('pages are served with the policy and the other security headers', () => {
		for (const route of [...routes, unknownRoute, '/pagefind/pagefind-worker.js', '/favicon.svg']) {
			const sent = headers(route);
			expect(sent.get('content-security-policy'), route).toBe(headerPolicy);
			expect(sent.get('x-content-type-options'), route).toBe('nosniff');
			expect(sent.get('referrer-policy'), route).toBe('strict-origin-when-cross-origin');
			expect(sent.get('permissions-policy'), route).toMatch(/camera=\(\).*microphone=\(\)/);
			expect(sent.get('x-frame-options'), route).toBe('DENY');
			expect(sent.get('cross-origin-opener-policy'), route).toBe('same-origin');
		}
	});

	it('no rule sets a cookie', () => {
		const names = rules.flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
		expect(names).not.toContain('set-cookie');
	});

	it('only files with a content hash in their name are cached for good', () => {
		const immutable = 'public, max-age=31536000, immutable';
		const built = site.files.map((file) => `/${file}`);
		const hashed = built.filter((path) => /^\/(_astro|pagefind\/(fragment|index))\//.test(path));
		expect(hashed.length).toBeGreaterThan(10);
		for (const path of hashed) {
			// Vite's and Pagefind's names carry a hash of the content: a new build, a new name.
			expect(path).toMatch(/[._][A-Za-z0-9_-]{5,}\.[a-z_]+$/);
			expect(headers(path).get('cache-control'), path).toBe(immutable);
		}
		const cachedForGood = built.filter((path) => headers(path).get('cache-control') === immutable);
		expect(cachedForGood).toEqual(hashed);
		for (const path of [...routes, '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json'])
			expect(headers(path).get('cache-control'), path).toBeUndefined();
	});
});
