/**
 * The problem probe: a script that runs in every page before the page's own scripts and records
 * what a reader's console would show as an error. Puppeteer and Playwright add it as a preload
 * script; classic WebDriver cannot, so for WebKitGTK `startProbeProxy` serves the site with
 * `<script src="/__engines/probe.js">` at the top of each HTML page (allowed by `script-src
 * 'self'`: the policy under test is unchanged).
 *
 * It keeps its findings in sessionStorage, which outlives the page's navigations within the tab,
 * and `takeProblemsInPage` reads and clears them.
 */
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

const storageKey = 'engines-probe';

function probe(key: string): void {
	const record = (text: string) => {
		try {
			const list: string[] = JSON.parse(sessionStorage.getItem(key) ?? '[]');
			list.push(`${text} (on ${location.pathname}${location.search})`);
			sessionStorage.setItem(key, JSON.stringify(list));
		} catch {
			// about:blank has no storage: nothing of ours runs there.
		}
	};
	addEventListener('securitypolicyviolation', (event) =>
		record(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
	);
	addEventListener(
		'error',
		(event: Event) => {
			if (event instanceof ErrorEvent) record(`page error: ${event.message}`);
			else {
				const target = event.target as Element | null;
				// Firefox fails the hints Vite adds for modules that are already loading (the modules
				// load, with status 200): a hint's failure changes nothing, the import's would show.
				if (target?.matches('link[rel="modulepreload"]')) return;
				record(`failed to load: ${target?.outerHTML.slice(0, 200) ?? 'a resource'}`);
			}
		},
		true,
	);
	addEventListener('unhandledrejection', (event) => record(`unhandled rejection: ${event.reason}`));
	const consoleError = console.error.bind(console);
	console.error = (...args: unknown[]) => {
		record(`console error: ${args.map(String).join(' ')}`);
		consoleError(...args);
	};
}

/** The probe as a script's source. */
export const probeScript = `(${probe.toString()})(${JSON.stringify(storageKey)});`;

/** Reads and clears what the probe recorded in this tab (run in the page). */
export function takeProblemsInPage(key: string): string[] {
	try {
		const list: string[] = JSON.parse(sessionStorage.getItem(key) ?? '[]');
		sessionStorage.removeItem(key);
		return list;
	} catch {
		return [];
	}
}
export const probeStorageKey = storageKey;

const probePath = '/__engines/probe.js';

/**
 * Serves `upstream` (the site's static server) on another 127.0.0.1 port with the probe loaded
 * first in every HTML page. Returns the proxy's origin and a function that stops it.
 */
export async function startProbeProxy(
	upstream: string,
): Promise<{ origin: string; stop: () => Promise<void> }> {
	const target = new URL(upstream);
	const server = createServer((incoming, outgoing) => {
		if (incoming.url === probePath) {
			outgoing.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
			outgoing.end(probeScript);
			return;
		}
		const forward = request(
			{
				host: target.hostname,
				port: target.port,
				path: incoming.url,
				method: incoming.method,
				headers: { ...incoming.headers, 'accept-encoding': 'identity' },
			},
			(response) => {
				const isHtml = String(response.headers['content-type']).startsWith('text/html');
				if (!isHtml) {
					outgoing.writeHead(response.statusCode ?? 502, response.headers);
					response.pipe(outgoing);
					return;
				}
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => {
					const html = Buffer.concat(chunks)
						.toString('utf8')
						.replace(/<head>/i, `<head><script src="${probePath}"></script>`);
					const body = Buffer.from(html);
					outgoing.writeHead(response.statusCode ?? 502, {
						...response.headers,
						'content-length': body.length,
					});
					outgoing.end(body);
				});
			},
		);
		forward.on('error', (error) => {
			outgoing.writeHead(502);
			outgoing.end(String(error));
		});
		incoming.pipe(forward);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		stop: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
