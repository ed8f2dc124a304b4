/**
 * Hangul engine: pronunciation, romanization (RR, RR transliteration, McCune–Reischauer, DPRK,
 * Yale) and search helpers. Pure and isomorphic: no I/O, no Node or browser APIs.
 */

export { decompose, initials, type DecomposeOptions } from './jamo';
export {
	pronounce,
	pronunciationOf,
	type PronounceOptions,
	type PronunciationDetail,
	type RuleHit,
	type Standard
} from './pronounce';
export {
	romanize,
	SYSTEMS,
	KINDS,
	type RomanizationSystem,
	type TextKind,
	type RomanizeOptions
} from './romanize';
export { ipa } from './ipa';
export { sinoNumber, splitPerson, type PersonName } from './names';
export type { DprkEdition } from './dprk';
