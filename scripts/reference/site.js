// The reference pages' shared interactivity, in plain JavaScript: the menu
// button on phones, the article's text size (kept in localStorage, as the
// app keeps it), copying an article's link and printing it, the product
// page's pictures (buttons, arrow keys, swipes), the sale points' commune
// filter and the QR label's size choice. Each part runs only where its
// markup is.
const $ = (s, r = document) => r.querySelector(s);
const $$ = (s, r = document) => [...r.querySelectorAll(s)];

const menu = $('.menu-button');
const nav = $('#site-nav');
if (menu && nav) {
  menu.addEventListener('click', () => {
    const open = nav.classList.toggle('site-nav--open');
    menu.setAttribute('aria-expanded', String(open));
  });
  nav.addEventListener('click', () => { nav.classList.remove('site-nav--open'); menu.setAttribute('aria-expanded', 'false'); });
}

const article = $('.article[data-text-scale]');
if (article) {
  const KEY = 'ocop.text-scale';
  const [down, up] = $$('.text-size button', article);
  const set = (n) => {
    const scale = Math.min(160, Math.max(85, n));
    article.dataset.textScale = String(scale);
    down.disabled = scale <= 85;
    up.disabled = scale >= 160;
    return scale;
  };
  let scale = set(Number(localStorage.getItem(KEY)) || 100);
  down.addEventListener('click', () => { scale = set(scale - 15); localStorage.setItem(KEY, scale); });
  up.addEventListener('click', () => { scale = set(scale + 15); localStorage.setItem(KEY, scale); });
  const share = $('.share');
  if (share) {
    const [copy, print] = $$('button', share);
    const status = $('.share__status', share);
    copy.addEventListener('click', () => navigator.clipboard.writeText(share.dataset.url).then(
      () => { status.textContent = 'Đã sao chép liên kết.'; },
      () => { status.textContent = 'Không sao chép được, hãy chép từ thanh địa chỉ.'; },
    ));
    print.addEventListener('click', () => window.print());
  }
}

const gallery = $('.image-gallery[data-images]');
if (gallery) {
  const images = JSON.parse(gallery.dataset.images);
  const main = $('.image-gallery__main', gallery);
  const img = $('img', main);
  const caption = $('figcaption', main);
  const counter = $('.image-gallery__controls span', gallery);
  const thumbs = $$('.image-gallery__thumb', gallery);
  let current = 0;
  const show = (i) => {
    current = (i + images.length) % images.length;
    [img.src, img.alt] = images[current];
    caption.textContent = images[current][1];
    if (counter) counter.textContent = `${current + 1}/${images.length}`;
    thumbs.forEach((t, n) => (n === current ? t.setAttribute('aria-current', 'true') : t.removeAttribute('aria-current')));
  };
  thumbs.forEach((t, n) => t.addEventListener('click', () => show(n)));
  const [prev, next] = $$('.image-gallery__controls button', gallery);
  prev?.addEventListener('click', () => show(current - 1));
  next?.addEventListener('click', () => show(current + 1));
  main.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowRight') { ev.preventDefault(); show(current + 1); }
    if (ev.key === 'ArrowLeft') { ev.preventDefault(); show(current - 1); }
  });
  let start = null;
  main.addEventListener('touchstart', (ev) => { start = ev.changedTouches[0]?.clientX ?? null; }, { passive: true });
  main.addEventListener('touchend', (ev) => {
    const end = ev.changedTouches[0]?.clientX;
    if (start !== null && end !== undefined && Math.abs(end - start) > 40) show(current + (end < start ? 1 : -1));
  });
}

const points = $('.points');
if (points) {
  const cards = $$('.point-list > li', points);
  const count = $('.result-count', points);
  points.addEventListener('change', () => {
    const chosen = $$('.points__filter input:checked', points).map((i) => i.value);
    let shown = 0;
    for (const li of cards) {
      const on = !chosen.length || chosen.includes(li.dataset.commune);
      li.hidden = !on;
      shown += on;
    }
    count.textContent = `${shown} điểm`;
    history.replaceState(null, '', chosen.length ? `?commune=${chosen.join(',')}` : location.pathname);
  });
}

const sheet = $('.label-sheet');
if (sheet) {
  const one = sheet.innerHTML;
  for (const radio of $$('input[name="label-size"]')) {
    radio.addEventListener('change', () => {
      sheet.dataset.size = radio.value;
      sheet.innerHTML = radio.value === 'a4' ? one.repeat(15) : one;
    });
  }
  $('.label-page__controls .button[type="button"]')?.addEventListener('click', () => window.print());
}
