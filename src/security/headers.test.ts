import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { csp, headerPolicyOf, parsePolicy } from './csp.ts';
import { metaPolicies, sitePolicy, withPolicy } from './headers.ts';

const page = (policy: string) =>
	`<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body></body></html>`;

describe('the policy as a header', () => {
	it('is the <meta>’s, written as a header, then the header-only directives', () => {
		expect(
			headerPolicyOf("default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-a';"),
		).toBe(
			"default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-a'; frame-ancestors 'none'",
		);
	});

	it('reads the one policy of the pages, and refuses pages that disagree or carry none', () => {
		const same = new Map([
			['a.html', page("default-src 'self';script-src 'self'")],
			['b.html', page("default-src 'self'; script-src 'self';")],
		]);
		expect(sitePolicy(same)).toBe("default-src 'self'; script-src 'self'; frame-ancestors 'none'");
		const differ = new Map([...same, ['c.html', page("default-src 'none'")]]);
		expect(() => sitePolicy(differ)).toThrow(/a\.html, b\.html \| c\.html/);
		expect(() => sitePolicy(new Map([['d.html', '<p>x</p>']]))).toThrow(/d\.html: 0 CSP/);
	});

	it('finds the <meta> by its http-equiv in any case, not a look-alike', () => {
		const html =
			'<meta http-equiv="Content-Security-Policy" content="a"><meta name="content-security-policy" content="b">';
		expect(metaPolicies(fromHtml(html))).toEqual(['a']);
	});

	it('goes first under the /* rule of _headers, which must not have one already', () => {
		const file = '# c\n\n/*\n  X-A: 1\n/_astro/*\n  X-B: 2\n';
		expect(withPolicy(file, 'p')).toBe(
			'# c\n\n/*\n  Content-Security-Policy: p\n  X-A: 1\n/_astro/*\n  X-B: 2\n',
		);
		expect(() => withPolicy(withPolicy(file, 'p'), 'p')).toThrow(/already/);
		expect(() => withPolicy('/x\n  X-A: 1\n', 'p')).toThrow(/no `\/\*` rule/);
	});

	it('the config allows no inline script but by hash and keeps style attributes apart', () => {
		const scripts = csp.scriptDirective.resources;
		expect(scripts).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(csp.styleDirective.resources).toEqual([
			"'self'",
			{ resource: "'unsafe-inline'", kind: 'attribute' },
		]);
		for (const hash of csp.scriptDirective.hashes)
			expect(hash).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
		expect(parsePolicy(csp.directives.join(';')).get('default-src')).toEqual(["'self'"]);
	});
});
