import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import {
	cspDirectives,
	headerOnlyDirectives,
	headerPolicyOf,
	parsePolicy,
	starlightInlineScripts,
} from '../src/security/csp.ts';
import {
	all,
	attribute,
	builtSite,
	pagePolicy,
	parseHtml,
	projectRoot,
	textOf,
} from './built-site.ts';
import { headersFor, readHeaders } from './headers-file.ts';

/**
 * The policy against the build: the header and the `<meta>` say the same, every inline script and
 * style of every page is allowed by its hash (Astro computes them; only Starlight's `is:inline`
 * scripts are pinned, in src/security/csp.ts), and the pinned ones are those of the installed
 * Starlight. When Starlight changes one of its inline scripts, a test here fails and says what to
 * update. That the browser enforces it is e2e/security.spec.ts's part.
 */

const site = builtSite();
const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** A `<script>`'s `type` that makes it code: none, `module` or a JavaScript MIME type. */
function runsAsCode(script: Element): boolean {
	const type = (attribute(script, 'type') ?? '').trim().toLowerCase();
	return (
		type === '' || type === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(type)
	);
}

/**
 * Inline scripts that run (not data blocks such as JSON-LD, which CSP does not govern) and
 * `<style>` elements, with their text as the browser hashes it.
 */
function inlineElements(page: (typeof site.pages)[number]) {
	const scripts = all('script', page.tree)
		.filter((script) => attribute(script, 'src') === undefined && runsAsCode(script))
		.map(textOf);
	const styles = all('style', page.tree).map(textOf);
	return { scripts, styles };
}

/** The `Content-Security-Policy` of the `/*` rule of a `_headers` file. */
function headersFilePolicy(file: string): string | undefined {
	const rule = readHeaders(file).find((r) => r.path === '/*');
	return rule ? headersFor([rule], '/').get('content-security-policy') : undefined;
}

/** The policy the build's `_headers` sends. */
const headerPolicy = headersFilePolicy(join(site.dir, '_headers')) ?? '';

/** `<script is:inline>` bodies of an installed Starlight component, as Astro writes them. */
function starlightInlineBodies(component: string): string[] {
	const base = join(projectRoot, 'node_modules/@astrojs/starlight/dist');
	const file = ['components', 'user-components']
		.map((dir) => join(base, dir, component))
		.find((path) => existsSync(path));
	if (!file) throw new Error(`Starlight n’a plus de composant ${component}`);
	// The component's markup, frontmatter and expressions read as text: its scripts are elements.
	return all('script', parseHtml(readFileSync(file, 'utf8')))
		.filter((script) => 'is:inline' in script.properties)
		.map(textOf);
}

const update =
	'Un script `is:inline` de Starlight a changé : relisez-le, puis remplacez son empreinte dans ' +
	'`starlightInlineScripts` (src/security/csp.ts). Les autres scripts, Astro les hache lui-même : ' +
	'n’écrivez pas de script `is:inline` dans le projet.';

