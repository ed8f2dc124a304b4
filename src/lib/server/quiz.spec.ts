import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './db/client';
import { seedIfEmpty } from './seed/load';
import {
	ANSWERS,
	newRound,
	quizPool,
	quizSecret,
	scoreRound,
	signScore,
	signState,
	verifyScore,
	verifyState,
	type QuizItem
} from './quiz';

const SECRET = 'test-secret-of-enough-length';

describe('quiz state signing', () => {
	const state = { questions: [12, 40, 7, 3], answers: ['north' as const, 'both' as const] };

	it('round-trips a signed state', () => {
		expect(verifyState(signState(state, SECRET), SECRET)).toEqual(state);
	});

	it('rejects a state signed with another key', () => {
		expect(verifyState(signState(state, 'another-secret-xxxxxxxx'), SECRET)).toBeNull();
	});

	it('rejects a changed answer, question list or signature', () => {
		const token = signState(state, SECRET);
		const [payload, signature] = token.split('.') as [string, string];
		const forged = Buffer.from('q=12-40-7-3;a=ns').toString('base64url');
		expect(verifyState(`${forged}.${signature}`, SECRET)).toBeNull();
		const flipped = signature.slice(0, -1) + (signature.endsWith('A') ? 'B' : 'A');
		expect(verifyState(`${payload}.${flipped}`, SECRET)).toBeNull();
		expect(verifyState(`${payload}`, SECRET)).toBeNull();
		expect(verifyState('', SECRET)).toBeNull();
		expect(verifyState('a.b.c', SECRET)).toBeNull();
	});

	it('rejects well-signed nonsense: repeated questions, more answers than questions', () => {
		const sign = (text: string) => {
			const payload = Buffer.from(text).toString('base64url');
			return `${payload}.${createHmac('sha256', SECRET).update(payload).digest('base64url')}`;
		};
		expect(verifyState(sign('q=1-2-3;a=n'), SECRET)).not.toBeNull();
		expect(verifyState(sign('q=1-1-3;a=n'), SECRET)).toBeNull();
		expect(verifyState(sign('q=1-2;a=nnn'), SECRET)).toBeNull();
		expect(verifyState(sign('q=1-2;a=x'), SECRET)).toBeNull();
	});

	it('signs a score that cannot be raised', () => {
		const token = signScore(7, 10, SECRET);
		expect(verifyScore(token, SECRET)).toEqual({ score: 7, total: 10 });
		expect(verifyScore(token.replace(/^7/, '9'), SECRET)).toBeNull();
		expect(verifyScore(signScore(11, 10, SECRET), SECRET)).toBeNull();
		expect(verifyScore('garbage', SECRET)).toBeNull();
	});

	it('uses the configured secret, or one random key per process', () => {
		expect(quizSecret('configured-secret-123456')).toBe('configured-secret-123456');
		expect(quizSecret(undefined)).toBe(quizSecret(''));
		expect(quizSecret(undefined)).not.toBe('');
	});

	// Kills `configured.length >= 16` made `> 16` or true: a 15-character secret is too weak to
	// sign with, so the process key is used instead; 16 characters is enough.
	it('refuses a configured secret shorter than 16 characters', () => {
		expect(quizSecret('fifteen-chars-x')).toBe(quizSecret(undefined));
		expect(quizSecret('sixteen-chars-xy')).toBe('sixteen-chars-xy');
	});

	// Kills `item.answer === given` made true or `!==`: a wrong answer must score false. The
	// items are written here, not read from the code under test.
	it('scores a wrong answer as wrong', () => {
		const item = (id: number, hangul: string, answer: QuizItem['answer']): QuizItem => ({
			id,
			hangul,
			answer,
			slug: hangul,
			english: hangul,
			difference: 'same',
			south: hangul,
			north: hangul
		});
		const pool = [item(1, '거위', 'south'), item(2, '게사니', 'north'), item(3, '닭', 'both')];
		const scored = scoreRound({ questions: [1, 2, 3], answers: ['north', 'north', 'both'] }, pool);
		expect(scored?.map((s) => [s.item.hangul, s.given, s.correct])).toEqual([
			['거위', 'north', false],
			['게사니', 'north', true],
			['닭', 'both', true]
		]);
	});
});

describe('quiz rounds from the seed', () => {
	const dir = mkdtempSync(join(tmpdir(), 'nambuk-quiz-'));
	let db: Db;
	let pool: QuizItem[];
	beforeAll(() => {
		db = openDatabase(join(dir, 'test.sqlite'));
		seedIfEmpty(db, 'db/seed');
		pool = quizPool(db);
	});
	afterAll(() => {
		db.$client.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('asks only names whose side is clear', () => {
		const byName = new Map(pool.map((q) => [q.hangul, q]));
		expect(byName.get('랭면')?.answer).toBe('north');
		expect(byName.get('냉면')?.answer).toBe('south');
		expect(byName.get('김치')?.answer).toBe('both');
		// 아이스크림 is the South's word and a Northern alias: no single right answer.
		expect(byName.has('아이스크림')).toBe(false);
		// 낙지 means octopus in the South and squid in the North.
		expect(byName.has('낙지')).toBe(false);
		for (const answer of ANSWERS) expect(pool.some((q) => q.answer === answer)).toBe(true);
	});

	it('draws ten distinct questions with every answer represented', () => {
		for (let run = 0; run < 20; run++) {
			const round = newRound(pool);
			expect(round.questions).toHaveLength(10);
			expect(new Set(round.questions).size).toBe(10);
			const answers = new Set(round.questions.map((id) => pool.find((q) => q.id === id)!.answer));
			expect(answers.size).toBe(3);
		}
	});

	it('scores the answers given against the data', () => {
		const round = newRound(pool);
		const truth = round.questions.map((id) => pool.find((q) => q.id === id)!.answer);
		const scored = scoreRound({ ...round, answers: truth.slice(0, 3) }, pool)!;
		expect(scored.map((s) => s.correct)).toEqual([true, true, true]);
		expect(scoreRound({ questions: [-1], answers: ['north'] }, pool)).toBeNull();
	});
});
