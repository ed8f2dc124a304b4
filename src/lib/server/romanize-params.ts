import { KINDS, SYSTEMS, type RomanizationSystem, type TextKind } from '../hangul';
import { isOneOf } from '../vocabulary';
import { normalizeText } from '../hangul/unicode';

export const MAX_ROMANIZE_LENGTH = 200;

export type RomanizeRequest =
	| { ok: true; text: string; system: RomanizationSystem; kind: TextKind }
	| { ok: false; error: string };

/** Checks the text, system and kind of a romanization request (API and /romanize page alike). */
export function parseRomanizeParams(params: URLSearchParams): RomanizeRequest {
	// Composed first: decomposed (NFD) or full-width input is the same text to the engine.
	const text = normalizeText(params.get('text') ?? '');
	const system = params.get('system') || 'rr';
	const kind = params.get('kind') || 'word';
	if (text.trim() === '') return { ok: false, error: 'text is required' };
	if ([...text].length > MAX_ROMANIZE_LENGTH)
		return { ok: false, error: `text must be at most ${MAX_ROMANIZE_LENGTH} characters` };
	if (!isOneOf(SYSTEMS, system))
		return { ok: false, error: `system must be one of: ${SYSTEMS.join(', ')}` };
	if (!isOneOf(KINDS, kind))
		return { ok: false, error: `kind must be one of: ${KINDS.join(', ')}` };
	return { ok: true, text, system, kind };
}
