/** The two sites the bench compares, the pages it audits, and how they are built and served. */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { log } from './log.ts';
import { buildStockSite, stockGuidePath } from './stock-site.ts';

export interface Site {
	dist: string;
	origin: string;
}

export const guidePath = '/billing/how-to-cancel-your-services/';
export const stockName = 'stock Starlight guide';

/** The guide's site on `port`, the stock page on `port + 1`, built under the project's root. */
export function benchSites(root: string, port: number): { guideSite: Site; stockSite: Site } {
	return {
		guideSite: { dist: join(root, 'dist-bench'), origin: `http://127.0.0.1:${port}` },
		stockSite: { dist: join(root, 'dist-bench-stock'), origin: `http://127.0.0.1:${port + 1}` },
	};
}

export interface BenchPage {
	name: string;
	site: Site;
	path: string;
}

/** Every page audited, the stock page first (the ratios are to it). */
export function benchPages(guideSite: Site, stockSite: Site): BenchPage[] {
	return [
		{ name: stockName, site: stockSite, path: stockGuidePath },
		{ name: 'guide', site: guideSite, path: guidePath },
		{
			name: 'guide#assistant',
			site: guideSite,
			path: `${guidePath}?action=resilier&produit=vps#assistant`,
		},
		{ name: 'home', site: guideSite, path: '/' },
		// Lighthouse refuses to audit a 404 status: the 404 page is audited at its own address.
		{ name: '404', site: guideSite, path: '/404.html' },
	];
}

export function build(root: string, guideSite: Site, stockSite: Site): void {
	log('astro build → dist-bench');
	const result = spawnSync(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', guideSite.dist],
		{ cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
	);
	if (result.status !== 0) throw new Error('the build failed');
	log('the stock site → dist-bench-stock');
	buildStockSite(root, stockSite.dist);
}

export async function serve(root: string, site: Site): Promise<ChildProcess> {
	const port = new URL(site.origin).port;
	const server = spawn(
		process.execPath,
		[join(root, 'e2e/support/serve.ts'), '--dir', site.dist, '--port', port, '--gzip'],
		{ stdio: 'ignore' },
	);
	for (let i = 0; i < 150; i++) {
		try {
			if ((await fetch(`${site.origin}/`)).status < 500) return server;
		} catch {
			// Not yet listening.
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	server.kill();
	throw new Error(`no server on ${site.origin}`);
}
