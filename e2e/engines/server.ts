/**
 * The built site for one engine's run: `e2e/support/serve.ts` (the static host the Playwright
 * suite uses, with `_headers`) on a free 127.0.0.1 port, so that engines and other checkouts
 * running at the same time never collide.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** A port nobody listens on right now, chosen by the system. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

/** Resolves once `url` answers (any status), or rejects after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
	const end = Date.now() + timeoutMs;
	for (;;) {
		try {
			await fetch(url);
			return;
		} catch (error) {
			if (Date.now() > end) throw new Error(`${url} did not answer in ${timeoutMs} ms: ${error}`);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	}
}

/** Stops a child process started here and waits for its exit. */
export function stopProcess(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		child.once('exit', () => resolve());
		child.kill('SIGTERM');
	});
}

/** Serves `E2E_DIST` (default `dist`) and returns its origin and a function that stops it. */
export async function startSite(): Promise<{ origin: string; stop: () => Promise<void> }> {
	const port = await freePort();
	const serve = fileURLToPath(new URL('../support/serve.ts', import.meta.url));
	const dir = process.env.E2E_DIST ?? 'dist';
	const child = spawn(process.execPath, [serve, '--dir', dir, '--port', String(port)], {
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	const origin = `http://127.0.0.1:${port}`;
	await waitForHttp(`${origin}/`, 15_000);
	return { origin, stop: () => stopProcess(child) };
}
