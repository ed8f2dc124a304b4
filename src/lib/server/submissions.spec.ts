import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Db } from './db/client';
import { seedIfEmpty } from './seed/load';
import { createUser, type User } from './accounts';
import * as submissions from './submissions';
import * as revisions from './revisions';
import * as entries from './entries';
import { listAudit } from './audit';
import { emptyProposalValues, type ProposalValues } from '../schemas/proposal';

let db: Db;
let alice: User;
let mod: User;
let mod2: User;

// The real migrations and the real seed, loaded once; each test gets its own copy of the file.
const dir = mkdtempSync(join(tmpdir(), 'nambuk-submissions-'));
const seeded = join(dir, 'seeded.sqlite');
let copies = 0;

beforeAll(() => {
	const template = openDatabase(seeded);
	seedIfEmpty(template, 'db/seed');
	template.$client.pragma('wal_checkpoint(TRUNCATE)');
	template.$client.close();
});

afterAll(() => {
	db?.$client.close();
	rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
	db?.$client.close();
	const path = join(dir, `test-${++copies}.sqlite`);
	copyFileSync(seeded, path);
	db = openDatabase(path);
	alice = await createUser(db, 'alice', 'correct horse battery');
	mod = await createUser(db, 'mod', 'correct horse battery', 'moderator');
	mod2 = await createUser(db, 'mod2', 'correct horse battery', 'moderator');
});

function newEntryValues(): ProposalValues {
	const v = emptyProposalValues();
	v.english = 'test dumpling soup';
	v.glossKo = '시험 만둣국';
	v.whyEn = 'A test entry: the two names are made up.';
	v.whyKo = '시험용 항목이라 두 이름 모두 지어낸 것이다.';
	v.category = 'soup-stew';
	v.difference = 'native-coinage';
	v.confidence = 'medium';
	v.names[0] = { ...v.names[0]!, hangul: '시험만두국', sources: ['1'] };
	v.names[1] = { ...v.names[1]!, hangul: '시험교자국', sources: ['1'] };
	v.sources[0] = {
		id: '',
		citation: 'A printed book, p. 12',
		url: '',
		publisher: 'Pyongyang',
		year: '1990'
	};
	v.related[0] = { slug: 'naengmyeon', relation: 'see-also' };
	return v;
}

function editValues(slug: string, change: (v: ProposalValues) => void) {
	const form = submissions.editFormFor(db, slug)!;
	change(form.values);
	return { form, values: form.values };
}

describe('proposing a new entry', () => {
	it('writes nothing to the glossary until a moderator approves, then revision 1', () => {
		const r = submissions.submitProposal(db, alice, '10.0.0.1', newEntryValues(), null);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(entries.findEntriesContaining(db, '시험만두국', 5)).toEqual([]);
		expect(submissions.pendingQueue(db).map((p) => p.id)).toEqual([r.id]);
		expect(
			submissions
				.pendingQueue(db)[0]!
				.changes.some((c) => c.kind === 'name' && c.hangul === '시험교자국')
		).toBe(true);

		const approved = submissions.approveProposal(db, mod, r.id);
		expect(approved).toMatchObject({ ok: true, slug: 'test-dumpling-soup', version: 1 });
		const entry = entries.getEntry(db, 'test-dumpling-soup')!;
		expect(entry.north[0]!.hangul).toBe('시험교자국');
		expect(entry.sources[0]).toMatchObject({ citation: 'A printed book, p. 12', reliability: 'D' });
		expect(entry.related.map((r) => r.slug)).toContain('naengmyeon');
		const history = entries.entryHistory(db, 'test-dumpling-soup');
		expect(history).toEqual([expect.objectContaining({ version: 1, author: 'alice' })]);
		const revs = revisions.listRevisions(db, revisions.entryIdBySlug(db, 'test-dumpling-soup')!.id);
		expect(revs[0]!.approvedBy).toBe('mod');
		expect(submissions.userProposals(db, alice.id)[0]).toMatchObject({
			state: 'approved',
			resultSlug: 'test-dumpling-soup'
		});
		expect(listAudit(db).rows[0]).toMatchObject({ action: 'proposal.approve', actorName: 'mod' });
		// Names that came through an approval are reviewed.
		const reviewed = revisions.reviewedNames(
			db,
			revisions.entryIdBySlug(db, 'test-dumpling-soup')!.id
		);
		expect(reviewed.map((n) => n.hangul).sort()).toEqual(['시험교자국', '시험만두국']);
	});

	it('refuses related entries and sources that do not exist', () => {
		const v = newEntryValues();
		v.related[0] = { slug: 'no-such-entry', relation: 'see-also' };
		v.sources.push({ id: '999999', citation: '', url: '', publisher: '', year: '' });
		const r = submissions.submitProposal(db, alice, 'ip', v, null);
		expect(r).toMatchObject({ ok: false, status: 400 });
		if (r.ok) return;
		expect(r.issues['related.0.slug']).toBe('related_unknown');
		expect(r.issues['sources.2.citation']).toBe('source_unknown');
	});

	it('caps pending proposals per account', () => {
		process.env.PROPOSAL_PENDING_CAP = '2';
		try {
			expect(submissions.submitProposal(db, alice, 'ip', newEntryValues(), null).ok).toBe(true);
			expect(submissions.submitProposal(db, alice, 'ip', newEntryValues(), null).ok).toBe(true);
			expect(submissions.submitProposal(db, alice, 'ip', newEntryValues(), null)).toMatchObject({
				ok: false,
				status: 429,
				issues: { '': 'pending_cap' }
			});
		} finally {
			delete process.env.PROPOSAL_PENDING_CAP;
		}
	});
});

