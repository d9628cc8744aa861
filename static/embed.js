/* Linimasa embeds: sizes each iframe of a Linimasa /embed/ page to its content. No dependencies.
   The embed posts {type:'linimasa:height',height,href}; the iframe whose window sent it gets that
   height (at most its data-max-height). A ping on load asks embeds that spoke early to repeat. */
(function (w, d) {
	if (w.linimasaEmbed) return;
	w.linimasaEmbed = 1;
	function frames() {
		return d.getElementsByTagName('iframe');
	}
	function origin(f) {
		try {
			return new URL(f.src, location.href).origin;
		} catch (e) {
			return '';
		}
	}
	w.addEventListener('message', function (e) {
		var m = e.data, f = frames(), i, h, max;
		if (!m || m.type !== 'linimasa:height' || typeof m.height !== 'number') return;
		for (i = 0; i < f.length; i++) {
			if (f[i].contentWindow !== e.source || origin(f[i]) !== e.origin) continue;
			h = Math.max(0, Math.min(Math.ceil(m.height), 20000));
			max = +f[i].getAttribute('data-max-height');
			if (max > 0 && h > max) h = max;
			f[i].style.height = h + 'px';
		}
	});
	function ping() {
		var f = frames(), i;
		for (i = 0; i < f.length; i++) {
			if (/\/embed\//.test(f[i].src) && f[i].contentWindow) f[i].contentWindow.postMessage({ type: 'linimasa:ping' }, '*');
		}
	}
	ping();
	if (d.readyState == 'loading') d.addEventListener('DOMContentLoaded', ping);
})(window, document);
