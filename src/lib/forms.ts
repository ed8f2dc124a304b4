import type { SubmitFunction } from '@sveltejs/kit';
import { invalidateAll } from '$app/navigation';

/**
 * use:enhance for forms with passwords: after the server answers, password fields are emptied, as
 * they are without JavaScript (the server never sends a password back).
 */
export const clearPasswordsAfterSubmit: SubmitFunction =
	() =>
	async ({ update, formElement }) => {
		// Before the answer is shown, so nothing typed after the message appears is wiped.
		for (const input of formElement.querySelectorAll<HTMLInputElement>('input[type="password"]')) {
			input.value = '';
		}
		await update();
	};

/**
 * use:enhance for forms whose refusal means the page's data is stale (an edit conflict, a proposal
 * someone else already reviewed): reload the page's data before showing the answer, as a full page
 * load without JavaScript would.
 */
export const reloadDataOnFailure: SubmitFunction =
	() =>
	async ({ result, update }) => {
		if (result.type === 'failure') await invalidateAll();
		await update();
	};
