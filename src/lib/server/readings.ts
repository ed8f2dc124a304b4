import { pronounce, romanize } from '../hangul';
import type { NameReadings } from '../types';
import type { Side } from '../vocabulary';

/** Every reading of a name, computed by the Hangul engine (cheap enough to do per request). */
export function annotateName(hangul: string, side: Side): NameReadings {
	return {
		pronunciation: pronounce(hangul, { standard: side }),
		romanizations: {
			rr: romanize(hangul, { system: 'rr' }),
			mr: romanize(hangul, { system: 'mr' }),
			dprk: romanize(hangul, { system: 'dprk' }),
			yale: romanize(hangul, { system: 'yale' })
		}
	};
}
