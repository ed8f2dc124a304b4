import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { env } from '$env/dynamic/private';
import { localizeHref } from '$lib/paraglide/runtime';
import { getDb } from '$lib/server/db';
import * as quiz from '$lib/server/quiz';
import { isOneOf } from '$lib/vocabulary';

const secret = () => quiz.quizSecret(env.QUIZ_SECRET);

export const load: PageServerLoad = ({ url }) => {
	const token = url.searchParams.get('s');
	if (token === null) return { stage: 'start' as const, invalid: false };
	const state = quiz.verifyState(token, secret());
	const pool = quiz.quizPool(getDb());
	const scored = state && quiz.scoreRound(state, pool);
	if (!state || !scored) return { stage: 'start' as const, invalid: true };

	const score = scored.filter((s) => s.correct).length;
	const last = scored.at(-1);
	const feedback = last && {
		number: scored.length,
		correct: last.correct,
		given: last.given,
		...last.item
	};
	const total = state.questions.length;
	if (state.answers.length < total) {
		// Only the name goes to the page: the answer stays on the server until it is given.
		const next = quiz.poolItem(pool, state.questions[state.answers.length])!;
		return {
			stage: 'question' as const,
			token,
			number: state.answers.length + 1,
			total,
			score,
			name: next.hangul,
			feedback
		};
	}
	return {
		stage: 'done' as const,
		score,
		total,
		feedback,
		review: scored.map((s) => ({
			hangul: s.item.hangul,
			slug: s.item.slug,
			given: s.given,
			answer: s.item.answer,
			correct: s.correct
		})),
		shareToken: quiz.signScore(score, total, secret())
	};
};

export const actions: Actions = {
	start: () => {
		const round = quiz.newRound(quiz.quizPool(getDb()));
		redirect(303, localizeHref(`/quiz?s=${quiz.signState(round, secret())}`));
	},
	answer: async ({ request }) => {
		const form = await request.formData();
		const token = form.get('s');
		const answer = form.get('answer');
		const state = typeof token === 'string' ? quiz.verifyState(token, secret()) : null;
		if (!state || !isOneOf(quiz.ANSWERS, answer)) return fail(400, { invalid: true });
		if (state.answers.length >= state.questions.length) return fail(400, { invalid: true });
		const next = { ...state, answers: [...state.answers, answer] };
		redirect(303, localizeHref(`/quiz?s=${quiz.signState(next, secret())}`));
	}
};
