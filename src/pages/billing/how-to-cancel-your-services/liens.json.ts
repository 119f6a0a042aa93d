import type { APIRoute } from 'astro';
import { linkContract } from '../../../support/contract.ts';

/** `liens.json`: the guide's links contract, for programs (see src/support/contract.ts). */
export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(linkContract(), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
