/**
 * "Which Korea?" — a ten-question quiz whose whole state travels in the URL, signed with an
 * HMAC, so it needs no server session and works without JavaScript. The server recomputes the
 * score from the signed answers; a player can neither change an answer already given nor claim
 * a score.
 */
import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Db } from './db/client';
import { entry, entryName } from './db/schema';
import type { Difference } from '../vocabulary';

export const QUIZ_LENGTH = 10;
export const ANSWERS = ['north', 'south', 'both'] as const;
export type Answer = (typeof ANSWERS)[number];

/** A name whose side is beyond doubt: every use of the spelling in the data is current, on one side or both. */
export interface QuizItem {
	/** entry_name id of the name's first row; stable for the life of the database. */
	id: number;
	hangul: string;
	answer: Answer;
	slug: string;
	english: string;
	difference: Difference;
	/** The counterpart on the other side, for the explanation (same as hangul for `both`). */
	south: string;
	north: string;
}

/** The pool of quiz names, from the names of approved entries. */
export function quizPool(db: Db): QuizItem[] {
	const rows = db
		.select({
			id: entryName.id,
			entryId: entryName.entryId,
			side: entryName.side,
			hangul: entryName.hangul,
			status: entryName.status,
			slug: entry.slug,
			english: entry.english,
			difference: entry.difference
		})
		.from(entryName)
		.innerJoin(entry, eq(entry.id, entryName.entryId))
		.where(eq(entry.status, 'approved'))
		.orderBy(asc(entryName.position), asc(entryName.id))
		.all();
	const bySpelling = new Map<string, typeof rows>();
	for (const r of rows) bySpelling.set(r.hangul, [...(bySpelling.get(r.hangul) ?? []), r]);
	const headword = (entryId: number, side: 'south' | 'north') =>
		rows.find(
			(r) =>
				r.entryId === entryId && r.status === 'current' && (r.side === side || r.side === 'both')
		)?.hangul;

	const pool: QuizItem[] = [];
	for (const [hangul, uses] of bySpelling) {
		// A spelling that is dated, colloquial or an alias anywhere, or that names two concepts,
		// has no single right answer.
		if (uses.some((u) => u.status !== 'current')) continue;
		if (new Set(uses.map((u) => u.entryId)).size > 1) continue;
		const sides = new Set(uses.map((u) => u.side));
		const answer: Answer =
			sides.has('both') || (sides.has('south') && sides.has('north'))
				? 'both'
				: sides.has('south')
					? 'south'
					: 'north';
		const first = uses[0]!;
		const south = headword(first.entryId, 'south');
		const north = headword(first.entryId, 'north');
		if (!south || !north) continue;
		pool.push({
			id: first.id,
			hangul,
			answer,
			slug: first.slug,
			english: first.english,
			difference: first.difference,
			south,
			north
		});
	}
	return pool.sort((a, b) => a.id - b.id);
}

/** The state of one round: the questions chosen at the start and the answers given so far. */
export interface QuizState {
	/** Question ids (entry_name ids), distinct, chosen at the start. */
	questions: number[];
	/** Answers in order; answers.length is the number of questions answered. */
	answers: Answer[];
}

/**
 * Ten distinct questions, drawn so that each answer (North, South, Both) comes up: a player who
 * always says "North" should not score well.
 */
export function newRound(pool: QuizItem[], length = QUIZ_LENGTH, pick = randomInt): QuizState {
	const buckets = ANSWERS.map((a) => pool.filter((q) => q.answer === a));
	const chosen = new Set<number>();
	const draw = (from: QuizItem[]) => {
		const left = from.filter((q) => !chosen.has(q.id));
		if (left.length) chosen.add(left[pick(left.length)]!.id);
	};
	// At least two of each answer where the pool allows, then any name at all.
	for (let k = 0; k < 2; k++) for (const bucket of buckets) draw(bucket);
	while (chosen.size < Math.min(length, pool.length)) draw(pool);
	const questions = [...chosen];
	for (let i = questions.length - 1; i > 0; i--) {
		const j = pick(i + 1);
		[questions[i], questions[j]] = [questions[j]!, questions[i]!];
	}
	return { questions: questions.slice(0, length), answers: [] };
}

const ANSWER_CODES: Record<Answer, string> = { north: 'n', south: 's', both: 'b' };
const CODE_ANSWERS: Record<string, Answer> = { n: 'north', s: 'south', b: 'both' };

function mac(secret: string, payload: string): Buffer {
	return createHmac('sha256', secret).update(payload).digest();
}

/**
 * `payload.signature`, both base64url. The payload is compact (`q=12-40-7…;a=nsb`) so the
 * address stays short.
 */
export function signState(state: QuizState, secret: string): string {
	const payload = Buffer.from(
		`q=${state.questions.join('-')};a=${state.answers.map((a) => ANSWER_CODES[a]).join('')}`
	).toString('base64url');
	return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** The state a token holds, or null if it was not signed with `secret` or is malformed. */
export function verifyState(token: string, secret: string): QuizState | null {
	const match = /^([A-Za-z0-9_-]{1,400})\.([A-Za-z0-9_-]{43})$/.exec(token);
	if (!match) return null;
	const [, payload, signature] = match as unknown as [string, string, string];
	const given = Buffer.from(signature, 'base64url');
	const expected = mac(secret, payload);
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
	const fields = /^q=(\d{1,9}(?:-\d{1,9}){0,49});a=([nsb]{0,50})$/.exec(
		Buffer.from(payload, 'base64url').toString('utf8')
	);
	if (!fields) return null;
	const questions = fields[1]!.split('-').map(Number);
	const answers = [...fields[2]!].map((c) => CODE_ANSWERS[c]!);
	if (new Set(questions).size !== questions.length || answers.length > questions.length)
		return null;
	return { questions, answers };
}

/** A signed final score, for the share link: `score-total.signature`. */
export function signScore(score: number, total: number, secret: string): string {
	const payload = `${score}-${total}`;
	return `${payload}.${mac(secret, `score:${payload}`).toString('base64url')}`;
}

export function verifyScore(
	token: string,
	secret: string
): { score: number; total: number } | null {
	const match = /^(\d{1,2})-(\d{1,2})\.([A-Za-z0-9_-]{43})$/.exec(token);
	if (!match) return null;
	const score = Number(match[1]);
	const total = Number(match[2]);
	const given = Buffer.from(match[3]!, 'base64url');
	const expected = mac(secret, `score:${score}-${total}`);
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
	if (score > total || total === 0) return null;
	return { score, total };
}

let processSecret: string | undefined;

/**
 * The signing key: QUIZ_SECRET when set; otherwise one made at start-up, which means rounds in
 * progress and shared scores stop verifying when the server restarts.
 */
export function quizSecret(configured: string | undefined): string {
	if (configured && configured.length >= 16) return configured;
	processSecret ??= randomBytes(32).toString('base64url');
	return processSecret;
}

export interface ScoredAnswer {
	item: QuizItem;
	given: Answer;
	correct: boolean;
}

/** The answered questions with their items, or null if a question no longer exists. */
export function scoreRound(state: QuizState, pool: QuizItem[]): ScoredAnswer[] | null {
	const byId = new Map(pool.map((q) => [q.id, q]));
	const scored: ScoredAnswer[] = [];
	for (const [k, given] of state.answers.entries()) {
		const item = byId.get(state.questions[k]!);
		if (!item) return null;
		scored.push({ item, given, correct: item.answer === given });
	}
	return scored;
}

export function poolItem(pool: QuizItem[], id: number | undefined): QuizItem | undefined {
	return id === undefined ? undefined : pool.find((q) => q.id === id);
}