describe('the Content-Security-Policy over the build', () => {
	it('the build has pages to check', () => {
		expect(site.pages.map((p) => p.file)).toContain(
			'billing/how-to-cancel-your-services/index.html',
		);
	});

	it('the build’s _headers sends the pages’ policy and the header-only directives', () => {
		expect(
			headersFilePolicy(join(projectRoot, 'public/_headers')),
			'public/_headers laisse la politique à la construction (src/security/headers.ts)',
		).toBeUndefined();
		expect(headerPolicy).toBe(headerPolicyOf(pagePolicy(site.page('/'))));
		const header = parsePolicy(headerPolicy);
		for (const directive of [...cspDirectives, ...headerOnlyDirectives]) {
			const [name = '', ...sources] = directive.split(' ');
			expect(header.get(name), name).toEqual(sources);
		}
		expect([...header.keys()].sort()).toEqual(
			[
				...[...cspDirectives, ...headerOnlyDirectives].map((d) => d.split(' ')[0]),
				'script-src',
				'style-src',
				'style-src-attr',
			].sort(),
		);
		expect(header.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
	});

	it('the policy allows no inline script but by hash, and no eval', () => {
		const policy = parsePolicy(headerPolicy);
		const scriptSrc = policy.get('script-src') ?? [];
		for (const forbidden of [
			"'unsafe-inline'",
			"'unsafe-eval'",
			"'unsafe-hashes'",
			'*',
			'data:',
			'blob:',
			'http:',
			'https:',
		])
			expect(scriptSrc, `script-src ${forbidden}`).not.toContain(forbidden);
		for (const source of scriptSrc)
			expect(source).toMatch(/^('self'|'wasm-unsafe-eval'|'sha256-[A-Za-z0-9+/]{43}=')$/);
		expect(policy.has('script-src-attr') || policy.has('script-src-elem')).toBe(false);
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('base-uri')).toEqual(["'none'"]);
		expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
		expect(policy.get('style-src') ?? []).not.toContain("'unsafe-inline'");
	});

	it('every page has one CSP meta, in its head, the header’s policy but for header-only directives', () => {
		const header = parsePolicy(headerPolicy);
		const headerOnly = headerOnlyDirectives.map((d) => d.split(' ')[0] ?? '');
		for (const name of headerOnly) header.delete(name);
		const isPolicy = (meta: Element) =>
			attribute(meta, 'httpEquiv')?.toLowerCase() === 'content-security-policy';
		for (const { file, tree } of site.pages) {
			expect(all('meta', tree).filter(isPolicy), file).toHaveLength(1);
			const metas = all('head > meta', tree).filter(isPolicy);
			expect(metas, `${file}: the policy’s <meta> is a child of <head>`).toHaveLength(1);
			const meta = parsePolicy(attribute(metas[0] as Element, 'content') ?? '');
			expect(Object.fromEntries(meta), file).toEqual(Object.fromEntries(header));
		}
	});

	it('every inline script and style of the build is allowed by its hash', () => {
		const policy = parsePolicy(headerPolicy);
		const scriptHashes = new Set(policy.get('script-src'));
		const styleHashes = new Set(policy.get('style-src'));
		const missing: string[] = [];
		for (const page of site.pages) {
			const { scripts, styles } = inlineElements(page);
			for (const script of scripts) {
				const hash = sha256(script);
				if (!scriptHashes.has(`'${hash}'`))
					missing.push(`${page.file}: <script> ${hash} « ${script.trim().slice(0, 80)} »`);
			}
			for (const style of styles) {
				const hash = sha256(style);
				if (!styleHashes.has(`'${hash}'`))
					missing.push(`${page.file}: <style> ${hash} « ${style.trim().slice(0, 80)} »`);
			}
		}
		expect(missing, `Scripts ou styles inline non autorisés. ${update}`).toEqual([]);
	});

	it('every pinned hash of a Starlight is:inline script is used by the build', () => {
		const used = new Set(site.pages.flatMap((page) => inlineElements(page).scripts.map(sha256)));
		for (const [component, hash] of Object.entries(starlightInlineScripts))
			expect(used.has(hash), `${component} : empreinte inutilisée. ${update}`).toBe(true);
	});

	it('the pinned hashes of Starlight’s is:inline scripts are those of the installed Starlight', () => {
		const pinned = Object.entries(starlightInlineScripts);
		const components = new Set(pinned.map(([key]) => key.split('#')[0] ?? key));
		for (const component of components) {
			const actual = starlightInlineBodies(component).map(sha256);
			const expected = pinned
				.filter(([key]) => (key.split('#')[0] ?? key) === component)
				.map(([, hash]) => hash);
			expect(
				[...actual].sort(),
				`Les scripts is:inline de ${component} ont changé : ${actual.join(' ')}. ${update}`,
			).toEqual([...expected].sort());
		}
	});

	it('no inline event handler and no javascript: URL in the build', () => {
		const urlProperties = ['href', 'src', 'action', 'formAction'];
		const found: string[] = [];
		for (const { file, tree } of site.pages) {
			for (const element of all('*', tree)) {
				for (const [name, value] of Object.entries(element.properties)) {
					if (/^on/i.test(name)) found.push(`${file}: <${element.tagName} ${name}>`);
					// As the browser reads the address (spaces and control characters around it dropped).
					if (
						urlProperties.includes(name) &&
						URL.parse(String(value), 'http://site/')?.protocol === 'javascript:'
					)
						found.push(`${file}: <${element.tagName} ${name}="${String(value).slice(0, 80)}">`);
				}
			}
		}
		expect(found).toEqual([]);
	});
});
