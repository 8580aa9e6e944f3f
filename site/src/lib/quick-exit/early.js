// The quick exit, inlined at the top of every page (hooks.server.ts) and allowed by its hash in
// the Content-Security-Policy (svelte.config.js), so that Esc, Shift three times and the exit
// links work from the first byte: before the app's scripts load, and without them.
(function (/** @type {DOMStringMap} */ config) {
	var SHIFT_PRESSES = 3;
	var SHIFT_WINDOW_MS = 5000;
	var exitUrl = config.exitUrl || 'about:blank';
	var leaving = false;
	var shifts = 0;
	var otherKeyWithShift = false;
	/** @type {ReturnType<typeof setTimeout> | undefined} */
	var timer;

	// SvelteKit keeps scroll positions and snapshots in sessionStorage; nothing about a visit may
	// stay on the device, so that storage is an object that lives and dies with this page.
	try {
		Object.defineProperty(window, 'sessionStorage', { value: {}, configurable: true });
	} catch {
		// A browser that refuses keeps its own storage; SvelteKit then writes its scroll memory there.
	}

	/** @param {string | undefined} message */
	function announce(message) {
		var status = document.getElementById('exit-status');
		if (status) status.textContent = message || '';
	}

	// Hidden from eyes, screen readers and the keyboard; the app's own markup stays as it is.
	function hidePage() {
		var app = document.getElementById('app');
		if (app) app.hidden = true;
	}

	// Hides the page first (the next site may be slow), then takes this page's place in the history.
	/** @param {Event} [event] */
	function leave(event) {
		if (event) event.preventDefault();
		leaving = true;
		hidePage();
		var overlay = document.createElement('div');
		overlay.className = 'exit-overlay';
		overlay.setAttribute('role', 'alert');
		overlay.textContent = config.leaving || '';
		document.body.appendChild(overlay);
		location.replace(exitUrl);
	}

	/** @param {boolean} expired */
	function resetShifts(expired) {
		if (expired && shifts > 0) announce(config.shiftExpired);
		shifts = 0;
		clearTimeout(timer);
	}

	document.addEventListener(
		'keydown',
		function (event) {
			if (event.isComposing) return;
			if (event.key === 'Escape') return leave(event);
			if (event.key === 'Shift') {
				otherKeyWithShift = false;
				return;
			}
			otherKeyWithShift = true;
			if (shifts > 0) resetShifts(false);
		},
		true
	);

	// Shift on its own, three times, each within five seconds of the last; Shift+letter never counts.
	document.addEventListener(
		'keyup',
		function (event) {
			if (event.key !== 'Shift') return;
			if (otherKeyWithShift) return resetShifts(false);
			shifts += 1;
			clearTimeout(timer);
			if (shifts >= SHIFT_PRESSES) return leave();
			announce(shifts === 1 ? config.shiftTwoMore : config.shiftOneMore);
			timer = setTimeout(function () {
				resetShifts(true);
			}, SHIFT_WINDOW_MS);
		},
		true
	);

	document.addEventListener(
		'click',
		function (event) {
			var target = event.target;
			if (target instanceof Element && target.closest('[data-quick-exit]')) leave(event);
		},
		true
	);

	// A page leaving this document for good may be kept in the back/forward cache: hide it, so
	// that Back never shows what it held (a story typed, results) even for a moment.
	window.addEventListener('pagehide', function (event) {
		if (event.persisted) hidePage();
	});

	// Back to a page from the cache: after an exit, leave again; otherwise load it afresh, so a
	// search held in its memory is gone.
	window.addEventListener('pageshow', function (event) {
		if (!event.persisted) return;
		if (leaving) location.replace(exitUrl);
		else location.reload();
	});
})(/** @type {HTMLScriptElement} */ (document.currentScript).dataset);
