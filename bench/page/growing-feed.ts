/**
 * A For You page whose feed grows while the bench watches, built in code so the
 * feed's size and pace are parameters. The structure is TikTok's 2025-2026 one,
 * as in tests/fixtures/stress/tiktok-long-feed.html.
 */

export interface FeedShape {
  /** Posts appended in all, not counting the warm-up post. */
  total: number;
  perBatch: number;
  batchIntervalMs: number;
}

/** What the page's own script records, read back with `window.__feed`. */
export interface FeedRecord {
  startedAt: number;
  finishedAt: number;
  done: boolean;
  /** performance.now() when post i was appended. */
  inserted: number[];
  /** performance.now() when post i first carried data-saring-state; null if it never did. */
  marked: (number | null)[];
  /** performance.now() when post i was first on screen; null if it never was. */
  seen: (number | null)[];
  /** performance.now() when post i got its Saring badge; null if it never did. */
  badged: (number | null)[];
  longTasks: { start: number; duration: number }[];
}

// Four in ten posts are about the election, roughly a feed in campaign season.
const CAPTIONS: { text: string; tags: string[] }[] = [
  { text: 'Ayo coblos nomor urut 2, satu putaran! Kumpul di lapangan hari Minggu', tags: ['pilkada2024', 'coblos'] },
  { text: 'Resep sambal matah khas Bali, pedasnya nampol 🌶️', tags: ['resep', 'kuliner'] },
  { text: 'Cover lagu Tulus - Hati-Hati di Jalan, pakai gitar akustik', tags: ['musik', 'cover'] },
  { text: 'Donasi untuk tim kampanye paslon 1 lewat QRIS, setiap rupiah berarti', tags: ['relawan', 'pilkada2024'] },
  { text: 'Kucing oren lagi-lagi bikin ulah di dapur 😹', tags: ['kucing', 'fyp'] },
  { text: 'Jangan lupa pilih calon gubernur pilihan rakyat tanggal 27 November', tags: ['pilkada'] },
  { text: 'Review bakso pinggir jalan paling enak di Bandung', tags: ['kuliner', 'bandung'] },
  { text: 'Tutorial makeup natural buat ke kantor, cuma 5 menit', tags: ['makeup', 'fyp'] },
  { text: 'Relawan paslon 3 butuh dukungan dana, transfer ke rekening BCA 1234567890', tags: ['relawan'] },
  { text: 'Latihan dance challenge terbaru bareng teman kampus', tags: ['dance', 'fyp'] },
];
const SPONSORED_EVERY = 9;

