import type { SubmitFunction } from '@sveltejs/kit';
import { invalidate, invalidateAll } from '$app/navigation';

/**
 * use:enhance for forms with passwords: after the server answers, password fields (and fields
 * marked data-secret) are emptied, as they are without JavaScript (the server never sends them back).
 */
export const clearPasswordsAfterSubmit: SubmitFunction =
	() =>
	async ({ update, formElement }) => {
		// Before the answer is shown, so nothing typed after the message appears is wiped. A field
		// marked data-secret (a recovery code) is never sent back either.
		for (const input of formElement.querySelectorAll<HTMLInputElement>(
			'input[type="password"], input[data-secret]'
		)) {
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

/**
 * use:enhance for the sign-up form: like clearPasswordsAfterSubmit, but a success (the page that
 * shows the recovery codes) is shown without reloading the page's data, which would now find the
 * reader signed in and send them on before they saw their codes.
 */
export const showSignupResult: SubmitFunction =
	() =>
	async ({ update, result, formElement }) => {
		for (const input of formElement.querySelectorAll<HTMLInputElement>('input[type="password"]')) {
			input.value = '';
		}
		await update({ invalidateAll: result.type !== 'success' });
		// The header's account links come from the layout's load alone: rerun just that one.
		if (result.type === 'success') await invalidate('app:session');
	};
