/**
 * Which Firefox and which WebKit this machine can run, in this order: Playwright's own build
 * (a laptop), then Debian's packages (`.ci/run` installs them). When neither is there, the reason,
 * with the command that installs one: the suite reports the engine as skipped with it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { openFirefoxBidi } from './firefox-bidi.ts';
import { hasPlaywrightBrowser, openPlaywright, playwrightBrowsers } from './playwright-engine.ts';
import type { EngineChoice } from './tab.ts';
import { openWebKitWebDriver } from './webkit-webdriver.ts';

function firstExisting(paths: readonly (string | undefined)[]): string | undefined {
	return paths.find((path): path is string => Boolean(path && existsSync(path)));
}

/** The absolute path of a command on the PATH, if any. */
function onPath(command: string): string | undefined {
	try {
		return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim();
	} catch {
		return undefined;
	}
}

export function chooseFirefox(): EngineChoice {
	const name = 'Firefox';
	if (hasPlaywrightBrowser(playwrightBrowsers.firefox))
		return { name, open: (origin) => openPlaywright(playwrightBrowsers.firefox, origin) };
	const executable = firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr']);
	if (executable) return { name, open: (origin) => openFirefoxBidi(executable, origin) };
	return {
		name,
		missing:
			'no Firefox here: neither Playwright’s (npx playwright install firefox) nor Debian’s ' +
			'/usr/bin/firefox-esr (apt-get install firefox-esr); FIREFOX_PATH names another',
	};
}

const miniBrowsers = [
	'/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
	'/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
	'/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

export function chooseWebKit(): EngineChoice {
	const name = 'WebKit';
	if (hasPlaywrightBrowser(playwrightBrowsers.webkit))
		return { name, open: (origin) => openPlaywright(playwrightBrowsers.webkit, origin) };
	const driver = firstExisting(['/usr/bin/WebKitWebDriver']);
	const miniBrowser = firstExisting(miniBrowsers);
	const xvfbRun = onPath('xvfb-run');
	const display = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
	const lacking = [
		driver ? '' : '/usr/bin/WebKitWebDriver',
		miniBrowser ? '' : 'WebKitGTK’s MiniBrowser',
		xvfbRun || display ? '' : 'xvfb-run (or a display)',
	].filter(Boolean);
	if (driver && miniBrowser && lacking.length === 0)
		return {
			name,
			open: (origin) => openWebKitWebDriver({ driver, miniBrowser, xvfbRun }, origin),
		};
	return {
		name,
		missing:
			`no WebKit here: Playwright’s is not installed (npx playwright install webkit) and ` +
			`${lacking.join(', ')} ${lacking.length > 1 ? 'are' : 'is'} missing ` +
			'(apt-get install webkit2gtk-driver xvfb)',
	};
}
