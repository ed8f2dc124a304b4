/**
 * Localised labels for the closed vocabularies. Paraglide message keys cannot hold hyphens, so
 * each vocabulary key is mapped to its message function here, in one place.
 */
import { m } from './paraglide/messages.js';
import type { Category, Confidence, Difference, NameStatus, Region, Relation } from './vocabulary';

type Labels<K extends string> = Record<K, () => string>;

const categoryLabels: Labels<Category> = {
	noodles: m.category_noodles,
	rice: m.category_rice,
	'soup-stew': m.category_soup_stew,
	'side-dish': m.category_side_dish,
	'regional-specialty': m.category_regional_specialty,
	'street-food': m.category_street_food,
	'snack-anju': m.category_snack_anju,
	'bread-sweets': m.category_bread_sweets,
	drink: m.category_drink,
	ingredient: m.category_ingredient,
	seasoning: m.category_seasoning,
	'cooking-term': m.category_cooking_term,
	'utensil-kitchen': m.category_utensil_kitchen
};

const differenceLabels: Labels<Difference> = {
	'initial-sound-law': m.difference_initial_sound_law,
	saisiot: m.difference_saisiot,
	spelling: m.difference_spelling,
	loanword: m.difference_loanword,
	'native-coinage': m.difference_native_coinage,
	'meaning-shift': m.difference_meaning_shift,
	'regional-dish': m.difference_regional_dish,
	same: m.difference_same
};

const differenceExplanations: Labels<Difference> = {
	'initial-sound-law': m.difference_initial_sound_law_explain,
	saisiot: m.difference_saisiot_explain,
	spelling: m.difference_spelling_explain,
	loanword: m.difference_loanword_explain,
	'native-coinage': m.difference_native_coinage_explain,
	'meaning-shift': m.difference_meaning_shift_explain,
	'regional-dish': m.difference_regional_dish_explain,
	same: m.difference_same_explain
};

const regionLabels: Labels<Region> = {
	pyongyang: m.region_pyongyang,
	kaesong: m.region_kaesong,
	haeju: m.region_haeju,
	hamhung: m.region_hamhung,
	hamgyong: m.region_hamgyong,
	pyongan: m.region_pyongan,
	hwanghae: m.region_hwanghae,
	ryanggang: m.region_ryanggang,
	sinuiju: m.region_sinuiju,
	wonsan: m.region_wonsan,
	seoul: m.region_seoul,
	sokcho: m.region_sokcho,
	jeonju: m.region_jeonju,
	andong: m.region_andong,
	chuncheon: m.region_chuncheon,
	gangwon: m.region_gangwon,
	jeju: m.region_jeju,
	busan: m.region_busan,
	gyeongsang: m.region_gyeongsang,
	jeolla: m.region_jeolla,
	chungcheong: m.region_chungcheong
};

const confidenceLabels: Labels<Confidence> = {
	high: m.confidence_high,
	medium: m.confidence_medium,
	low: m.confidence_low
};

const confidenceExplanations: Labels<Confidence> = {
	high: m.confidence_high_explain,
	medium: m.confidence_medium_explain,
	low: m.confidence_low_explain
};

const statusLabels: Labels<NameStatus> = {
	current: m.status_current,
	dated: m.status_dated,
	disputed: m.status_disputed,
	colloquial: m.status_colloquial,
	alias: m.status_alias,
	dictionary: m.content_status_dictionary
};

const relationLabels: Labels<Relation> = {
	'false-friend': m.relation_false_friend,
	'see-also': m.relation_see_also,
	broader: m.relation_broader,
	narrower: m.relation_narrower
};

export const categoryLabel = (k: Category) => categoryLabels[k]();
export const differenceLabel = (k: Difference) => differenceLabels[k]();
export const differenceExplanation = (k: Difference) => differenceExplanations[k]();
export const regionLabel = (k: Region) => regionLabels[k]();
export const confidenceLabel = (k: Confidence) => confidenceLabels[k]();
export const confidenceExplanation = (k: Confidence) => confidenceExplanations[k]();
export const statusLabel = (k: NameStatus) => statusLabels[k]();
export const relationLabel = (k: Relation) => relationLabels[k]();

/**
 * The example names quoted inside the difference explanations above, by side, so the prose can
 * tag them ko-KR / ko-KP (see KoreanText.svelte). Keep in step with the messages.
 */
export const EXPLANATION_NAMES = {
	south: ['냉면', '만둣국'],
	north: ['랭면', '만두국']
} as const;
