/**
 * Words for the validation codes the schemas and server return (`issues` in a failed form).
 * Codes stay language-neutral on the wire; the page shows them in the reader's language.
 */
import { m } from './paraglide/messages.js';

const messages: Record<string, () => string> = {
	required: m.issue_required,
	too_long: m.issue_too_long,
	choose_one: m.issue_choose_one,
	hangul_only: m.issue_hangul_only,
	url_invalid: m.issue_url_invalid,
	url_scheme: m.issue_url_scheme,
	slug_invalid: m.issue_slug_invalid,
	source_required: m.issue_source_required,
	source_citation_or_url: m.issue_source_citation_or_url,
	source_unknown: m.issue_source_unknown,
	name_duplicate: m.issue_name_duplicate,
	note_ko_required: m.form_issue_note_ko_required,
	note_en_required: m.form_issue_note_en_required,
	names_south_required: m.issue_names_south_required,
	names_north_required: m.issue_names_north_required,
	related_unknown: m.issue_related_unknown,
	proposal_not_revisable: m.issue_proposal_not_revisable,
	pending_cap: m.issue_pending_cap,
	rate_limited: m.issue_rate_limited,
	username_length: m.issue_username_length,
	username_chars: m.issue_username_chars,
	username_taken: m.issue_username_taken,
	password_length: m.issue_password_length,
	password_mismatch: m.issue_password_mismatch,
	password_wrong: m.issue_password_wrong,
	login_failed: m.issue_login_failed,
	recovery_failed: m.contrib_issue_recovery_failed,
	gloss_one_language: m.contrib_issue_gloss_one_language,
	why_one_language: m.contrib_issue_why_one_language,
	recovery_code_form: m.contrib_issue_recovery_code_form,
	login_locked: () => m.auth_login_locked({ minutes: 15 }),
	signup_limited: m.issue_signup_limited,
	password_blank: m.auth_issue_password_blank,
	password_control: m.auth_issue_password_control,
	password_username: m.auth_issue_password_username,
	password_common: m.auth_issue_password_common,
	username_invisible: m.auth_issue_username_invisible,
	username_scripts: m.auth_issue_username_scripts,
	username_confusable: m.auth_issue_username_confusable,
	message_required: m.issue_message_required,
	conflict: m.issue_conflict,
	proposal_closed: m.issue_proposal_closed,
	mod_own_proposal: m.mod_issue_own_proposal,
	mod_proposal_changed: m.mod_issue_proposal_changed,
	mod_rebase_conflict: m.mod_issue_rebase_conflict,
	mod_no_change: m.mod_issue_no_change
};

export function issueMessage(code: string | undefined): string {
	if (!code) return '';
	// Own keys only: a code such as "toString" must not reach Object.prototype.
	return (Object.hasOwn(messages, code) ? messages[code]! : m.issue_invalid)();
}
