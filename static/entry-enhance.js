// Listen and share on the entry page, which is served without the Svelte client (see
// src/routes/entries/[slug]/+page.server.ts). The same behaviour as ListenButton.svelte and
// ShareButton.svelte, which render the data attributes read here; plain script, a few hundred
// bytes compressed, allowed by the CSP's script-src 'self'.
(function () {
	'use strict';

	// Listen: a button per name, shown once a Korean voice exists; it speaks the phonetic Hangul.
	var buttons = document.querySelectorAll('button.listen[data-speak]');
	if (buttons.length && 'speechSynthesis' in window) {
		var synth = window.speechSynthesis;
		var voice = null;
		var pick = function () {
			voice =
				synth.getVoices().find(function (v) {
					return v.lang.toLowerCase().replace('_', '-').indexOf('ko') === 0;
				}) || null;
			buttons.forEach(function (b) {
				b.hidden = !voice;
			});
		};
		pick();
		synth.addEventListener('voiceschanged', pick);
		buttons.forEach(function (b) {
			b.addEventListener('click', function () {
				var utterance = new SpeechSynthesisUtterance(b.dataset.speak);
				utterance.lang = (voice && voice.lang) || b.dataset.speakLang;
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
