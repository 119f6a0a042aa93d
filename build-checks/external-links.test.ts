import { describe, expect, it } from 'vitest';
import { products } from '../src/catalogue/index.ts';
import { commonLinks } from '../src/catalogue/links.ts';
import { siteUrl } from '../src/seo/site.ts';
import { all, attribute, builtSite } from './built-site.ts';

/** Links to other sites, in the catalogue and in the build: https, a real host name, nothing odd. */

function problemWith(address: string): string | undefined {
	if (/\s/.test(address)) return 'contains a space';
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		return 'is not a URL';
	}
	if (url.protocol !== 'https:') return 'is not https';
	if (!/^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/.test(url.hostname))
		return 'has no domain name';
	if (url.username || url.password) return 'carries credentials';
	if (url.port) return 'names a port';
	if (url.href !== address) return `is not written as browsers read it (${url.href})`;
	return undefined;
}

describe('links to other sites', () => {
	it('every external URL of the catalogue is https and well-formed', () => {
		const addresses = [
			...Object.values(commonLinks),
			...products.flatMap((product) => [
				product.productUrl,
				...('guide' in product.ending
					? [product.ending.guide.url, ...product.ending.guide.parts.map((part) => part.url)]
					: []),
			]),
		].filter((address): address is string => Boolean(address));
		expect(addresses.length).toBeGreaterThan(products.length);
		const problems = addresses.flatMap((address) => {
			const problem = problemWith(address);
			return problem ? [`${address} ${problem}`] : [];
		});
		expect(problems).toEqual([]);
	});

	it('every link of the build to another site is https and well-formed', () => {
		const ownSite = siteUrl().replace(/\/$/, '');
		const problems: string[] = [];
		let external = 0;
		for (const { file, tree } of builtSite().pages) {
			for (const element of all('*', tree)) {
				for (const name of ['href', 'src', 'action']) {
					const address = attribute(element, name);
					if (address === undefined) continue;
					if (!/^[a-z][a-z0-9+.-]*:/i.test(address) || /^(mailto|tel):/.test(address)) continue;
					// The site's own address (canonical, OpenGraph): local unless SITE_URL names it.
					if (address.startsWith(`${ownSite}/`)) continue;
					external++;
					if (name !== 'href') {
						problems.push(`${file}: ${name} to another site ${address}`);
						continue;
					}
					const problem = problemWith(address);
					if (problem) problems.push(`${file}: ${address} ${problem}`);
				}
			}
		}
		// The guide links to OVHcloud's Control Panel and guides: a check that sees none is broken.
		expect(external).toBeGreaterThan(products.length);
		expect(problems).toEqual([]);
	});
});
