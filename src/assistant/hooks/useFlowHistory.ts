import { useEffect, useRef, useState } from 'preact/hooks';
import { type FlowState, initialState, type ProductLookup } from '../flow.ts';
import { type CatalogueLookup, decodeQuery, encodeQuery } from '../url.ts';
import { leftEntryQuery } from './history-entries.ts';
import type { Arrival } from './useStepFocus.ts';

const sectionHash = '#assistant';

/** The step on screen, the notices of the link that opened it, and how it came. */
export interface Shown {
	state: FlowState;
	notices: string[];
	arrival: Arrival;
}

interface Options {
	lookup: CatalogueLookup;
	productOf: ProductLookup;
	/** Called with every step shown, in the same render: what belongs to a step starts afresh. */
	onShow: (state: FlowState) => void;
}

/**
 * The assistant's state lives in the URL (see url.ts): read when the island starts, after Back or
 * Forward and when the page comes back from the back/forward cache; every step change pushes a
 * history entry. `running` turns true once the URL has been read.
 */
export function useFlowHistory({ lookup, productOf, onShow }: Options) {
	const [running, setRunning] = useState(false);
	const [shown, setShown] = useState<Shown>({
		state: initialState,
		notices: [],
		arrival: 'opened',
	});
	/** The reader has used the assistant (or arrived with its state in the URL): titles follow it. */
	const engaged = useRef(false);
	/** The query last read or written: a history move that keeps it only changed the fragment. */
	const lastQuery = useRef<string | null>(null);
	const current = useRef(shown.state);
	current.current = shown.state;

	const show = (state: FlowState, notices: string[], arrival: Arrival) => {
		setShown({ state, notices, arrival });
		onShow(state);
	};

	const readLocation = (traversal: boolean) => {
		// A link to a section of the page (#vps) is a history move too: not the assistant's business.
		if (location.search === lastQuery.current) return;
		lastQuery.current = location.search;
		const decoded = decodeQuery(location.search, lookup);
		const next = decoded.state ?? initialState;
		if (decoded.state || traversal) engaged.current = true;
		const same = encodeQuery(next, productOf) === encodeQuery(current.current, productOf);
		if (same && decoded.notices.length === 0) return;
		show(next, decoded.notices, traversal ? 'traversed' : 'opened');
	};

	useEffect(() => {
		readLocation(false);
		setRunning(true);
		const onPopState = () => readLocation(true);
		const onPageShow = (event: PageTransitionEvent) => {
			if (event.persisted) readLocation(false);
		};
		addEventListener('popstate', onPopState);
		addEventListener('pageshow', onPageShow);
		return () => {
			removeEventListener('popstate', onPopState);
			removeEventListener('pageshow', onPageShow);
		};
	}, []);

	/** The address of a state, for links and history entries. */
	const hrefFor = (state: FlowState) =>
		`${location.pathname}${encodeQuery(state, productOf)}${sectionHash}`;

	/** Shows the next step in a new history entry; `answered`: the entry left keeps the answer. */
	const advance = (next: FlowState, answered: boolean) => {
		const left = answered ? leftEntryQuery(shown.state, next, productOf) : null;
		if (left !== null) {
			history.replaceState(history.state, '', `${location.pathname}${left}${location.hash}`);
		}
		history.pushState(null, '', hrefFor(next));
		lastQuery.current = location.search;
		engaged.current = true;
		show(next, [], 'answered');
	};

	return { running, shown, engaged: engaged.current, hrefFor, advance };
}