/** Runs in the page, so it is plain ES5-ish script text rather than bundled code. */
function feedScript(shape: FeedShape): string {
  return `
  var shape = ${JSON.stringify(shape)};
  var captions = ${JSON.stringify(CAPTIONS)};
  var list = document.getElementById('column-list-container');
  var feed = window.__feed = { startedAt: 0, finishedAt: 0, done: false, inserted: [], marked: [], seen: [], badged: [], longTasks: [] };
  for (var n = 0; n < shape.total; n++) { feed.marked.push(null); feed.seen.push(null); feed.badged.push(null); }
  var indexOf = function (el) { var i = el.getAttribute('data-bench-index'); return i === null || i === 'warmup' ? null : Number(i); };

  // When each post is first on screen: a badge must be there within 100 ms of that. Posts are
  // one screen tall, so the scroll position says which are showing. (An IntersectionObserver on
  // every post cost the page more than Saring did, and varied as much from run to run.)
  function noteShowing() {
    var now = performance.now();
    var first = Math.floor(window.scrollY / window.innerHeight) - 1; // the warm-up post comes first
    for (var i = Math.max(0, first); i <= first + 1 && i < feed.inserted.length; i++) {
      if (feed.seen[i] === null) feed.seen[i] = now;
    }
  }
  window.addEventListener('scroll', noteShowing, { passive: true });

  new PerformanceObserver(function (entries) {
    entries.getEntries().forEach(function (e) { feed.longTasks.push({ start: e.startTime, duration: e.duration }); });
  }).observe({ type: 'longtask', buffered: true });

  // Main-world observer: it sees the content script's attribute writes at the end of the same task.
  new MutationObserver(function (records) {
    var now = performance.now();
    records.forEach(function (r) {
      var index = r.target.getAttribute('data-bench-index');
      if (index === null || index === 'warmup' || feed.marked[index] !== null) return;
      if (r.target.hasAttribute('data-saring-state')) feed.marked[index] = now;
    });
  }).observe(list, { attributes: true, attributeFilter: ['data-saring-state'], subtree: true });

  new MutationObserver(function (records) {
    var now = performance.now();
    records.forEach(function (r) {
      r.addedNodes.forEach(function (node) {
        if (node.nodeName !== 'SARING-BADGE') return;
        var post = node.parentElement && node.parentElement.closest('article');
        var i = post && indexOf(post);
        if (i !== null && i !== undefined && feed.badged[i] === null) feed.badged[i] = now;
      });
    });
  }).observe(list, { childList: true, subtree: true });

  function article(i, index) {
    var c = captions[i % captions.length];
    var a = document.createElement('article');
    a.id = 'one-column-item-' + i;
    a.setAttribute('data-scroll-index', String(i));
    a.setAttribute('data-e2e', 'recommend-list-item-container');
    a.setAttribute('data-bench-index', index);
    // Built as text: 19-digit ids are past JavaScript's exact integers.
    var videoId = '74000000000002' + String(100000 + i).slice(1);
    var tags = c.tags.map(function (t) {
      return '<a data-e2e="search-common-link" href="/tag/' + t + '"><strong>#' + t + '</strong></a>';
    }).join('');
    var sponsored = i % ${SPONSORED_EVERY} === ${SPONSORED_EVERY - 1} ? '<div data-e2e="sponsored-tag">Bersponsor</div>' : '';
    a.innerHTML =
      '<section data-e2e="feed-video"><div mode="0"><div id="xgwrapper-' + i + '-' + videoId + '"><video></video></div></div></section>' +
      '<div><a data-e2e="video-author-avatar" href="/@akun.' + i + '"><span>avatar</span></a>' + sponsored +
      '<div data-e2e="video-desc"><span data-e2e="new-desc-span"></span>' + tags + '</div></div>';
    a.querySelector('[data-e2e="new-desc-span"]').textContent = c.text + ' ' + i + ' ';
    return a;
  }

  // Lets the bench wait until the content script and its service worker are up before timing anything.
  list.appendChild(article(shape.total, 'warmup')).setAttribute('data-bench-warmup', '');

  function appendBatch() {
    var fragment = document.createDocumentFragment();
    var first = feed.inserted.length;
    var last = Math.min(first + shape.perBatch, shape.total);
    for (var i = first; i < last; i++) fragment.appendChild(article(i, String(i)));
    list.appendChild(fragment);
    var now = performance.now();
    for (var j = first; j < last; j++) feed.inserted.push(now);
    // The reader moves on one post per batch, far faster than anyone watches videos.
    window.scrollBy(0, window.innerHeight);
    if (last < shape.total) return setTimeout(appendBatch, shape.batchIntervalMs);
    feed.finishedAt = now;
    feed.done = true;
  }
  feed.start = function () {
    feed.startedAt = performance.now();
    appendBatch();
  };`;
}

export function growingFeedHtml(shape: FeedShape): string {
  return `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><title>Untuk Anda | TikTok</title></head>
<body>
<style>/* One post per screen, as on TikTok's For You feed. */ article { display: block; height: 100vh; }</style>
<div id="app" data-csr="1"><main><div id="column-list-container"></div></main></div>
<script>${feedScript(shape)}
</script>
</body>
</html>`;
}
