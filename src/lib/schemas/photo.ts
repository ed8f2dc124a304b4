/**
 * The photo form (everything but the file, which photo-pipeline.ts checks by content). Client-safe.
 * Issue codes are shared with the other forms where they mean the same (required, too_long,
 * url_invalid, url_scheme, choose_one); photo-only codes start with `photo_`.
 */
import * as v from 'valibot';
import { stripUnwantedCharacters } from '../clean-text';

/** The licences a photo may carry: public domain dedication, attribution, attribution-share-alike. */
export const PHOTO_LICENCES = {
	cc0: { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
	'cc-by-4.0': { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
	'cc-by-sa-4.0': { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' }
} as const;
export type PhotoLicence = keyof typeof PHOTO_LICENCES;
export const PHOTO_LICENCE_KEYS = Object.keys(PHOTO_LICENCES) as PhotoLicence[];

/** "I took this photo" or "an existing openly licensed photo". */
export const PHOTO_ORIGINS = ['own', 'existing'] as const;
export type PhotoOrigin = (typeof PHOTO_ORIGINS)[number];

export const PHOTO_LIMITS = { alt: 300, author: 120, url: 500 } as const;

/** What the browser may pick in the file dialog; the server still checks the bytes. */
export const PHOTO_ACCEPT =
	'image/jpeg,image/png,image/webp,image/avif,image/heic,image/heif,.heic,.heif';

const text = (max: number) =>
	v.pipe(
		v.string('required'),
		v.transform(stripUnwantedCharacters),
		v.trim(),
		v.maxLength(max, 'too_long')
	);

const HttpUrl = v.pipe(
	v.string('required'),
	v.trim(),
	v.nonEmpty('required'),
	v.maxLength(PHOTO_LIMITS.url, 'too_long'),
	v.url('url_invalid'),
	v.check((s) => /^https?:\/\//i.test(s), 'url_scheme')
);

export const PhotoDetailsSchema = v.pipe(
	v.object({
		origin: v.picklist(PHOTO_ORIGINS, 'choose_one'),
		licence: v.picklist(PHOTO_LICENCE_KEYS, 'choose_one'),
		/** For one's own photo: how to be credited (blank: the username). Required otherwise. */
		author: text(PHOTO_LIMITS.author),
		sourceUrl: v.pipe(v.string(), v.transform(stripUnwantedCharacters), v.trim()),
		altEn: v.pipe(text(PHOTO_LIMITS.alt), v.nonEmpty('required')),
		altKo: text(PHOTO_LIMITS.alt),
		cropped: v.boolean()
	}),
	v.forward(
		v.check((d) => d.origin === 'own' || d.author !== '', 'required'),
		['author']
	),
	v.forward(
		v.check((d) => d.origin === 'own' || d.sourceUrl !== '', 'required'),
		['sourceUrl']
	),
	v.forward(
		v.check((d) => d.sourceUrl === '' || v.is(HttpUrl, d.sourceUrl), 'url_invalid'),
		['sourceUrl']
	)
);
export type PhotoDetails = v.InferOutput<typeof PhotoDetailsSchema>;

/** Why a file was refused (photo-pipeline.ts's refusals, plus a missing file and a repeat). */
export const PHOTO_ISSUES = [
	'photo_required',
	'photo_empty',
	'photo_too_large',
	'photo_not_an_image',
	'photo_heic_unsupported',
	'photo_too_many_pixels',
	'photo_too_small',
	'photo_damaged',
	'photo_duplicate'
] as const;
export type PhotoIssue = (typeof PHOTO_ISSUES)[number];

/** The text fields as typed, for showing a form again. Never the file. */
export interface PhotoFormValues {
	origin: string;
	licence: string;
	author: string;
	sourceUrl: string;
	altEn: string;
	altKo: string;
	cropped: boolean;
}

export function emptyPhotoValues(): PhotoFormValues {
	return {
		origin: 'own',
		licence: '',
		author: '',
		sourceUrl: '',
		altEn: '',
		altKo: '',
		cropped: false
	};
}

export function photoFormValues(fd: FormData): PhotoFormValues {
	const str = (k: string) => {
		const value = fd.get(k);
		return typeof value === 'string' ? value : '';
	};
	return {
		origin: str('origin'),
		licence: str('licence'),
		author: str('author'),
		sourceUrl: str('sourceUrl'),
		altEn: str('altEn'),
		altKo: str('altKo'),
		cropped: fd.get('cropped') === 'on'
	};
}
