import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that keep a headless Chromium quiet on a machine with no outside network. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

const systemChromiums = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
];

/**
 * The browser the tests drive, in this order: `CHROMIUM_PATH`, Playwright's own Chromium when it is
 * installed, then a system Chromium. Throws with the ways to get one.
 */
export function resolveChromium(): string | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv))
			throw new Error(`CHROMIUM_PATH=${fromEnv} : ce fichier n’existe pas.`);
		return fromEnv;
	}
	try {
		if (existsSync(chromium.executablePath())) return undefined; // Playwright's own browser.
	} catch {
		// Playwright has no browser of its own here.
	}
	const system = systemChromiums.find((path) => existsSync(path));
	if (system) return system;
	throw new Error(
		[
			'Aucun Chromium trouvé pour les tests de bout en bout. Au choix :',
			'  - npx playwright install chromium (si le réseau le permet) ;',
			'  - apt-get install -y chromium (Debian, /usr/bin/chromium) ;',
			'  - CHROMIUM_PATH=/chemin/vers/chromium npm test.',
		].join('\n'),
	);
}
