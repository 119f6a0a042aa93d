export type IllustratedAction = 'resilier' | 'annuler';

const menuEntry: Record<IllustratedAction, string> = {
	resilier: 'Résilier',
	annuler: 'Annuler la résiliation du service',
};

/**
 * Our own drawing (HTML and CSS, no image file) of the Control Panel's « Gestion des services »
 * list, a row's `...` menu open on the entry to click. It reflows at 320 px and follows the theme;
 * assistive technologies get one description instead of the drawing.
 */
export function ServicesIllustration({
	action,
	service = 'Mon service',
}: {
	action: IllustratedAction;
	service?: string | undefined;
}) {
	const entry = menuEntry[action];
	const description = `Illustration de la page « Gestion des services » de l’espace client : sur la ligne du service « ${service} », le menu « ... » est ouvert et l’entrée « ${entry} » est mise en évidence.`;
	return (
		<figure class="services-illustration not-content" data-pagefind-ignore>
			<div class="si-frame" role="img" aria-label={description}>
				<div class="si-title" aria-hidden="true">
					Gestion des services
				</div>
				<div class="si-row" aria-hidden="true">
					<span class="si-bar si-bar--long" />
					<span class="si-bar" />
					<span class="si-dots">...</span>
				</div>
				<div class="si-row si-row--active" aria-hidden="true">
					<span class="si-service">{service}</span>
					<span class="si-bar" />
					<span class="si-dots si-dots--open">...</span>
					<span class="si-menu">
						<span class="si-bar si-bar--menu" />
						<span class="si-entry">{entry}</span>
					</span>
				</div>
				<div class="si-row" aria-hidden="true">
					<span class="si-bar si-bar--long" />
					<span class="si-bar" />
					<span class="si-dots">...</span>
				</div>
			</div>
			<figcaption>Le menu « ... » d’un service, ouvert sur « {entry} » (illustration).</figcaption>
		</figure>
	);
}
