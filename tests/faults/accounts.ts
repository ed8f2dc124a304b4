/**
 * Accounts and proposals over plain HTTP for the fault tests, which drive a built server of their
 * own: sign up through the form, promote in the database (the CLI would cost a tsx start per user),
 * propose new entries and approve them as a browser's form posts would.
 */
import Database from 'better-sqlite3';
import { randomHangul } from '../support/accounts';
import { cookieFrom, postForm, type RawResponse } from '../support/http';

export const PASSWORD = 'correct horse battery staple';

/** Limits a test server runs with, so hundreds of writes from one address are not refused. */
export const GENEROUS_LIMITS = {
	RATE_LIMIT_SIGNUP_IP: '100000',
	RATE_LIMIT_LOGIN_IP: '100000',
	RATE_LIMIT_LOGIN_ACCOUNT: '100000',
	RATE_LIMIT_PROPOSAL_USER: '100000',
	RATE_LIMIT_PROPOSAL_IP: '100000',
	PROPOSAL_PENDING_CAP: '100000'
};

/** Signs up (and, for a moderator or admin, promotes); returns the session cookie. */
export async function signUp(
	origin: string,
	databasePath: string,
	username: string,
	role: 'contributor' | 'moderator' | 'admin' = 'contributor'
): Promise<string> {
	const response = await postForm(origin, '/signup', {
		username,
		password: PASSWORD,
		confirm: PASSWORD
	});
	const cookie = cookieFrom(response, 'session');
	// Sign-up answers 200 with the new account's recovery codes (issue 17), session already set.
	if (response.status !== 200 || !cookie)
		throw new Error(`sign-up of ${username} answered ${response.status}`);
	if (role !== 'contributor') {
		const db = new Database(databasePath);
		db.pragma('busy_timeout = 5000');
		db.prepare('UPDATE user SET role = ? WHERE username = ?').run(role, username);
		db.close();
	}
	return cookie;
}

/** A valid new-entry proposal: two fresh Hangul names citing one printed source. */
export function newEntryForm(english: string): Record<string, string> {
	return {
		english,
		glossKo: `시험 항목: ${english}`,
		whyEn: `A fault test made up both names: ${english}.`,
		whyKo: `시험에서 두 이름을 지어냈다: ${english}.`,
		description: `Proposed by a fault test: ${english}.`,
		descriptionKo: '',
		category: 'soup-stew',
		difference: 'native-coinage',
		confidence: 'medium',
		summary: 'fault test',
		nameRows: '2',
		'names.0.side': 'south',
		'names.0.hangul': randomHangul(4),
		'names.0.status': 'current',
		'names.0.sources': '1',
		'names.1.side': 'north',
		'names.1.hangul': randomHangul(4),
		'names.1.status': 'current',
		'names.1.sources': '1',
		sourceRows: '1',
		'sources.0.citation': 'Fault test dictionary, p. 1',
		relatedRows: '1'
	};
}

/** The proposal id a successful submission redirects with, or null. */
export function submittedId(response: RawResponse): number | null {
	if (response.status !== 303) return null;
	const match = /[?&]submitted=(\d+)/.exec(String(response.headers['location'] ?? ''));
	return match ? Number(match[1]) : null;
}

export function isApproved(response: RawResponse): boolean {
	return (
		response.status === 303 && /done=approved/.test(String(response.headers['location'] ?? ''))
	);
}
