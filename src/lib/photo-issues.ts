/**
 * Words for the photo form's issue codes (PHOTO_ISSUES), in the reader's language; every other
 * code is left to issueMessage(), shared with the other forms.
 */
import { m } from './paraglide/messages.js';
import { issueMessage } from './issue-messages';
import type { PhotoIssue } from './schemas/photo';

const messages: Record<PhotoIssue, () => string> = {
	photo_required: m.issue_photo_required,
	photo_empty: m.issue_photo_empty,
	photo_too_large: m.issue_photo_too_large,
	photo_not_an_image: m.issue_photo_not_an_image,
	photo_heic_unsupported: m.issue_photo_heic_unsupported,
	photo_too_many_pixels: m.issue_photo_too_many_pixels,
	photo_too_small: m.issue_photo_too_small,
	photo_damaged: m.issue_photo_damaged,
	photo_duplicate: m.issue_photo_duplicate
};

export function photoIssueMessage(code: string | undefined): string {
	if (!code) return '';
	return code in messages ? messages[code as PhotoIssue]() : issueMessage(code);
}
