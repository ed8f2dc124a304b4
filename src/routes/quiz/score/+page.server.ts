import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { env } from '$env/dynamic/private';
import * as quiz from '$lib/server/quiz';

export const load: PageServerLoad = ({ url }) => {
	const result = quiz.verifyScore(
		url.searchParams.get('r') ?? '',
		quiz.quizSecret(env.QUIZ_SECRET)
	);
	if (!result) error(404, 'Not found');
	return result;
};
