/**
 * The site's public address, for canonical links, the sitemap and OpenGraph: `SITE_URL`.
 *
 * A build meant to be published must name it (`SITE_URL=https://aide.example.com DEPLOY=1 npm run
 * build`): it fails otherwise, so that no page sends search engines to a placeholder. Every other
 * build (`npm start`, the builds the tests serve, CI's `npm test`) uses the address `npm start`
 * serves, which is right for them. `NODE_ENV` cannot tell them apart (`astro build` sets it to
 * `production` for every build) and neither can `CI` (CI runs the tests with it), hence an explicit
 * flag; the build environments of the two hosts `public/_headers` is written for (Netlify,
 * Cloudflare Pages) count as publishing too, so forgetting `DEPLOY` there still fails.
 *
 * The agents' page does not depend on it: its links are built in the browser from the address the
 * page is served at (`src/support/support-links.ts`).
 */
export const localSiteUrl = 'http://localhost:4321';

/** Variables that mark a build meant to be published (`NETLIFY=true`, `CF_PAGES=1` are set by the hosts). */
export const publishFlags = ['DEPLOY', 'NETLIFY', 'CF_PAGES'] as const;

export type Env = Readonly<Record<string, string | undefined>>;

/** The variable that marks this build as one to publish, if any (`0` and `false` do not). */
export function publishFlag(env: Env): string | undefined {
	return publishFlags.find((name) => {
		const value = env[name]?.trim().toLowerCase();
		return Boolean(value) && value !== '0' && value !== 'false';
	});
}

export function missingSiteUrlMessage(flag: string): string {
	return [
		`SITE_URL manque : cette construction est destinée à la mise en ligne (${flag} est défini).`,
		'Donnez l’adresse publique du site, par exemple :',
		'  SITE_URL=https://aide.example.com DEPLOY=1 npm run build',
		`(SITE_URL is missing: a build to publish needs the site's public address, e.g. the command above.)`,
	].join('\n');
}

export function siteUrl(env: Env = process.env): string {
	const raw = env.SITE_URL?.trim();
	if (!raw) {
		const flag = publishFlag(env);
		if (flag) throw new Error(missingSiteUrlMessage(flag));
		return localSiteUrl;
	}
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(`SITE_URL n’est pas une adresse absolue : « ${raw} »`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new Error(`SITE_URL doit commencer par https:// : « ${raw} »`);
	}
	if (url.pathname !== '/' || url.search || url.hash) {
		throw new Error(`SITE_URL est l’origine du site, sans chemin : « ${raw} »`);
	}
	return url.origin;
}
