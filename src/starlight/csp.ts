/**
 * The site's Content-Security-Policy, in one place. Astro writes it as a `<meta>` on every page
 * (`security: { csp }` in astro.config.mjs); `public/_headers` sends the same policy as a header
 * (`headerPolicy`), and `e2e/csp-hashes.spec.ts` fails as soon as the two, the built pages or the
 * installed Starlight and Astro disagree.
 *
 * No `'unsafe-inline'` and no `'unsafe-eval'` for scripts: every inline script is allowed by its
 * SHA-256 below: Starlight's scripts and Astro's island bootstrap. The project's own scripts and all
 * stylesheets stay files (`build.inlineStylesheets: 'never'`, `inlineStarlightScripts`), allowed
 * by `'self'`, so that editing them never changes the policy.
 */
import type { AstroUserConfig } from 'astro';

type Hash = `sha256-${string}`;

/**
 * Starlight's `is:inline` scripts, byte for byte as Starlight 0.42.4 renders them. When Starlight
 * changes one, the hash test names the component and prints the new hash: review the script, then
 * update the hash here and run `npm run headers` (it rewrites the line of `public/_headers`).
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

/**
 * Starlight's small module scripts, which Astro writes inline (`inlineStarlightScripts` below), as
 * the build minifies them: they change with Starlight's or the bundler's version.
 */
export const starlightModuleScripts = {
	/** Remembers the theme the reader picks. */
	'ThemeSelect.astro': 'sha256-nVO98WGdJA5yup1/MAdukGqUlS6Psuf7JJFF5ikWqbQ=',
	/** The language picker (shown only with several locales; its script ships anyway). */
	'LanguageSelect.astro': 'sha256-hP48sUywTAXyg22qvpdOC/cYIA8MfPdKEbPC/mvGk4M=',
	/** The mobile menu's focus trap. */
	'PageFrame.astro': 'sha256-ucPfdYc9FPIvbmnn9ECv3eLKYLt8/heMPFQ+hNTn6jY=',
	/** Saves the sidebar's state for the next page. */
	'Page.astro': 'sha256-VgrgcKBvIM3XpiLJ6fEv1Vy6YHBwlKLkYtFdfBMouTo=',
} as const satisfies Record<string, Hash>;

/**
 * `vite.build.assetsInlineLimit`: Astro writes a small script inline when it is under this limit.
 * Only Starlight's are (their hashes are pinned above); the project's own scripts stay files,
 * allowed by `'self'`, so that editing one never changes the policy.
 */
export function inlineStarlightScripts(file: string): boolean | undefined {
	if (!/\.[cm]?js$/.test(file)) return undefined; // Vite's default for other assets.
	const component = /(?:^|\/)([\w-]+\.astro)_astro_type_script_/.exec(file)?.[1];
	return component && component in starlightModuleScripts ? undefined : false;
}

/**
 * Astro's island bootstrap (astro 7.3.5), written inline before the first island of a page: the
 * `<astro-island>` element and the hydration directives. Astro adds these hashes to the `<meta>`
 * itself; the header needs them written out.
 */
export const astroInlineScripts = {
	'astro-island.prebuilt.js': 'sha256-Ya0pUYrC7nM5Cn/056TyVuEiz6dFGrzmkWzgON0pF0U=',
	'idle.prebuilt.js': 'sha256-BF0290pkb3jxQsE7z00xR8Imp8X34FLC88L0lkMnrGw=',
	'load.prebuilt.js': 'sha256-QzWFZi+FLIx23tnm9SBU4aEgx4x8DsuASP07mfqol/c=',
	'media.prebuilt.js': 'sha256-0chmwFk0zaA528yFfGV7J9ppIpdfTPPULncDF3WG7Zs=',
	'only.prebuilt.js': 'sha256-eIXWvAmxkr251LJZkjniEK5LcPF3NkapbJepohwYRIc=',
	'visible.prebuilt.js': 'sha256-Q2BPg90ZMplYY+FSdApNErhpWafg2hcRRbndmvxuL/Q=',
} as const satisfies Record<string, Hash>;

/** Astro's one inline stylesheet: `astro-island,astro-slot,astro-static-slot{display:contents}`. */
export const astroInlineStyles = {
	'astro-island-styles.js': 'sha256-vv9IoKo7BSLbWcUHr3tNmfNVmm5L/9Cfn2H6LMk7/ow=',
} as const satisfies Record<string, Hash>;

/**
 * Hashes that Astro adds to the `<meta>` by itself, written here so that the header says the same,
 * token for token. Neither allows any script or style of the build: one is the island bootstrap of
 * Astro's dev server, the other the hash of an empty text (Astro hashes the empty content of every
 * `<script src>` and `<link>` it puts in a page's head).
 */
export const astroImplicitHashes = {
	'astro-island.prebuilt-dev.js': 'sha256-SHXg3YtOAVshUMT3f+eElYDgbV0kaujWj8DSaXSS4Vs=',
	'empty text': 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
} as const satisfies Record<string, Hash>;

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

/**
 * - `script-src 'self' 'wasm-unsafe-eval'` + hashes: scripts from the site and the inline scripts
 *   above only; `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly (it allows no `eval`).
 *   No `'unsafe-inline'`, so inline event handlers (`onclick="…"`) never run.
 * - `style-src 'self'` + Astro's island style; `style-src-attr 'unsafe-inline'`: Starlight writes
 *   `style="…"` attributes (icons, the search dialog); they cannot run code, and `<style>` elements
 *   stay limited to the hash.
 */
const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;
const styleSources = ["'self'"] as const;
const styleAttributeSources = ["'unsafe-inline'"] as const;

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** `security.csp` for astro.config.mjs. */
export const csp = {
	algorithm: 'SHA-256',
	directives: [...cspDirectives],
	scriptDirective: {
		resources: [...scriptSources],
		hashes: [
			...Object.values(starlightInlineScripts),
			...Object.values(starlightModuleScripts),
			...Object.values(astroInlineScripts),
			...Object.values(astroImplicitHashes),
		],
	},
	styleDirective: {
		resources: [
			...styleSources,
			...styleAttributeSources.map((resource) => ({ resource, kind: 'attribute' as const })),
		],
		hashes: [...Object.values(astroInlineStyles), astroImplicitHashes['empty text']],
	},
} satisfies CspConfig;

const quoted = (hashes: object) => Object.values(hashes).map((hash) => `'${hash}'`);

/** The policy as `public/_headers` sends it. */
export const headerPolicy = [
	...cspDirectives,
	['script-src', ...scriptSources, ...quoted(csp.scriptDirective.hashes)].join(' '),
	['style-src', ...styleSources, ...quoted(csp.styleDirective.hashes)].join(' '),
	['style-src-attr', ...styleAttributeSources].join(' '),
	...headerOnlyDirectives,
].join('; ');

/** A policy as a map from directive name to its sources, in order. */
export function parsePolicy(policy: string): Map<string, string[]> {
	const parsed = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) parsed.set(name.toLowerCase(), sources);
	}
	return parsed;
}
