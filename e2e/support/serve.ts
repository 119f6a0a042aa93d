/**
 * A small static server for the built site, bound to 127.0.0.1: what a static host does, no more.
 * `node e2e/support/serve.ts [--dir dist] [--port 4399] [--gzip] [--base /prefix/]`
 * Serves `404.html` with status 404 for unknown paths and applies the headers of `_headers`
 * (Netlify / Cloudflare Pages format) so that tests see the policy a real host would send.
 * `--base /prefix/` serves the site under that path, as a host does for a site built with Astro's
 * `base`: `/prefix/x` is the file `x`, `_headers` rules apply to the path below the prefix, and any
 * other path is a 404.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { headersFor, readHeaders } from '../../build-checks/headers-file.ts';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: 'dist' },
		port: { type: 'string', default: '4399' },
		gzip: { type: 'boolean', default: false },
		base: { type: 'string', default: '/' },
	},
});
const root = resolve(values.dir);
const port = Number(values.port);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};
const compressible = /^(text\/|application\/(json|javascript|xml|manifest))|image\/svg/;

const headerRules = readHeaders(join(root, '_headers'));

function fileFor(pathname: string): string | undefined {
	const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const candidate = join(root, safe);
	if (!candidate.startsWith(root)) return undefined;
	if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	const index = join(candidate, 'index.html');
	if (existsSync(index)) return index;
	return undefined;
}

createServer((request, response) => {
	let pathname = '/';
	let search = '';
	try {
		({ pathname, search } = new URL(request.url ?? '/', 'http://127.0.0.1'));
	} catch {
		// Keep '/' for a malformed request line.
	}
	const requested = pathname;
	if (base !== '/') {
		// `/prefix` alone is the site's root; anything outside `/prefix/` is not this site.
		const inside = `${pathname}/`.startsWith(base);
		pathname = inside ? `/${pathname.slice(base.length)}` : '/\0outside';
	}
	let file: string | undefined;
	try {
		file = pathname.includes('\0') ? undefined : fileFor(pathname);
	} catch {
		file = undefined;
	}
	// A directory without its trailing slash: redirect as static hosts do.
	if (file?.endsWith('index.html') && !requested.endsWith('/') && !requested.endsWith('.html')) {
		response.writeHead(301, { location: `${requested}/${search}` });
		response.end();
		return;
	}
	const status = file ? 200 : 404;
	const body = file ?? join(root, '404.html');
	for (const [name, value] of headersFor(headerRules, pathname)) response.setHeader(name, value);
	const type = types[extname(body)] ?? 'application/octet-stream';
	let content = existsSync(body) ? readFileSync(body) : Buffer.from('Not found');
	response.setHeader('content-type', type);
	if (
		values.gzip &&
		compressible.test(type) &&
		/\bgzip\b/.test(String(request.headers['accept-encoding']))
	) {
		content = gzipSync(content, { level: 9 });
		response.setHeader('content-encoding', 'gzip');
		response.setHeader('vary', 'accept-encoding');
	}
	response.writeHead(status, { 'content-length': content.length });
	response.end(request.method === 'HEAD' ? undefined : content);
}).listen(port, '127.0.0.1', () => {
	console.log(`Serving ${root} on http://127.0.0.1:${port}/`);
});
