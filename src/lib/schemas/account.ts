/**
 * Validation of the account forms (sign-up, login, password change). Client-safe. Messages are
 * codes; the pages turn them into words with issueMessage().
 */
import * as v from 'valibot';

export const USERNAME_MIN = 3;
export const USERNAME_MAX = 32;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** Letters (any script), digits, dot, dash and underscore. */
const USERNAME_PATTERN = /^[\p{L}\p{N}._-]+$/u;

export const Username = v.pipe(
	v.string('required'),
	v.trim(),
	v.nonEmpty('required'),
	v.minLength(USERNAME_MIN, 'username_length'),
	v.maxLength(USERNAME_MAX, 'username_length'),
	v.regex(USERNAME_PATTERN, 'username_chars')
);

export const NewPassword = v.pipe(
	v.string('required'),
	v.nonEmpty('required'),
	v.minLength(PASSWORD_MIN, 'password_length'),
	v.maxLength(PASSWORD_MAX, 'password_length')
);

export const SignupSchema = v.pipe(
	v.object({ username: Username, password: NewPassword, confirm: v.string('required') }),
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
