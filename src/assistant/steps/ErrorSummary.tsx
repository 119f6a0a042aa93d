import { useEffect, useRef } from 'preact/hooks';

export interface FieldError {
	/** The id of the control to fix. */
	field: string;
	message: string;
}

/**
 * The GOV.UK error summary: a titled box listing each error as a link to its control. It takes the
 * focus when it appears, so that keyboard and screen reader users land on it.
 */
export function ErrorSummary({ errors }: { errors: readonly FieldError[] }) {
	const box = useRef<HTMLDivElement>(null);
	useEffect(() => {
		if (errors.length > 0) box.current?.focus();
	}, [errors]);
	if (errors.length === 0) return null;
	return (
		<div
			class="as-error-summary"
			role="alert"
			tabIndex={-1}
			ref={box}
			aria-labelledby="as-error-title"
		>
			<h4 id="as-error-title">Il y a un problème</h4>
			<ul>
				{errors.map((error) => (
					<li>
						<a
							href={`#${error.field}`}
							onClick={(event) => {
								event.preventDefault();
								document.getElementById(error.field)?.focus();
							}}
						>
							{error.message}
						</a>
					</li>
				))}
			</ul>
		</div>
	);
}
