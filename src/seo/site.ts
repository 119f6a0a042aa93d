/**
 * The site's public address, for canonical links, the sitemap and OpenGraph: `SITE_URL` when set
 * (e.g. `SITE_URL=https://aide.example.com npm run build`), else this placeholder.
 */
export const defaultSiteUrl = 'https://help.ovhcloud.example';

export function siteUrl(value: string | undefined = process.env.SITE_URL): string {
	const raw = value?.trim() || defaultSiteUrl;
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
