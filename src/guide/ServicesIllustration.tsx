import type { Action } from '../catalogue/ending.ts';

const menuEntry: Record<Action, string> = {
	resilier: 'Résilier',
	annuler: 'Annuler la résiliation du service',
};

/**
 * Our own drawing (HTML and CSS, no image file) of the Control Panel's « Gestion des services »
 * list, a row's `...` menu open on the entry to click. Six elements draw it: the rows without
 * text, the bars, the `...` and the caption (from `data-caption`) are pseudo-elements
 * (src/guide/guide.css), so that the guide's eleven illustrations weigh little in its DOM. It reflows at 320 px and follows the theme.
 *
 * Assistive technologies meet it once, as an image with one description: its parts, caption
 * included, are inside the `role="img"` and so not read again.
 */
export function ServicesIllustration({
	action,
	service = 'Mon service',
}: {
	action: Action;
	service?: string | undefined;
}) {
	const entry = menuEntry[action];
	const description = `Illustration de la page « Gestion des services » de l’espace client : sur la ligne du service « ${service} », le menu « ... » est ouvert et l’entrée « ${entry} » est mise en évidence.`;
	return (
		<div
			class="services-illustration not-content"
			role="img"
			aria-label={description}
			data-pagefind-ignore
			data-caption={`Le menu « ... » d’un service, ouvert sur « ${entry} » (illustration).`}
		>
			<div class="si-frame">
				<div class="si-title">Gestion des services</div>
				<div class="si-row">{service}</div>
				<div class="si-menu">
					<div class="si-entry">{entry}</div>
				</div>
			</div>
		</div>
	);
}
