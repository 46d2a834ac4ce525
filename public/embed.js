/*! Cổng thông tin OCOP: embeddable gallery loader. See EMBEDDING.md.
 *
 * Include:        <script src="https://PORTAL/embed.js" async></script>
 * Mark places:    <div data-ocop-gallery data-stars="4,5" data-commune="bat-trang"
 *                      data-limit="8"><a href="https://PORTAL/san-pham">…</a></div>
 *
 * Each marked element gets an <iframe> of PORTAL/embed/san-pham with its
 * options; the frame reports its content height and the loader resizes it,
 * accepting only messages from that frame's window on the portal's origin.
 * Including the file more than once (one <script> per pasted snippet) is
 * fine. No dependencies, no eval, one global: window.OcopGallery.
 */
(function () {
  'use strict';
  if (window.OcopGallery) { window.OcopGallery.scan(); return; }

  var script = document.currentScript;
  // The portal is wherever this file was served from (sub-paths included).
  var base = new URL('.', script ? script.src : location.href);
  var portalOrigin = base.origin;
  var OPTIONS = ['commune', 'stars', 'group', 'kind', 'q', 'sort', 'valid', 'theme', 'limit', 'filters'];
  var MIN_HEIGHT = 160;
  var MAX_HEIGHT = 12000;
  var DEFAULT_HEIGHT = 600;
  // The frame's accessible name when the host gives none (data-title).
  // Generic on purpose: this file is the same for every district's portal.
  var TITLE = 'Sản phẩm OCOP';
  var HIDDEN = 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;';
  var frames = {};
  var count = 0;

  function clamp(height) {
    return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
  }

  function embedUrl(el, id) {
    var url = new URL('embed/san-pham', base);
    OPTIONS.forEach(function (key) {
      var value = el.getAttribute('data-' + key);
      if (value !== null && value.trim() !== '') url.searchParams.set(key, value.trim());
    });
    url.searchParams.set('id', id);
    return url.toString();
  }

  function mount(el) {
    if (el.getAttribute('data-ocop-mounted')) return;
    el.setAttribute('data-ocop-mounted', '1');
    count += 1;
    var id = 'ocop-gallery-' + count;
    var iframe = document.createElement('iframe');
    // Before src, so the browser never starts an eager load.
    iframe.setAttribute('loading', 'lazy');
    iframe.title = (el.getAttribute('data-title') || '').trim() || TITLE;
    // The frame is as tall as its content, so it needs no scrollbar; one
    // appearing mid-resize would narrow the content and change its height.
    iframe.setAttribute('scrolling', 'no');
    var initial = parseInt(el.getAttribute('data-height'), 10);
    iframe.style.cssText = 'display:block;width:100%;border:0;min-height:' + MIN_HEIGHT + 'px;height:' +
      clamp(isFinite(initial) ? initial : DEFAULT_HEIGHT) + 'px;';
    iframe.src = embedUrl(el, id);
    // Keep the host's fallback link for readers whose browser shows no
    // frame: out of sight next to the frame, but shown when it has focus,
    // so a keyboard user never tabs onto something invisible.
    var fallback = el.querySelector('a');
    if (fallback) {
      fallback.style.cssText = HIDDEN;
      fallback.addEventListener('focus', function () { fallback.style.cssText = 'display:inline-block;margin:4px 0;'; });
      fallback.addEventListener('blur', function () { fallback.style.cssText = HIDDEN; });
    }
    el.appendChild(iframe);
    frames[id] = iframe;
  }

  function onMessage(event) {
    if (event.origin !== portalOrigin) return;
    var data = event.data;
    if (!data || data.type !== 'ocop-gallery:resize' || typeof data.id !== 'string') return;
    if (!Object.prototype.hasOwnProperty.call(frames, data.id)) return;
    var iframe = frames[data.id];
    // Only the frame we made may resize itself.
    if (event.source !== iframe.contentWindow) return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 0) return;
    var clamped = clamp(height);
    // Taller than the cap (48 cards on a phone): let the reader scroll the
    // rest inside the frame rather than cut it off.
    iframe.setAttribute('scrolling', height > MAX_HEIGHT ? 'auto' : 'no');
    iframe.style.height = clamped + 'px';
  }

  function scan(root) {
    var list = (root || document).querySelectorAll('[data-ocop-gallery]');
    for (var i = 0; i < list.length; i += 1) mount(list[i]);
  }

  window.addEventListener('message', onMessage);
  window.OcopGallery = { scan: scan };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { scan(); });
  } else {
    scan();
  }
})();
