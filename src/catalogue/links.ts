/** Links shared by the whole guide (the per-product ones live in `data.ts`). */
export const commonLinks = {
	controlPanel:
		'https://www.ovh.com/auth/?action=gotomanager&from=https://www.ovh.com/fr/&ovhSubsidiary=fr',
	contactsGuide: 'https://docs.ovh.com/fr/customer/gestion-des-contacts/#definition',
	renewalGuide: 'https://docs.ovh.com/fr/billing/renouvellement-automatique-ovh/',
	community: 'https://community.ovh.com/',
} as const;
