/**
 * What each field-level change is called: the row headers of the diff table and the one-line
 * summary of the moderation queue use the same words.
 */
import { m } from '$lib/paraglide/messages.js';
import type { Change, ScalarField } from '$lib/entry-diff';

export const FIELD_LABELS: Record<ScalarField, () => string> = {
	english: m.form_english,
	glossKo: m.form_gloss_ko,
	whyEn: m.form_why_en,
	whyKo: m.form_why_ko,
	description: m.form_description,
	descriptionKo: m.form_description_ko,
	category: m.form_category,
	difference: m.form_difference,
	confidence: m.form_confidence
};

export const sideLabel = (side: string) =>
	side === 'north' ? m.side_north() : side === 'south' ? m.side_south() : m.side_both();

/** A name change respelled one name (not a removal and an addition). */
export function respelling(c: Change): { before: string; after: string } | null {
	return c.kind === 'name' && c.before && c.after && c.before.hangul !== c.after.hangul
		? { before: c.before.hangul, after: c.after.hangul }
		: null;
}

/** The change's name: "English gloss", "Name added (North)", "Related entry". */
export function changeLabel(c: Change): string {
	switch (c.kind) {
		case 'field':
			return FIELD_LABELS[c.field]();
		case 'regions':
			return m.form_regions();
		case 'name': {
			const what = respelling(c)
				? m.diff_name_respelled()
				: c.before && c.after
					? m.diff_name_changed()
					: c.after
						? m.diff_name_added()
						: m.diff_name_removed();
			return `${what} (${sideLabel(c.side)})`;
		}
		case 'related':
			return m.diff_related();
	}
}
