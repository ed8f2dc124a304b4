/**
 * Validation of the account forms (sign-up, login, password change). Client-safe. Messages are
 * codes; the pages turn them into words with issueMessage().
 */
import * as v from 'valibot';
import { COMMON_PASSWORDS } from './common-passwords';
import { CONFUSABLE_WITH_LATIN } from './confusables';

export const USERNAME_MIN = 3;
export const USERNAME_MAX = 32;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** Letters (any script), digits, dot, dash and underscore. */
const USERNAME_PATTERN = /^[\p{L}\p{N}._-]+$/u;

/**
 * Characters that show as nothing: the Hangul fillers (U+3164, U+115F, U+1160, U+FFA0 are
 * letters to the pattern above), zero-width spaces and joiners, variation selectors. "admin1"
 * followed by one of them looks exactly like "admin1".
 */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;

/** The scripts a name's letters are told apart by; a letter of any other script counts as "other". */
const SCRIPTS = [
	'Latin',
	'Greek',
	'Cyrillic',
	'Armenian',
	'Hebrew',
	'Arabic',
	'Georgian',
	'Hangul',
	'Han',
	'Hiragana',
	'Katakana',
	'Bopomofo',
	'Thai',
	'Devanagari',
	'Bengali',
	'Tamil',
	'Ethiopic',
	'Cherokee',
	'Mongolian',
	'Tibetan',
	'Khmer',
	'Lao',
	'Myanmar'
].map((name) => [name, new RegExp(`^\\p{Script=${name}}$`, 'u')] as const);

/**
 * The mixes TR39 allows at its "highly restrictive" level, because their letters do not pass
 * for each other: Latin with the scripts of Japanese, Chinese and Korean writing.
 */
const ALLOWED_MIXES = [
	['Latin', 'Han', 'Hiragana', 'Katakana'],
	['Latin', 'Han', 'Bopomofo'],
	['Latin', 'Han', 'Hangul']
];

/** The scripts of a name's letters (digits, dots, dashes and underscores belong to none). */
export function scriptsOf(text: string): Set<string> {
	const found = new Set<string>();
	for (const char of text.normalize('NFKC')) {
		if (!/\p{L}/u.test(char)) continue;
		found.add(SCRIPTS.find(([, re]) => re.test(char))?.[0] ?? 'other');
	}
	return found;
}

/** One script, or one of the mixes in ALLOWED_MIXES; Latin mixed with Cyrillic or Greek is not. */
export function isSingleScript(text: string): boolean {
	const scripts = [...scriptsOf(text)];
	if (scripts.length <= 1) return true;
	return ALLOWED_MIXES.some((mix) => scripts.every((s) => mix.includes(s)));
}

/**
 * The confusable skeleton of a name (TR39 section 4, over the subset in confusables.ts): two names
 * with the same skeleton look alike, so only one of them may exist. "аdmin1" with a Cyrillic а,
 * "admin1", "ADMINl" and "adrnin1" all have the skeleton "adrninl".
 */
export function usernameSkeleton(username: string): string {
	const folded = usernameKey(username).normalize('NFD');
	let out = '';
	for (const char of folded) out += CONFUSABLE_WITH_LATIN[char] ?? char;
	return out.normalize('NFD');
}

export const Username = v.pipe(
	v.string('required'),
	v.trim(),
	v.nonEmpty('required'),
	v.check((name) => !INVISIBLE.test(name), 'username_invisible'),
	v.minLength(USERNAME_MIN, 'username_length'),
	v.maxLength(USERNAME_MAX, 'username_length'),
	v.regex(USERNAME_PATTERN, 'username_chars'),
	v.check(isSingleScript, 'username_scripts')
);

const COMMON = new Set(COMMON_PASSWORDS);

/** Whether a password is on the shipped list of common ones (compared without case or width). */
export function isCommonPassword(password: string): boolean {
	return COMMON.has(password.normalize('NFKC').toLowerCase());
}

/** Whether a password is the user name, as the name is compared (case and width ignored). */
export function passwordIsUsername(password: string, username: string): boolean {
	return usernameKey(password) === usernameKey(username);
}

export const NewPassword = v.pipe(
	v.string('required'),
	v.nonEmpty('required'),
	v.check((p) => p.trim() !== '', 'password_blank'),
	// Tabs, NULs, escapes, DEL and the C1 controls: no one types them, and some systems cut a
	// password at a NUL.
	v.check((p) => !/\p{Cc}/u.test(p), 'password_control'),
	v.minLength(PASSWORD_MIN, 'password_length'),
	v.maxLength(PASSWORD_MAX, 'password_length'),
	v.check((p) => !isCommonPassword(p), 'password_common')
);

export const SignupSchema = v.pipe(
	v.object({ username: Username, password: NewPassword, confirm: v.string('required') }),
	v.forward(
		v.check((input) => !passwordIsUsername(input.password, input.username), 'password_username'),
		['password']
	),
	v.forward(
		v.check((input) => input.password === input.confirm, 'password_mismatch'),
		['confirm']
	)
);

export const LoginSchema = v.object({
	username: v.pipe(
		v.string('required'),
		v.trim(),
		v.nonEmpty('required'),
		v.maxLength(USERNAME_MAX * 4, 'required')
	),
	password: v.pipe(
		v.string('required'),
		v.nonEmpty('required'),
		v.maxLength(PASSWORD_MAX, 'password_length')
	)
});

export const PasswordChangeSchema = v.pipe(
	v.object({
		current: v.pipe(v.string('required'), v.nonEmpty('required')),
		password: NewPassword,
		confirm: v.string('required')
	}),
	v.forward(
		v.check((input) => input.password === input.confirm, 'password_mismatch'),
		['confirm']
	)
);

/** /login/recover: a name, one recovery code and a new password (twice). */
export const RecoverySchema = v.pipe(
	v.object({
		username: LoginSchema.entries.username,
		code: v.pipe(
			v.string('required'),
			v.trim(),
			v.nonEmpty('required'),
			v.maxLength(40, 'recovery_code_form')
		),
		password: NewPassword,
		confirm: v.string('required')
	}),
	v.forward(
		v.check((input) => !passwordIsUsername(input.password, input.username), 'password_username'),
		['password']
	),
	v.forward(
		v.check((input) => input.password === input.confirm, 'password_mismatch'),
		['confirm']
	)
);

/** Field path → first issue code, the shape every form gets back in `fail(400, { values, issues })`. */
export type Issues = Record<string, string>;

export function issuesOf(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): Issues {
	const out: Issues = {};
	for (const issue of issues) {
		const path = v.getDotPath(issue) ?? '';
		if (!(path in out)) out[path] = issue.message;
	}
	return out;
}

/** The key under which a username is unique: NFKC and lower case, so "Mod" and "mod" collide. */
export function usernameKey(username: string): string {
	return username.normalize('NFKC').trim().toLowerCase();
}
