import { type CheckId, checks } from '../catalogue/rules.ts';

/**
 * The boxes a reader ticked, per product, kept for this tab only (sessionStorage: no cookie, no
 * localStorage, nothing that outlives the tab). Storage may be unavailable: then nothing is kept.
 */
const key = 'assistant-resiliation:verifications';
const ids = new Set<string>(checks.items.map((c) => c.id));

function readAll(): Record<string, CheckId[]> {
	try {
		const parsed: unknown = JSON.parse(sessionStorage.getItem(key) ?? '{}');
		if (!parsed || typeof parsed !== 'object') return {};
		const clean: Record<string, CheckId[]> = {};
		for (const [produit, list] of Object.entries(parsed)) {
			if (Array.isArray(list)) clean[produit] = list.filter((id): id is CheckId => ids.has(id));
		}
		return clean;
	} catch {
		return {};
	}
}

export function readTicked(produit: string): CheckId[] {
	return readAll()[produit] ?? [];
}

export function writeTicked(produit: string, ticked: readonly CheckId[]): void {
	try {
		sessionStorage.setItem(key, JSON.stringify({ ...readAll(), [produit]: [...new Set(ticked)] }));
	} catch {
		// Storage refused (private mode, quota): the boxes are simply not remembered.
	}
}

/** Every box this product asks for is ticked. */
export function isVerified(produit: string, required: readonly CheckId[]): boolean {
	const ticked = readTicked(produit);
	return required.every((id) => ticked.includes(id));
}
