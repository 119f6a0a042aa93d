import type { Action } from '../catalogue/ending.ts';
import type { ProcedureStep } from '../catalogue/procedures';
import { illustrationAfterStep } from '../catalogue/procedures';
import { RichTextView } from './RichTextView';
import { ServicesIllustration } from './ServicesIllustration';

interface Props {
	steps: readonly ProcedureStep[];
	/** Draw the services list with its menu open on this action, after the step that opens it. */
	illustrate?: { action: Action; service?: string | undefined };
}

/** The numbered Control Panel steps, shared by the guide and the assistant. */
export function ProcedureSteps({ steps, illustrate }: Props) {
	return (
		<ol class="procedure-steps">
			{steps.map((step, index) => (
				<li>
					<RichTextView text={step} />
					{illustrate && index === illustrationAfterStep ? (
						<ServicesIllustration action={illustrate.action} service={illustrate.service} />
					) : null}
				</li>
			))}
		</ol>
	);
}