describe('sources and rate limits', () => {
	const proposals = () =>
		(db.$client.prepare('SELECT count(*) AS n FROM proposal').get() as { n: number }).n;
	const limits = (counter: string) =>
		(
			db.$client.prepare('SELECT count AS n FROM rate_limit WHERE key = ?').get(counter) as
				{ n: number } | undefined
		)?.n ?? 0;
	const refused = { ok: false, status: 429, issues: { '': 'rate_limited' } };

	beforeEach(() => {
		process.env.RATE_LIMIT_PROPOSAL_USER = '3';
		process.env.RATE_LIMIT_PROPOSAL_IP = '5';
		process.env.PROPOSAL_PENDING_CAP = '100';
	});
	afterEach(() => {
		delete process.env.RATE_LIMIT_PROPOSAL_USER;
		delete process.env.RATE_LIMIT_PROPOSAL_IP;
		delete process.env.PROPOSAL_PENDING_CAP;
		vi.useRealTimers();
	});

	it('refuses a Southern name without a source like a Northern one, writing nothing', () => {
		for (const i of [0, 1]) {
			const v = newEntryValues();
			v.names[i]!.sources = [];
			const r = submissions.submitProposal(db, alice, '10.0.0.1', v, null);
			expect(r).toEqual({
				ok: false,
				status: 400,
				issues: { [`names.${i}.sources`]: 'source_required' }
			});
		}
		expect(proposals()).toBe(0);
		// A refused form does not count against the limits either.
		expect(limits(`proposal:user:${alice.id}`)).toBe(0);
	});

	it('allows an account its limit per hour, then refuses with 429 and writes nothing, from any IP', () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2030-01-01T10:00:00Z'));
		for (let i = 0; i < 3; i++)
			expect(submissions.submitProposal(db, alice, `10.0.1.${i}`, newEntryValues(), null).ok).toBe(
				true
			);
		expect(submissions.submitProposal(db, alice, '10.0.1.0', newEntryValues(), null)).toEqual(
			refused
		);
		expect(submissions.submitProposal(db, alice, '10.0.1.99', newEntryValues(), null)).toEqual(
			refused
		);
		// Revising a proposal sent back is an attempt too.
		const first = submissions.userProposals(db, alice.id).at(-1)!;
		submissions.requestChanges(db, mod, first.id, 'Please add a page number');
		expect(
			submissions.submitProposal(db, alice, '10.0.1.0', newEntryValues(), null, first.id)
		).toEqual(refused);
		expect(proposals()).toBe(3);
		expect(submissions.getProposalReview(db, first.id)!.state).toBe('changes-requested');
		// Another account is not held back by alice's limit.
		expect(submissions.submitProposal(db, mod, '10.0.1.0', newEntryValues(), null).ok).toBe(true);
		// Once the hour is over, alice may propose again.
		vi.setSystemTime(new Date('2030-01-01T11:00:01Z'));
		expect(submissions.submitProposal(db, alice, '10.0.1.0', newEntryValues(), null).ok).toBe(true);
		expect(proposals()).toBe(5);
	});

	it('limits one IP across accounts; other IPs are not affected', async () => {
		const bob = await createUser(db, 'bob', 'correct horse battery');
		const carol = await createUser(db, 'carol', 'correct horse battery');
		for (let i = 0; i < 3; i++)
			expect(submissions.submitProposal(db, alice, '10.0.2.1', newEntryValues(), null).ok).toBe(
				true
			);
		for (let i = 0; i < 2; i++)
			expect(submissions.submitProposal(db, bob, '10.0.2.1', newEntryValues(), null).ok).toBe(true);
		// Five from this IP: bob is under his own limit of three, but the IP is at its limit.
		expect(submissions.submitProposal(db, bob, '10.0.2.1', newEntryValues(), null)).toEqual(
			refused
		);
		expect(submissions.submitProposal(db, carol, '10.0.2.1', newEntryValues(), null)).toEqual(
			refused
		);
		expect(proposals()).toBe(5);
		// A refusal by the IP limit does not use up the account's own allowance.
		expect(limits(`proposal:user:${bob.id}`)).toBe(2);
		expect(limits(`proposal:user:${carol.id}`)).toBe(0);
		expect(submissions.submitProposal(db, carol, '10.0.2.2', newEntryValues(), null).ok).toBe(true);
		expect(submissions.submitProposal(db, bob, '10.0.2.2', newEntryValues(), null).ok).toBe(true);
		expect(proposals()).toBe(7);
	});

	it('drives the default limits when no environment is set: 20 per account, 40 per IP an hour', async () => {
		delete process.env.RATE_LIMIT_PROPOSAL_USER;
		delete process.env.RATE_LIMIT_PROPOSAL_IP;
		const bob = await createUser(db, 'bob', 'correct horse battery');
		const carol = await createUser(db, 'carol', 'correct horse battery');
		for (let i = 0; i < 20; i++)
			expect(submissions.submitProposal(db, alice, '10.0.3.1', newEntryValues(), null).ok).toBe(
				true
			);
		expect(submissions.submitProposal(db, alice, '10.0.3.2', newEntryValues(), null)).toEqual(
			refused
		);
		for (let i = 0; i < 20; i++)
			expect(submissions.submitProposal(db, bob, '10.0.3.1', newEntryValues(), null).ok).toBe(true);
		expect(submissions.submitProposal(db, carol, '10.0.3.1', newEntryValues(), null)).toEqual(
			refused
		);
		expect(submissions.submitProposal(db, carol, '10.0.3.2', newEntryValues(), null).ok).toBe(true);
		expect(proposals()).toBe(41);
	});
});

