/**
 * The policy as a header: `public/_headers` (Netlify / Cloudflare Pages format) holds every header
 * but the Content-Security-Policy, whose hashes only the build knows. Once the pages are written,
 * this integration reads the policy of their `<meta>` (Astro's, the same on every page) and adds it,
 * with the header-only directives, as the first header of the `/*` rule of `dist/_headers`.
 *
 * Astro's own way to hand a policy to headers (`routeToHeaders` in `astro:build:generated`) is for
 * adapters with `staticHeaders`, and then Astro writes no `<meta>`: the site keeps both.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { afterBuild, builtHtmlFiles } from '../shared/after-build.ts';
import { headerPolicyOf, parsePolicy } from './csp.ts';

/** The `content` of a page's CSP `<meta>` elements. */
export function metaPolicies(page: Root): string[] {
	return selectAll('meta[http-equiv]', page)
		.filter((meta) => String(meta.properties.httpEquiv).toLowerCase() === 'content-security-policy')
		.map((meta) => String(meta.properties.content ?? ''));
}

/**
 * The policy of a page's one CSP `<meta>`; throws, naming the file, unless it has exactly one. Also
 * how the checks of build-checks/ read a built page's policy (`pagePolicy` in built-site.ts).
 */
export function onePolicy(file: string, page: Root): string {
	const found = metaPolicies(page);
	if (found.length !== 1) throw new Error(`${file}: ${found.length} CSP <meta>, not one`);
	return found[0] ?? '';
}

/** The one policy of the pages (file → HTML); throws, naming the pages, when they disagree. */
export function sitePolicy(pages: ReadonlyMap<string, string>): string {
	const byPolicy = new Map<string, { policy: string; files: string[] }>();
	for (const [file, html] of pages) {
		const policy = onePolicy(file, fromHtml(html));
		const key = JSON.stringify([...parsePolicy(policy)]);
		const same = byPolicy.get(key) ?? { policy, files: [] };
		byPolicy.set(key, { ...same, files: [...same.files, file] });
	}
	const policies = [...byPolicy.values()];
	if (policies.length !== 1) {
		const groups = policies.map(({ files }) => files.join(', ')).join(' | ');
		throw new Error(`The pages' CSP <meta> differ (one header cannot send them all): ${groups}`);
	}
	return headerPolicyOf(policies[0]?.policy ?? '');
}

/** `_headers` with the policy added as the first header of its `/*` rule. */
export function withPolicy(headersFile: string, policy: string): string {
	const lines = headersFile.split('\n');
	if (lines.some((line) => /^\s+Content-Security-Policy:/i.test(line)))
		throw new Error('public/_headers already has a Content-Security-Policy: the build writes it');
	const rule = lines.findIndex((line) => line.trim() === '/*');
	if (rule < 0) throw new Error('public/_headers has no `/*` rule for the Content-Security-Policy');
	lines.splice(rule + 1, 0, `  Content-Security-Policy: ${policy}`);
	return lines.join('\n');
}

async function readPages(root: string): Promise<Map<string, string>> {
	const pages = new Map<string, string>();
	for (const file of await builtHtmlFiles(root)) {
		pages.set(relative(root, file), await readFile(file, 'utf8'));
	}
	return pages;
}

export default function securityHeaders(): AstroIntegration {
	return afterBuild('security-headers', async (root, logger) => {
		const policy = sitePolicy(await readPages(root));
		const file = join(root, '_headers');
		await writeFile(file, withPolicy(await readFile(file, 'utf8'), policy));
		logger.info('Content-Security-Policy des pages écrite dans _headers.');
	});
}
