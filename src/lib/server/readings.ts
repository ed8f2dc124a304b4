import { ipa, pronounce, romanize } from '../hangul';
import type { NameReadings } from '../types';
import type { Side } from '../vocabulary';

/**
 * Every reading of a name, computed by the Hangul engine (cheap enough to do per request). Names
 * here are nouns, so RR keeps the ㅎ after ㄱ/ㄷ/ㅂ as the rules require for nouns (식혜 sikhye).
 */
export function annotateName(hangul: string, side: Side): NameReadings {
	return {
		pronunciation: pronounce(hangul, { standard: side }),
		ipa: ipa(hangul, side === 'north' ? 'north' : 'south'),
		romanizations: {
			rr: romanize(hangul, { system: 'rr', noun: true }),
			mr: romanize(hangul, { system: 'mr' }),
			dprk: romanize(hangul, { system: 'dprk' }),
			yale: romanize(hangul, { system: 'yale' })
		}
	};
}