describe('editing, conflicts and reverts', () => {
	it('bumps the version and records before/after; a second edit from the same base is a conflict', () => {
		const a = editValues('naengmyeon', (v) => (v.english = 'cold noodles (edited A)'));
		const b = editValues('naengmyeon', (v) => (v.description = 'Edited by B'));
		const target = { entryId: a.form.entryId, baseVersion: a.form.version };
		const pa = submissions.submitProposal(db, alice, 'ip', a.values, target);
		const pb = submissions.submitProposal(db, alice, 'ip', b.values, target);
		if (!pa.ok || !pb.ok) throw new Error('submit failed');

		expect(submissions.approveProposal(db, mod, pa.id)).toMatchObject({ ok: true, version: 2 });
		const conflict = submissions.approveProposal(db, mod2, pb.id);
		expect(conflict).toEqual({ ok: false, reason: 'conflict' });
		// Nothing of B was written; A's edit is intact.
		expect(entries.getEntry(db, 'naengmyeon')).toMatchObject({
			version: 2,
			english: 'cold noodles (edited A)'
		});
		const review = submissions.getProposalReview(db, pb.id)!;
		expect(review.state).toBe('pending');
		expect(review.conflict).not.toBeNull();
		expect(review.conflict!.theirs).toEqual([
			expect.objectContaining({ kind: 'field', field: 'english', after: 'cold noodles (edited A)' })
		]);
		expect(review.conflict!.ours).toEqual([
			expect.objectContaining({ kind: 'field', field: 'description', after: 'Edited by B' })
		]);
	});

	it('a conflicting approval inserts none of its new sources', () => {
		const count = () =>
			(db.$client.prepare('SELECT count(*) AS n FROM source').get() as { n: number }).n;
		const a = editValues('naengmyeon', (v) => (v.english = 'A'));
		const b = editValues('naengmyeon', (v) => {
			v.sources[v.sources.length - 1] = {
				id: '',
				citation: 'New book',
				url: '',
				publisher: '',
				year: ''
			};
			v.names[0]!.sources.push(String(v.sources.length));
		});
		const target = { entryId: a.form.entryId, baseVersion: a.form.version };
		const pa = submissions.submitProposal(db, alice, 'ip', a.values, target);
		const pb = submissions.submitProposal(db, alice, 'ip', b.values, target);
		if (!pa.ok || !pb.ok) throw new Error('submit failed');
		submissions.approveProposal(db, mod, pa.id);
		const before = count();
		expect(submissions.approveProposal(db, mod, pb.id)).toMatchObject({ reason: 'conflict' });
		expect(count()).toBe(before);
	});

	it('compares versions field by field and reverts as a new revision', () => {
		const { form, values } = editValues('naengmyeon', (v) => {
			v.english = 'changed gloss';
			v.names = v.names.filter((n) => n.hangul !== '찬국수');
		});
		const p = submissions.submitProposal(db, alice, 'ip', values, {
			entryId: form.entryId,
			baseVersion: form.version
		});
		if (!p.ok) throw new Error(JSON.stringify(p.issues));
		submissions.approveProposal(db, mod, p.id);
		const changes = revisions.compareVersions(db, form.entryId, 1, 2)!;
		expect(changes).toContainEqual(
			expect.objectContaining({ kind: 'field', field: 'english', after: 'changed gloss' })
		);
		expect(changes).toContainEqual(
			expect.objectContaining({ kind: 'name', hangul: '찬국수', after: null })
		);

		expect(revisions.revertEntry(db, mod, form.entryId, 1, 1)).toMatchObject({
			ok: false,
			reason: 'conflict'
		});
		expect(revisions.revertEntry(db, mod, form.entryId, 1, 2)).toMatchObject({
			ok: true,
			version: 3
		});
		const entry = entries.getEntry(db, 'naengmyeon')!;
		expect(entry.version).toBe(3);
		expect(entry.north.map((n) => n.hangul)).toContain('찬국수');
		expect(revisions.compareVersions(db, form.entryId, 1, 3)).toEqual([]);
		expect(listAudit(db).rows[0]).toMatchObject({
			action: 'revision.revert',
			target: 'entry:naengmyeon'
		});
	});

	it('an edit of the Korean gloss, why and a Korean name note is shown, written and reverted', () => {
		const { form, values } = editValues('naengmyeon', (v) => {
			v.glossKo = '차게 식힌 국물에 만 국수';
			v.whyKo = '북한은 冷을 단어 첫머리에서도 랭으로 적는다.';
			const name = v.names.find((n) => n.hangul === '찬국수')!;
			name.noteKo = '랭면과 나란히 사전에 오른 고유어이다';
		});
		const before = entries.getEntry(db, 'naengmyeon')!;
		const p = submissions.submitProposal(db, alice, 'ip', values, {
			entryId: form.entryId,
			baseVersion: form.version
		});
		if (!p.ok) throw new Error(JSON.stringify(p.issues));
		const changes = submissions.getProposalReview(db, p.id)!.changes;
		expect(changes).toContainEqual({
			kind: 'field',
			field: 'glossKo',
			before: before.glossKo,
			after: '차게 식힌 국물에 만 국수'
		});
		expect(changes).toContainEqual(
			expect.objectContaining({ kind: 'field', field: 'whyKo', before: before.why.ko })
		);
		expect(changes).toContainEqual(
			expect.objectContaining({
				kind: 'name',
				hangul: '찬국수',
				before: expect.objectContaining({ noteKo: '랭면과 나란히 오른 고유어 이름이다' }),
				after: expect.objectContaining({ noteKo: '랭면과 나란히 사전에 오른 고유어이다' })
			})
		);
		expect(changes.flatMap((c) => (c.kind === 'field' ? [c.field] : []))).not.toContain('whyEn');

		expect(submissions.approveProposal(db, mod, p.id)).toMatchObject({ ok: true, version: 2 });
		const after = entries.getEntry(db, 'naengmyeon')!;
		expect(after.glossKo).toBe('차게 식힌 국물에 만 국수');
		expect(after.why).toEqual({
			en: before.why.en,
			ko: '북한은 冷을 단어 첫머리에서도 랭으로 적는다.'
		});
		expect(after.north.find((n) => n.hangul === '찬국수')!.noteKo).toBe(
			'랭면과 나란히 사전에 오른 고유어이다'
		);
		expect(after.north.find((n) => n.hangul === '국수')!.noteKo).toBe(
			before.north.find((n) => n.hangul === '국수')!.noteKo
		);
		// The history shows it, and a revert brings the Korean texts back with everything else.
		expect(revisions.compareVersions(db, form.entryId, 1, 2)).toEqual(changes);
		expect(revisions.revertEntry(db, mod, form.entryId, 1, 2)).toMatchObject({ ok: true });
		const reverted = entries.getEntry(db, 'naengmyeon')!;
		expect(reverted.glossKo).toBe(before.glossKo);
		expect(reverted.why).toEqual(before.why);
		expect(reverted.north.find((n) => n.hangul === '찬국수')!.noteKo).toBe(
			'랭면과 나란히 오른 고유어 이름이다'
		);
		// The edit form is filled from the entry.
		const again = submissions.editFormFor(db, 'naengmyeon')!.values;
		expect(again).toMatchObject({
			glossKo: before.glossKo,
			whyEn: before.why.en,
			whyKo: before.why.ko
		});
		expect(again.names.find((n) => n.hangul === '찬국수')!.noteKo).toBe(
			'랭면과 나란히 오른 고유어 이름이다'
		);
	});

	it('a moderator can send a proposal back; the contributor revises the same proposal', () => {
		const { form, values } = editValues('naengmyeon', (v) => (v.english = 'first try'));
		const target = { entryId: form.entryId, baseVersion: form.version };
		const p = submissions.submitProposal(db, alice, 'ip', values, target);
		if (!p.ok) throw new Error('submit failed');
		expect(submissions.requestChanges(db, mod, p.id, 'Please cite a dictionary')).toMatchObject({
			ok: true
		});
		expect(submissions.approveProposal(db, mod, p.id)).toMatchObject({ reason: 'not-pending' });
		expect(submissions.userProposals(db, alice.id)[0]).toMatchObject({
			state: 'changes-requested',
			message: 'Please cite a dictionary'
		});
		values.english = 'second try';
		expect(submissions.submitProposal(db, alice, 'ip', values, target, p.id)).toEqual({
			ok: true,
			id: p.id
		});
		expect(submissions.getProposalReview(db, p.id)).toMatchObject({
			state: 'pending',
			english: 'second try'
		});
		expect(submissions.rejectProposal(db, mod, p.id, 'Not a food word')).toMatchObject({
			ok: true
		});
		expect(submissions.userProposals(db, alice.id)[0]).toMatchObject({
			state: 'rejected',
			message: 'Not a food word'
		});
		// Someone else's proposal cannot be revised.
		expect(submissions.submitProposal(db, mod, 'ip', values, target, p.id)).toMatchObject({
			ok: false
		});
	});

	it('announces a moderator’s answers on /account once: each answer since the last visit', () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		try {
			const at = (minute: number) => vi.setSystemTime(new Date(Date.UTC(2026, 0, 1, 9, minute)));
			at(0);
			const { form, values } = editValues('naengmyeon', (v) => (v.english = 'first try'));
			const target = { entryId: form.entryId, baseVersion: form.version };
			const p = submissions.submitProposal(db, alice, 'ip', values, target);
			const q = submissions.submitProposal(db, alice, 'ip', newEntryValues(), null);
			if (!p.ok || !q.ok) throw new Error('submit failed');
			// Nothing answered yet: nothing to announce, even on the first visit.
			expect(submissions.takeNewAnswers(db, alice.id)).toEqual([]);
			at(1);
			submissions.requestChanges(db, mod, p.id, 'Please cite a dictionary');
			at(2);
			expect(submissions.takeNewAnswers(db, alice.id)).toEqual([p.id]);
			// Seen: the next visit announces nothing, nor a proposal waiting again after a revision.
			expect(submissions.takeNewAnswers(db, alice.id)).toEqual([]);
			at(3);
			values.english = 'second try';
			submissions.submitProposal(db, alice, 'ip', values, target, p.id);
			expect(submissions.takeNewAnswers(db, alice.id)).toEqual([]);
			at(4);
			submissions.rejectProposal(db, mod, p.id, 'Not a food word');
			submissions.rejectProposal(db, mod2, q.id, 'Duplicate');
			// Someone else's visit marks nothing of alice's as seen.
			expect(submissions.takeNewAnswers(db, mod.id)).toEqual([]);
			at(5);
			expect(submissions.takeNewAnswers(db, alice.id)).toEqual([p.id, q.id]);
		} finally {
			vi.useRealTimers();
		}
	});

	it('finds entries that already use a name', () => {
		expect(submissions.entriesWithName(db, '랭면').map((e) => e.slug)).toContain('naengmyeon');
		expect(submissions.entriesWithName(db, '없는이름')).toEqual([]);
	});
});

