/**
 * Debian's WebKitGTK MiniBrowser driven by its `WebKitWebDriver` (classic WebDriver, a few `fetch`
 * calls), on a virtual display (`xvfb-run -a`): MiniBrowser has no headless mode. Classic WebDriver
 * has no console and no preload script, so the site is served through `startProbeProxy`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { probeStorageKey, startProbeProxy, takeProblemsInPage } from './probe.ts';
import { freePort, stopProcess, waitForHttp } from './server.ts';
import { callExpression, type OpenBrowser, type Tab } from './tab.ts';

export interface WebKitPaths {
	driver: string;
	miniBrowser: string;
	/** `xvfb-run`, or undefined to use the current display. */
	xvfbRun: string | undefined;
}

/** WebDriver's key for an element reference. */
const elementKey = 'element-6066-11e4-a52e-4f735466cecf';

type Command = (
	method: 'GET' | 'POST' | 'DELETE',
	path: string,
	body?: unknown,
) => Promise<unknown>;

function commandsTo(base: string): Command {
	return async (method, path, body) => {
		const response = await fetch(`${base}${path}`, {
			method,
			headers: { 'content-type': 'application/json' },
			...(body === undefined ? {} : { body: JSON.stringify(body) }),
		});
		const payload = (await response.json()) as { value: unknown };
		if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(payload.value)}`);
		return payload.value;
	};
}

/**
 * Starts WebKitWebDriver, under `xvfb-run -a` when there is one. Stopping ends the driver alone,
 * so that xvfb-run then stops its Xvfb and removes its temporary files itself.
 */
async function startDriver(
	paths: WebKitPaths,
	port: number,
): Promise<{ stop: () => Promise<void> }> {
	const driverArgs = [paths.driver, `--port=${port}`];
	if (!paths.xvfbRun) {
		const driver = spawn(paths.driver, driverArgs.slice(1), { stdio: 'ignore' });
		return { stop: () => stopProcess(driver) };
	}
	// The shell says its process id, then becomes the driver: that id is the driver's.
	const wrapper = spawn(
		paths.xvfbRun,
		['-a', 'sh', '-c', 'echo "$$"; exec "$0" "$@"', ...driverArgs],
		{ stdio: ['ignore', 'pipe', 'ignore'], detached: true },
	);
	const [firstOutput] = (await Promise.race([
		once(wrapper.stdout, 'data'),
		once(wrapper, 'exit').then(() => {
			throw new Error(`${paths.xvfbRun} -a ${paths.driver} exited at once`);
		}),
	])) as [Buffer];
	wrapper.stdout.resume();
	const driverPid = Number.parseInt(String(firstOutput), 10);
	return {
		async stop() {
			if (wrapper.exitCode !== null) return;
			const exited = once(wrapper, 'exit');
			process.kill(driverPid, 'SIGTERM');
			const late = setTimeout(() => wrapper.pid && process.kill(-wrapper.pid, 'SIGKILL'), 5_000);
			await exited;
			clearTimeout(late);
		},
	};
}

export async function openWebKitWebDriver(paths: WebKitPaths, site: string): Promise<OpenBrowser> {
	const proxy = await startProbeProxy(site);
	const port = await freePort();
	const driver = await startDriver(paths, port);
	const stopAll = async () => {
		await driver.stop();
		await proxy.stop();
	};
	try {
		await waitForHttp(`http://127.0.0.1:${port}/status`, 20_000);
		const created = (await commandsTo(`http://127.0.0.1:${port}`)('POST', '/session', {
			capabilities: {
				alwaysMatch: {
					browserName: 'MiniBrowser',
					'webkitgtk:browserOptions': { binary: paths.miniBrowser, args: ['--automation'] },
				},
			},
		})) as { sessionId: string; capabilities: { browserVersion?: string } };
		const session = commandsTo(`http://127.0.0.1:${port}/session/${created.sessionId}`);
		await session('POST', '/window/rect', { width: 1280, height: 720 });
		return {
			description: `WebKitGTK ${created.capabilities.browserVersion ?? '?'} (MiniBrowser, WebKitWebDriver)`,
			tab: webDriverTab(session, proxy.origin),
			async close() {
				await session('DELETE', '').catch(() => undefined);
				await stopAll();
			},
		};
	} catch (error) {
		await stopAll();
		throw error;
	}
}

function webDriverTab(session: Command, origin: string): Tab {
	const find = async (selector: string) => {
		const found = (await session('POST', '/element', {
			using: 'css selector',
			value: selector,
		})) as Record<string, string>;
		return found[elementKey];
	};
	const evaluate: Tab['evaluate'] = async (fn, ...args) => {
		const script = `const done = arguments[arguments.length - 1];
			Promise.resolve().then(() => ${callExpression(fn, args)}).then(
				(value) => done({ value }),
				(error) => done({ error: String(error && error.stack || error) }),
			);`;
		const outcome = (await session('POST', '/execute/async', { script, args: [] })) as {
			value?: unknown;
			error?: string;
		};
		if (outcome.error !== undefined) throw new Error(`in the page: ${outcome.error}`);
		return outcome.value as never;
	};
	return {
		async goto(path) {
			await session('POST', '/url', { url: new URL(path, origin).href });
		},
		evaluate,
		async click(selector) {
			const element = await find(selector);
			// WebKitGTK's driver finds an element below the viewport « not interactable »: scroll
			// it into view first, as the reader does.
			await session('POST', '/execute/sync', {
				script: 'arguments[0].scrollIntoView({ block: "center" });',
				args: [{ [elementKey]: element }],
			});
			await session('POST', `/element/${element}/click`, {});
		},
		async type(selector, text) {
			// Element Send Keys focuses the element, then types each character.
			await session('POST', `/element/${await find(selector)}/value`, { text });
		},
		async back() {
			await session('POST', '/back', {});
		},
		takeProblems: () => evaluate(takeProblemsInPage, probeStorageKey),
	};
}
