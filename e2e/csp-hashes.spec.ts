import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
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
import { expect, test } from './support/fixtures';

/**
 * The policy against the build and the installed packages, without a browser: the header and the
 * `<meta>` say the same, every inline script and style of every page is allowed by its hash, and
 * the hashes pinned in src/starlight/csp.ts are those of the installed Starlight and Astro. When
 * Starlight or Astro changes one of its inline scripts, a test here fails and says what to update.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, process.env.E2E_DIST ?? 'dist');
const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

const pages = htmlFiles(dist).map((file) => ({
	name: `/${relative(dist, file)}`,
	html: readFileSync(file, 'utf8'),
}));

/** A `<script>`'s `type` that makes it code: none, `module` or a JavaScript MIME type. */
function runsAsCode(attributes: string): boolean {
	const type = /\stype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.trim().toLowerCase() ?? '';
	return (
		type === '' || type === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(type)
	);
}

/**
 * Inline scripts that run (not data blocks such as JSON-LD, which CSP does not govern) and
 * `<style>` elements, with their text as the browser hashes it.
 */
function inlineElements(html: string) {
	const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
		.filter((m) => !/\ssrc\s*=/i.test(m[1] ?? '') && runsAsCode(m[1] ?? ''))
		.map((m) => m[2] ?? '');
	const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
	return { scripts, styles };
}

function metaPolicies(html: string): string[] {
	return [
		...html.matchAll(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/gi),
	].map((m) => (m[1] ?? '').replaceAll('&#39;', "'").replaceAll('&amp;', '&'));
}

/** The `Content-Security-Policy` of the `/*` rule of a `_headers` file. */
function headersFilePolicy(file: string): string | undefined {
	let inAllPaths = false;
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			inAllPaths = line.trim() === '/*';
			continue;
		}
		const match = /^\s+Content-Security-Policy:\s*(.*)$/i.exec(line);
		if (inAllPaths && match) return match[1]?.trim();
	}
	return undefined;
}

/** `<script is:inline>` bodies of an installed Starlight component, as Astro writes them. */
function starlightInlineBodies(component: string): string[] {
	const base = join(root, 'node_modules/@astrojs/starlight/dist');
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

test('the build has pages to check', () => {
	expect(pages.map((p) => p.name)).toContain('/billing/how-to-cancel-your-services/index.html');
});

test('public/_headers sends the policy of csp.ts, and the build ships it', () => {
	expect(headersFilePolicy(join(root, 'public/_headers')), 'npm run headers').toBe(headerPolicy);
	expect(headersFilePolicy(join(dist, '_headers'))).toBe(headerPolicy);
});

test('the policy allows no inline script but by hash, and no eval', () => {
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

test('every page has one CSP meta, the header’s policy but for header-only directives', () => {
	const header = parsePolicy(headerPolicy);
	const headerOnly = headerOnlyDirectives.map((d) => d.split(' ')[0] ?? '');
	for (const name of headerOnly) header.delete(name);
	for (const { name, html } of pages) {
		const metas = metaPolicies(html);
		expect(metas, name).toHaveLength(1);
		const meta = parsePolicy(metas[0] ?? '');
		expect(Object.fromEntries(meta), name).toEqual(Object.fromEntries(header));
		expect(html.indexOf('http-equiv="content-security-policy"'), name).toBeLessThan(
			html.indexOf('</head>'),
		);
	}
});

test('every inline script and style of the build is allowed by its hash', () => {
	const policy = parsePolicy(headerPolicy);
	const scriptHashes = new Set(policy.get('script-src'));
	const styleHashes = new Set(policy.get('style-src'));
	const missing: string[] = [];
	for (const { name, html } of pages) {
		const { scripts, styles } = inlineElements(html);
		for (const script of scripts) {
			const hash = sha256(script);
			if (!scriptHashes.has(`'${hash}'`))
				missing.push(`${name}: <script> ${hash} « ${script.trim().slice(0, 80)} »`);
		}
		for (const style of styles) {
			const hash = sha256(style);
			if (!styleHashes.has(`'${hash}'`))
				missing.push(`${name}: <style> ${hash} « ${style.trim().slice(0, 80)} »`);
		}
	}
	expect(missing, `Scripts ou styles inline non autorisés. ${update}`).toEqual([]);
});

test('every pinned hash of a Starlight module script is used by the build', () => {
	const used = new Set(pages.flatMap(({ html }) => inlineElements(html).scripts.map(sha256)));
	for (const [component, hash] of Object.entries(starlightModuleScripts))
		expect(used.has(hash), `${component} : empreinte inutilisée, retirez-la de csp.ts`).toBe(true);
});

test('the pinned hashes of Starlight’s is:inline scripts are those of the installed Starlight', () => {
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

test('the pinned hashes of Astro’s island bootstrap are those of the installed Astro', async () => {
	const astro = (path: string) =>
		import(join(root, 'node_modules/astro/dist', path)) as Promise<Record<string, string>>;
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

test('no inline event handler and no javascript: URL in the build', () => {
	const found: string[] = [];
	for (const { name, html } of pages) {
		for (const tag of html.matchAll(/<[a-zA-Z][\w-]*(\s[^<>]*)?>/g)) {
			const attributes = (tag[1] ?? '').replace(/"[^"]*"|'[^']*'/g, '""');
			if (/\son[a-z]+\s*=/i.test(attributes)) found.push(`${name}: ${tag[0].slice(0, 120)}`);
		}
		for (const url of html.matchAll(/\s(?:href|src|action|formaction)\s*=\s*"\s*javascript:/gi))
			found.push(`${name}: ${url[0]}`);
	}
	expect(found).toEqual([]);
});