describe('issue 12: moderation integrity', () => {
	const bob = () => createUser(db, 'bob', 'correct horse battery');

	it('a revision resubmitted unchanged does not revert an edit approved in between (lost update)', async () => {
		const b = await bob();
		const { form, values } = editValues('naengmyeon', (v) => (v.english = 'alice gloss'));
		const target = { entryId: form.entryId, baseVersion: form.version };
		const p = submissions.submitProposal(db, alice, 'ip', values, target);
		if (!p.ok) throw new Error('submit failed');
		submissions.requestChanges(db, mod, p.id, 'Please cite a dictionary');
		// Meanwhile bob's description is approved.
		const other = editValues('naengmyeon', (v) => (v.description = 'bob description'));
		const q = submissions.submitProposal(db, b, 'ip', other.values, target);
		if (!q.ok) throw new Error('submit failed');
		expect(submissions.approveProposal(db, mod, q.id)).toMatchObject({ ok: true });
		const moved = revisions.entryIdBySlug(db, 'naengmyeon')!.version;

		// The stale whole text, posted claiming the current version, keeps bob's edit.
		const stale = submissions.submitProposal(
			db,
			alice,
			'ip',
			values,
			{
				entryId: form.entryId,
				baseVersion: moved
			},
			p.id
		);
		expect(stale).toEqual({ ok: true, id: p.id });
		expect(submissions.getProposalReview(db, p.id)).toMatchObject({
			baseVersion: moved,
			conflict: null
		});
		expect(submissions.approveProposal(db, mod2, p.id)).toMatchObject({ ok: true });
		const entry = entries.getEntry(db, 'naengmyeon')!;
		expect(entry.english).toBe('alice gloss');
		expect(entry.description).toBe('bob description');
	});

	it('the revise form starts from the current entry with the contributor’s own change on top', async () => {
		const b = await bob();
		const { form, values } = editValues('naengmyeon', (v) => (v.english = 'alice gloss'));
		const target = { entryId: form.entryId, baseVersion: form.version };
		const p = submissions.submitProposal(db, alice, 'ip', values, target);
		if (!p.ok) throw new Error('submit failed');
		submissions.requestChanges(db, mod, p.id, 'Please cite a dictionary');
		const other = editValues('naengmyeon', (v) => (v.description = 'bob description'));
		const q = submissions.submitProposal(db, b, 'ip', other.values, target);
		if (!q.ok) throw new Error('submit failed');
		submissions.approveProposal(db, mod, q.id);
		const revise = submissions.reviseFormFor(db, alice.id, p.id, form.entryId)!;
		expect(revise).toMatchObject({ baseVersion: form.version + 1, conflict: null });
		expect(revise.values).toMatchObject({ english: 'alice gloss', description: 'bob description' });
		// Not someone else's proposal.
		expect(submissions.reviseFormFor(db, b.id, p.id, form.entryId)).toBeNull();
	});

	it('a revision both sides changed is shown as a conflict before it is stored', async () => {
		const b = await bob();
		const { form, values } = editValues('naengmyeon', (v) => (v.english = 'alice gloss'));
		const target = { entryId: form.entryId, baseVersion: form.version };
		const p = submissions.submitProposal(db, alice, 'ip', values, target);
		if (!p.ok) throw new Error('submit failed');
		submissions.requestChanges(db, mod, p.id, 'Check the gloss');
		const other = editValues('naengmyeon', (v) => (v.english = 'bob gloss'));
		const q = submissions.submitProposal(db, b, 'ip', other.values, target);
		if (!q.ok) throw new Error('submit failed');
		submissions.approveProposal(db, mod, q.id);
		const moved = revisions.entryIdBySlug(db, 'naengmyeon')!.version;

		const revise = submissions.reviseFormFor(db, alice.id, p.id, form.entryId)!;
		expect(revise.conflict).toMatchObject({ parts: ['english'], currentVersion: moved });
		// Sent from a form filled from the old version: refused, the form comes back rebased.
		const refused = submissions.submitProposal(db, alice, 'ip', values, target, p.id);
		expect(refused).toMatchObject({
			ok: false,
			status: 409,
			issues: { '': 'mod_rebase_conflict' },
			rebased: { baseVersion: moved, conflict: { parts: ['english'] } }
		});
		expect(submissions.getProposalReview(db, p.id)!.state).toBe('changes-requested');
		// Sent from the form that showed the conflict: alice's gloss is her decision.
		const sent = submissions.submitProposal(
			db,
			alice,
			'ip',
			revise.values,
			{ entryId: form.entryId, baseVersion: revise.baseVersion },
			p.id
		);
		expect(sent).toEqual({ ok: true, id: p.id });
		expect(submissions.getProposalReview(db, p.id)).toMatchObject({
			baseVersion: moved,
			english: 'alice gloss',
			conflict: null
		});
	});

	it('rebases the two why sentences one by one: changes to each side of them both survive', async () => {
		const b = await bob();
		const { form, values } = editValues('naengmyeon', (v) => (v.whyEn = 'Alice: 冷 keeps its ㄹ.'));
		const target = { entryId: form.entryId, baseVersion: form.version };
		const p = submissions.submitProposal(db, alice, 'ip', values, target);
		if (!p.ok) throw new Error('submit failed');
		submissions.requestChanges(db, mod, p.id, 'Say more');
		const other = editValues('naengmyeon', (v) => (v.whyKo = '밥이 고친 까닭 문장이다.'));
		const q = submissions.submitProposal(db, b, 'ip', other.values, target);
		if (!q.ok) throw new Error('submit failed');
		submissions.approveProposal(db, mod, q.id);
		const revise = submissions.reviseFormFor(db, alice.id, p.id, form.entryId)!;
		expect(revise.conflict).toBeNull();
		expect(revise.values).toMatchObject({
			whyEn: 'Alice: 冷 keeps its ㄹ.',
			whyKo: '밥이 고친 까닭 문장이다.'
		});
	});

	it('a new edit from an old form is rebased; its base is never the posted number', async () => {
		const b = await bob();
		const { form, values } = editValues('naengmyeon', (v) => (v.english = 'alice gloss'));
		const other = editValues('naengmyeon', (v) => (v.description = 'bob description'));
		const q = submissions.submitProposal(db, b, 'ip', other.values, {
			entryId: form.entryId,
			baseVersion: form.version
		});
		if (!q.ok) throw new Error('submit failed');
		submissions.approveProposal(db, mod, q.id);
		const moved = revisions.entryIdBySlug(db, 'naengmyeon')!.version;
		for (const posted of [form.version, 999, -1]) {
			const r = submissions.submitProposal(db, alice, 'ip', values, {
				entryId: form.entryId,
				baseVersion: posted
			});
			if (!r.ok) throw new Error(`submit failed for ${posted}`);
			const review = submissions.getProposalReview(db, r.id)!;
			expect(review.baseVersion).toBe(moved);
			// The real old form keeps bob's text; a number no form carries counts as the current one.
			if (posted === form.version) expect(review.payload.description).toBe('bob description');
			submissions.rejectProposal(db, mod, r.id, 'test');
		}
	});

	it('approving a proposal revised after the moderator opened it is refused', () => {
		const { form, values } = editValues('naengmyeon', (v) => (v.english = 'first text'));
		const target = { entryId: form.entryId, baseVersion: form.version };
		const p = submissions.submitProposal(db, alice, 'ip', values, target);
		if (!p.ok) throw new Error('submit failed');
		const seen = submissions.getProposalReview(db, p.id)!.revision;
		submissions.requestChanges(db, mod2, p.id, 'Please shorten');
		values.english = 'replaced text';
		expect(submissions.submitProposal(db, alice, 'ip', values, target, p.id)).toMatchObject({
			ok: true
		});
		expect(submissions.approveProposal(db, mod, p.id, seen)).toEqual({
			ok: false,
			reason: 'changed'
		});
		expect(entries.getEntry(db, 'naengmyeon')!.english).not.toBe('replaced text');
		expect(submissions.approveProposal(db, mod, p.id, '')).toMatchObject({ reason: 'changed' });
		const now = submissions.getProposalReview(db, p.id)!.revision;
		expect(now).not.toBe(seen);
		expect(submissions.approveProposal(db, mod, p.id, now)).toMatchObject({ ok: true });
		expect(entries.getEntry(db, 'naengmyeon')!.english).toBe('replaced text');
	});

	it('a moderator cannot approve their own proposal unless self-approval is on; the log says so', () => {
		const { form, values } = editValues('naengmyeon', (v) => (v.english = 'mod own gloss'));
		const p = submissions.submitProposal(db, mod, 'ip', values, {
			entryId: form.entryId,
			baseVersion: form.version
		});
		if (!p.ok) throw new Error('submit failed');
		const seen = submissions.getProposalReview(db, p.id)!.revision;
		expect(submissions.approveProposal(db, mod, p.id, seen)).toEqual({
			ok: false,
			reason: 'own-proposal'
		});
		expect(entries.getEntry(db, 'naengmyeon')!.english).not.toBe('mod own gloss');
		expect(listAudit(db).rows[0]).toMatchObject({
			action: 'proposal.approve-own-refused',
			actorName: 'mod',
			target: `proposal:${p.id}`
		});
		process.env.ALLOW_SELF_APPROVAL = '1';
		try {
			expect(submissions.approveProposal(db, mod, p.id, seen)).toMatchObject({ ok: true });
		} finally {
			delete process.env.ALLOW_SELF_APPROVAL;
		}
		expect(listAudit(db).rows[0]).toMatchObject({ action: 'proposal.approve', actorName: 'mod' });
		expect(listAudit(db).rows[0]!.detail).toMatch(/self-approved/);
	});

	it('refuses an edit that changes nothing', () => {
		const { form, values } = editValues('naengmyeon', () => {});
		const r = submissions.submitProposal(db, alice, 'ip', values, {
			entryId: form.entryId,
			baseVersion: form.version
		});
		expect(r).toEqual({ ok: false, status: 400, issues: { '': 'mod_no_change' } });
		expect(submissions.userProposals(db, alice.id)).toEqual([]);
	});
});

