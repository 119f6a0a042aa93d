import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import {
	astroImplicitHashes,
	astroInlineScripts,
	astroInlineStyles,
	csp,
	headerOnlyDirectives,
	headerPolicy,
	parsePolicy,
	starlightInlineScripts,
	starlightModuleScripts,
} from '../src/starlight/csp.ts';
import { all, attribute, builtSite, projectRoot, textOf } from './built-site.ts';
import { headersFor, readHeaders } from './headers-file.ts';

/**
 * The policy against the build and the installed packages: the header and the `<meta>` say the
 * same, every inline script and style of every page is allowed by its hash, and the hashes pinned
 * in src/starlight/csp.ts are those of the installed Starlight and Astro. When Starlight or Astro
 * changes one of its inline scripts, a test here fails and says what to update. That the browser
 * enforces it is e2e/security.spec.ts's part.
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

/** `<script is:inline>` bodies of an installed Starlight component, as Astro writes them. */
function starlightInlineBodies(component: string): string[] {
	const base = join(projectRoot, 'node_modules/@astrojs/starlight/dist');
	const file = ['components', 'user-components']
		.map((dir) => join(base, dir, component))
		.find((path) => existsSync(path));
	if (!file) throw new Error(`Starlight n’a plus de composant ${component}`);
	return [
		...readFileSync(file, 'utf8').matchAll(/<script\s+is:inline\b[^>]*>([\s\S]*?)<\/script>/g),
	].map((m) => m[1] ?? '');
}

const update =
	'Relisez le script, puis mettez à jour son empreinte dans src/starlight/csp.ts et lancez `npm run headers`.';

describe('the Content-Security-Policy over the build', () => {
	it('the build has pages to check', () => {
		expect(site.pages.map((p) => p.file)).toContain(
			'billing/how-to-cancel-your-services/index.html',
		);
	});

	it('public/_headers sends the policy of csp.ts, and the build ships it', () => {
		expect(headersFilePolicy(join(projectRoot, 'public/_headers')), 'npm run headers').toBe(
			headerPolicy,
		);
		expect(headersFilePolicy(join(site.dir, '_headers'))).toBe(headerPolicy);
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

	it('every pinned hash of a Starlight module script is used by the build', () => {
		const used = new Set(site.pages.flatMap((page) => inlineElements(page).scripts.map(sha256)));
		for (const [component, hash] of Object.entries(starlightModuleScripts))
			expect(used.has(hash), `${component} : empreinte inutilisée, retirez-la de csp.ts`).toBe(
				true,
			);
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

	it('the pinned hashes of Astro’s island bootstrap are those of the installed Astro', async () => {
		const astro = (path: string) =>
			import(join(projectRoot, 'node_modules/astro/dist', path)) as Promise<Record<string, string>>;
		const scripts = {
			'astro-island.prebuilt.js': 'runtime/server/astro-island.prebuilt.js',
			'idle.prebuilt.js': 'runtime/client/idle.prebuilt.js',
			'load.prebuilt.js': 'runtime/client/load.prebuilt.js',
			'media.prebuilt.js': 'runtime/client/media.prebuilt.js',
			'only.prebuilt.js': 'runtime/client/only.prebuilt.js',
			'visible.prebuilt.js': 'runtime/client/visible.prebuilt.js',
		} satisfies Record<keyof typeof astroInlineScripts, string>;
		for (const [name, path] of Object.entries(scripts)) {
			const text = (await astro(path)).default ?? '';
			expect(sha256(text), `${name}. ${update}`).toBe(
				astroInlineScripts[name as keyof typeof astroInlineScripts],
			);
		}
		const { ISLAND_STYLES } = await astro('runtime/server/astro-island-styles.js');
		expect(sha256(ISLAND_STYLES ?? ''), update).toBe(astroInlineStyles['astro-island-styles.js']);
		const dev = (await astro('runtime/server/astro-island.prebuilt-dev.js')).default ?? '';
		expect(sha256(dev), update).toBe(astroImplicitHashes['astro-island.prebuilt-dev.js']);
		expect(sha256('')).toBe(astroImplicitHashes['empty text']);
		// Astro's config gets every hash the header lists.
		expect(csp.scriptDirective.hashes).toEqual(
			expect.arrayContaining(Object.values(astroInlineScripts)),
		);
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
