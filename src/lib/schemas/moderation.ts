/** Validation of the moderators' forms. Client-safe. */
import * as v from 'valibot';
import { stripUnwantedCharacters } from '../clean-text';

/** A message to the contributor (changes requested) or the reason for a rejection. */
export const ModeratorMessage = v.pipe(
	v.string('message_required'),
	v.transform(stripUnwantedCharacters),
	v.trim(),
	v.nonEmpty('message_required'),
	v.maxLength(1000, 'too_long')
);

export const RoleChange = v.object({
	userId: v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(1)),
	role: v.picklist(['contributor', 'moderator', 'admin'] as const, 'choose_one')
});

export const Version = v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(1));