describe('issue 12: no-op reverts', () => {
	it('refuses a revert to the version the entry is at, writing no revision', () => {
		const { id, version } = revisions.entryIdBySlug(db, 'naengmyeon')!;
		const before = revisions.listRevisions(db, id).length;
		expect(revisions.revertEntry(db, mod, id, version, version)).toEqual({
			ok: false,
			reason: 'no-change'
		});
		expect(revisions.listRevisions(db, id)).toHaveLength(before);
	});
});

describe('a new entry proposed in Korean only', () => {
	it('waits for the moderator to add the English and the kind of difference, then publishes them', () => {
		const v = newEntryValues();
		v.english = '';
		v.whyEn = '';
		v.difference = '';
		v.confidence = '';
		const r = submissions.submitProposal(db, alice, '10.0.0.1', v, null);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(submissions.approveProposal(db, mod, r.id)).toMatchObject({
			ok: false,
			reason: 'unsettled',
			issues: { 'settle.english': 'required', 'settle.difference': 'choose_one' }
		});
		expect(entries.findEntriesContaining(db, '시험만두국', 5)).toEqual([]);
		const approved = submissions.approveProposal(db, mod, r.id, undefined, {
			english: 'test dumpling soup',
			whyEn: 'A test entry.',
			difference: 'native-coinage'
		});
		expect(approved).toMatchObject({ ok: true, version: 1 });
		if (!approved.ok) return;
		const entry = db.$client
			.prepare('SELECT english, gloss_ko, why_en, difference, confidence FROM entry WHERE slug = ?')
			.get(approved.slug);
		expect(entry).toEqual({
			english: 'test dumpling soup',
			gloss_ko: '시험 만둣국',
			why_en: 'A test entry.',
			difference: 'native-coinage',
			confidence: 'low'
		});
	});
});
