// Listen and share on the entry page, which is served without the Svelte client (see
// src/routes/entries/[slug]/+page.server.ts). The same behaviour as ListenButton.svelte and
// ShareButton.svelte, which render the data attributes read here; plain script, a few hundred
// bytes compressed, allowed by the CSP's script-src 'self'.
(function () {
	'use strict';

	// Listen: a button per name. Once the browser has said which voices it has, each button speaks
	// the phonetic Hangul with a Korean voice, a Northern name with a ko-KP voice where one exists;
	// a Northern name read by a Southern voice says so, and without any Korean voice the button
	// stays, disabled, with a note saying why (ListenButton.svelte renders the texts).
	var buttons = document.querySelectorAll('button.listen[data-speak]');
	var synth = 'speechSynthesis' in window ? window.speechSynthesis : null;
	if (buttons.length) {
		var voices = { south: null, north: null };
		var tag = function (v) {
			return String(v.lang || '')
				.toLowerCase()
				.replace('_', '-');
		};
		var voiceFor = function (b) {
			return b.dataset.speakLang === 'ko-KP'
				? voices.north || voices.south
				: voices.south || voices.north;
		};
		var show = function () {
			buttons.forEach(function (b) {
				var voice = voiceFor(b);
				var note = b.parentElement && b.parentElement.querySelector('.listen-note');
				b.hidden = false;
				b.disabled = !voice;
				var text = !voice
					? b.dataset.noVoice
					: b.dataset.southVoice && tag(voice) !== 'ko-kp'
						? b.dataset.southVoice
						: '';
				if (note) note.textContent = text || '';
			});
		};
		var pick = function () {
			var all = synth ? synth.getVoices() : [];
			voices.north = null;
			voices.south = null;
			all.forEach(function (v) {
				var t = tag(v);
				if (t === 'ko-kp') voices.north = voices.north || v;
				else if (t === 'ko' || t.indexOf('ko-') === 0) voices.south = voices.south || v;
			});
			return all.length > 0;
		};
		// Chromium lists its voices only after a while (voiceschanged); an empty list that stays
		// empty means there are none.
		if (pick() || !synth) show();
		else
			setTimeout(function () {
				pick();
				show();
			}, 1500);
		if (synth)
			synth.addEventListener('voiceschanged', function () {
				pick();
				show();
			});
		buttons.forEach(function (b) {
			b.addEventListener('click', function () {
				var voice = voiceFor(b);
				if (!voice) return;
				var utterance = new SpeechSynthesisUtterance(b.dataset.speak);
				utterance.lang = voice.lang || b.dataset.speakLang;
				utterance.voice = voice;
				utterance.rate = 0.85;
				synth.cancel();
				synth.speak(utterance);
			});
		});
	}

	// Share: the system share sheet where there is one, else a button that copies the address;
	// without either (or without this script) the plain link stays.
	document.querySelectorAll('.share[data-share-url]').forEach(function (box) {
		var d = box.dataset;
		var mode =
			typeof navigator.share === 'function' ? 'share' : navigator.clipboard ? 'copy' : null;
		var link = box.querySelector('a');
		var status = box.querySelector('[role="status"]');
		if (!mode || !link) return;
		var button = document.createElement('button');
		button.type = 'button';
		button.textContent = mode === 'share' ? d.labelShare : d.labelCopy;
		button.addEventListener('click', function () {
			status.textContent = '';
			if (mode === 'share') {
				navigator
					.share({ url: d.shareUrl, title: d.shareTitle, text: d.shareText })
					.catch(function () {
						// The reader closed the share sheet: nothing to report.
					});
				return;
			}
			navigator.clipboard.writeText(d.shareUrl).then(
				function () {
					status.textContent = d.copied;
				},
				function () {
					status.textContent = d.copyFailed;
				}
			);
		});
		link.replaceWith(button);
	});
})();
