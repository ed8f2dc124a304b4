/**
 * The closed vocabularies of the glossary. Shared by the schema, the seed validator, the routes
 * (filters are checked against these lists) and the UI (labels are looked up by these keys).
 */

export const SIDES = ['south', 'north'] as const;
export type Side = (typeof SIDES)[number];

/** A name row may serve one side or, when both Koreas write it the same, both. */
export const NAME_SIDES = ['south', 'north', 'both'] as const;
export type NameSide = (typeof NAME_SIDES)[number];

/** `dictionary`: listed in a dictionary, everyday use unconfirmed (a listing is not an attestation). */
export const NAME_STATUSES = [
	'current',
	'dated',
	'disputed',
	'colloquial',
	'alias',
	'dictionary'
] as const;
export type NameStatus = (typeof NAME_STATUSES)[number];

export const CATEGORIES = [
	'noodles',
	'rice',
	'soup-stew',
	'side-dish',
	'regional-specialty',
	'street-food',
	'snack-anju',
	'bread-sweets',
	'drink',
	'ingredient',
	'seasoning',
	'cooking-term',
	'utensil-kitchen'
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * Why the names differ. `spelling` is any orthographic difference other than the two systematic
 * ones that have their own kind (the initial-sound law and 사이시옷).
 */
export const DIFFERENCES = [
	'initial-sound-law',
	'saisiot',
	'spelling',
	'loanword',
	'native-coinage',
	'meaning-shift',
	'regional-dish',
	'same'
] as const;
export type Difference = (typeof DIFFERENCES)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const RELATIONS = ['false-friend', 'see-also', 'broader', 'narrower'] as const;
export type Relation = (typeof RELATIONS)[number];

/** A relation as seen from the other end: broader ↔ narrower, the rest are symmetric. */
export function inverseRelation(relation: Relation): Relation {
	if (relation === 'broader') return 'narrower';
	if (relation === 'narrower') return 'broader';
	return relation;
}

/** Reliability grade of a source, as defined in db/seed/README.md (A = dictionary-grade … D = blog). */
export const RELIABILITIES = ['A', 'B', 'C', 'D'] as const;
export type Reliability = (typeof RELIABILITIES)[number];

/**
 * Regions the data names, North and South. `general` entries have no region. The map
 * issue places these on the peninsula, so keep the keys stable.
 */
export const REGIONS = [
	'pyongyang',
	'kaesong',
	'haeju',
	'hamhung',
	'hamgyong',
	'pyongan',
	'hwanghae',
	'ryanggang',
	'sinuiju',
	'wonsan',
	'seoul',
	'sokcho',
	'jeonju',
	'andong',
	'chuncheon',
	'gangwon',
	'jeju',
	'busan',
	'gyeongsang',
	'jeolla',
	'chungcheong'
] as const;
export type Region = (typeof REGIONS)[number];

export const PHOTO_STATUSES = ['pending', 'approved', 'rejected', 'removed'] as const;
export type PhotoStatus = (typeof PHOTO_STATUSES)[number];

export const ENTRY_STATUSES = ['approved', 'pending', 'hidden'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
	return typeof value === 'string' && (list as readonly string[]).includes(value);
}
