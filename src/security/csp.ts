/**
 * The site's Content-Security-Policy, in one place. Astro writes it as a `<meta>` on every page
 * (`security: { csp }` in astro.config.mjs), with the hashes of every script and style it bundles
 * or inlines computed from the build; the build then sends the same policy as a header
 * (`dist/_headers`, written by `./headers.ts` from the pages' `<meta>`). build-checks/csp.test.ts
 * and e2e/security.spec.ts fail as soon as a page, the header or the browser disagree.
 *
 * No `'unsafe-inline'` and no `'unsafe-eval'` for scripts: every inline script is allowed by its
 * SHA-256, stylesheets stay files (`build.inlineStylesheets: 'never'`), allowed by `'self'`.
 */
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { pendingScript } from '../assistant/pending-script.ts';

type Hash = `sha256-${string}`;

/**
 * Starlight's `is:inline` scripts, byte for byte as Starlight 0.42.4 renders them: the only hashes
 * written by hand. Astro hashes the scripts it processes (the project's, Starlight's module
 * scripts, the island bootstrap) but passes `is:inline` ones through untouched and unseen, and the
 * `<meta>` is written while pages render, so their hashes must be in the config before the build
 * starts. When Starlight changes one, build-checks/csp.test.ts names the component and prints the
 * new hash: review the script, then replace the hash here.
 */
export const starlightInlineScripts = {
	/** ThemeProvider.astro: applies the stored or preferred theme before the first paint. */
	'ThemeProvider.astro': 'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA=',
	/** ThemeSelect.astro: `StarlightThemeProvider.updatePickers();` */
	'ThemeSelect.astro': 'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo=',
	/** SidebarPersister.astro: reopens the sidebar groups of the previous page. */
	'SidebarPersister.astro#groups': 'sha256-wX2yOADeV+NMngflD5uYi3vl50SHC4sfM1EmylVjlX4=',
	/** SidebarPersister.astro: restores the sidebar's scroll position. */
	'SidebarPersister.astro#scroll': 'sha256-7eCV4jtsr4t4knb3c4FCRPeu7GGZeOUGE3XvWix0XOQ=',
} as const satisfies Record<string, Hash>;

/** The SHA-256 of an inline script's text, as a CSP source. */
export function scriptHash(text: string): Hash {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Our own `is:inline` script, the assistant's placeholder before the first paint
 * (src/assistant/pending-script.ts): hashed from the same text the page writes, so it needs no pin.
 */
export const ownInlineScripts = [scriptHash(pendingScript)];

/**
 * The directives besides `script-src` and `style-src` (which Astro writes from `scriptDirective`
 * and `styleDirective` below):
 * - `default-src 'self'`: everything (fetches of Pagefind's index, fonts, manifests, frames…) comes
 *   from the site itself; the site uses no other host;
 * - `img-src 'self' data:`: Starlight's and Pagefind's icons are `data:` SVGs in CSS masks;
 * - `worker-src 'self'`: Pagefind runs its search in `/pagefind/pagefind-worker.js`;
 * - `object-src 'none'`: no plugins;
 * - `base-uri 'none'`: no `<base>` may redirect relative URLs (the site uses none);
 * - `form-action 'self'`: a form may only submit to the site.
 */
export const cspDirectives = [
	"default-src 'self'",
	"img-src 'self' data:",
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'self'",
] as const;

/**
 * Directives that only a header can carry: browsers ignore them in a `<meta>` (with a console
 * error), so Astro's `<meta>` does not get them. `frame-ancestors 'none'`: no site may frame ours.
 */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * `security.csp` for astro.config.mjs.
 * - `script-src 'self' 'wasm-unsafe-eval'` + hashes: scripts from the site and inline scripts by
 *   their hash only; `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly (it allows no
 *   `eval`). No `'unsafe-inline'`, so inline event handlers (`onclick="…"`) never run.
 * - `style-src 'self'` + the hashes Astro adds (its island style); `style-src-attr 'unsafe-inline'`:
 *   Starlight writes `style="…"` attributes (icons, the search dialog); they cannot run code, and
 *   `<style>` elements stay limited to hashes.
 */
export const csp = {
	algorithm: 'SHA-256',
	directives: [...cspDirectives],
	scriptDirective: {
		resources: ["'self'", "'wasm-unsafe-eval'"],
		hashes: [...Object.values(starlightInlineScripts), ...ownInlineScripts],
	},
	styleDirective: {
		resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
	},
} satisfies CspConfig;

/** A policy as a map from directive name to its sources, in order. */
export function parsePolicy(policy: string): Map<string, string[]> {
	const parsed = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) parsed.set(name.toLowerCase(), sources);
	}
	return parsed;
}

/** A policy written back as a header value: `name source source; name source`. */
export function formatPolicy(policy: ReadonlyMap<string, readonly string[]>): string {
	return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The header's policy: the `<meta>`'s (as Astro wrote it), then the header-only directives. */
export function headerPolicyOf(metaPolicy: string): string {
	return formatPolicy(parsePolicy([metaPolicy, ...headerOnlyDirectives].join(';')));
}
