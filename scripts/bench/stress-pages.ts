/**
 * Pages that stress Isnad's main-thread work, built from the real Arabic articles of the dev set
 * (`eval/gold/*.txt`, else `../shared/eval/gold`), for `scripts/bench/long-tasks.ts` and
 * `test/e2e/long-tasks.e2e.ts`:
 *  - `adversarial`: real paragraphs wrapped in bidi overrides and isolates, a 100,000-character run without a
 *    space, the article in Arabic presentation forms (U+FE70–FEFC), a 1 MB single text node of real paragraphs,
 *    runs of tashkeel and zero-width joiners;
 *  - `big`: a 200,000-word article (one <p> per gold paragraph, repeated);
 *  - `spa`: a short article that swaps in another one with history.pushState (`window.nextStory()`).
 * Every page carries the same probe in its <head>, registered before any extension code runs: long tasks
 * (PerformanceObserver 'longtask', with attribution), long animation frames ('long-animation-frame', Chromium
 * 123+, with render and style/layout durations and the scripts' source URLs), each requestAnimationFrame gap, and
 * the gaps of a 10 ms interval timer (the only one of these Firefox has).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function goldParagraphs(): string[] {
  const local = join(process.cwd(), 'eval/gold');
  const dir =
    existsSync(local) && readdirSync(local).some((f) => f.endsWith('.txt'))
      ? local
      : join(process.cwd(), '../shared/eval/gold');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').slice(2))
    .filter((p) => p.trim());
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Injected first in <head>: the page's own record of long tasks, long animation frames and frame gaps. */
export const PROBE = `<script>
window.__long = []; window.__loaf = []; window.__frames = [];
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push({ start: e.startTime, ms: e.duration,
  attribution: (e.attribution || []).map((a) => a.containerType + ':' + (a.containerSrc || a.containerName || '')) }); })
  .observe({ type: 'longtask', buffered: true }); } catch {}
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__loaf.push({ start: e.startTime, ms: e.duration,
  render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
  layout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
  scripts: (e.scripts || []).map((s) => ({ src: s.sourceURL || s.name, ms: s.duration })) }); })
  .observe({ type: 'long-animation-frame', buffered: true }); } catch {}
let __tick = performance.now(); window.__gaps = [];
setInterval(() => { const now = performance.now(); window.__gaps.push([__tick, now - __tick]); __tick = now; }, 10);
let __last = performance.now();
requestAnimationFrame(function f(now) { window.__frames.push([__last, now - __last]); __last = now; requestAnimationFrame(f); });
</script>`;

const head = (title: string) => `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>${esc(title)}</title>${PROBE}
<meta property="og:type" content="article"><meta property="og:site_name" content="صفحة اختبار">
<style>body{font:18px/1.8 "Noto Naskh Arabic",serif;max-width:900px;margin:auto;padding:16px;overflow-wrap:anywhere}</style>
</head>`;

/** Isolated presentation forms of the basic letters (what old PDFs and some CMSes emit). */
const PRESENTATION: Record<string, number> = {
  ء: 0xfe80,
  آ: 0xfe81,
  أ: 0xfe83,
  ؤ: 0xfe85,
  إ: 0xfe87,
  ئ: 0xfe89,
  ا: 0xfe8d,
  ب: 0xfe8f,
  ة: 0xfe93,
  ت: 0xfe95,
  ث: 0xfe99,
  ج: 0xfe9d,
  ح: 0xfea1,
  خ: 0xfea5,
  د: 0xfea9,
  ذ: 0xfeab,
  ر: 0xfead,
  ز: 0xfeaf,
  س: 0xfeb1,
  ش: 0xfeb5,
  ص: 0xfeb9,
  ض: 0xfebd,
  ط: 0xfec1,
  ظ: 0xfec5,
  ع: 0xfec9,
  غ: 0xfecd,
  ف: 0xfed1,
  ق: 0xfed5,
  ك: 0xfed9,
  ل: 0xfedd,
  م: 0xfee1,
  ن: 0xfee5,
  ه: 0xfee9,
  و: 0xfeed,
  ى: 0xfeef,
  ي: 0xfef1,
};
const toPresentation = (s: string) =>
  s.replace(/./gu, (c) => (PRESENTATION[c] ? String.fromCharCode(PRESENTATION[c]) : c));

/** Takes paragraphs from `paras` (cycling) until `chars` characters are reached. */
function take(paras: string[], chars: number, from = 0): string[] {
  const out: string[] = [];
  let n = 0;
  for (let i = from; n < chars; i++) {
    const p = paras[i % paras.length];
    out.push(p);
    n += p.length + 1;
  }
  return out;
}

export function adversarialPage(paras = goldParagraphs()): string {
  const title = paras[0].slice(0, 80);
  const bidi = take(paras, 20_000, 10).map((p, i) => {
    const words = p.split(' ');
    // Overrides (RLO/LRO … PDF), embeddings and isolates between words, some never closed.
    const marks = ['\u202e', '\u202d', '\u202b', '\u2067', '\u2066', '\u2068'];
    return words
      .map((w, k) => (k % 3 === 0 ? marks[(i + k) % marks.length] + w + (k % 2 ? '\u202c' : '\u2069') : w))
      .join(' ');
  });
  const noSpaces = take(paras, 100_000, 40).join('').replace(/\s+/g, '').slice(0, 100_000);
  const presentation = take(paras, 30_000, 80).map(toPresentation);
  const hugeNode = take(paras, 1_000_000, 120).join(' ');
  const tashkeel = take(paras, 20_000, 200).map((p) => p.replace(/([\u0621-\u064a])/g, '$1\u064e\u0651\u200d'));
  return `${head(title)}<body><article><h1>${esc(title)}</h1><time datetime="2020-01-01">2020</time>
${bidi.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p>${esc(noSpaces)}</p>
${presentation.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p>${esc(hugeNode)}</p>
${tashkeel.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></body></html>`;
}

export function bigPage(words = 200_000, paras = goldParagraphs()): { html: string; words: number } {
  const big: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const p = paras[i % paras.length];
    big.push(p);
    n += p.split(/\s+/).filter(Boolean).length;
  }
  return {
    words: n,
    html: `${head('مقال طويل جدا')}<body><article><h1>مقال طويل جدا لاختبار الأداء</h1><time datetime="2018-01-01">2018</time>
${big.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></body></html>`,
  };
}

/** A client-rendered article; `nextStory()` swaps in a longer one (about 20,000 words) with pushState. */
export function spaPage(paras = goldParagraphs()): string {
  const first = take(paras, 6_000, 0);
  const second = take(paras, 120_000, 300);
  const data = JSON.stringify({ first, second }).replace(/</g, '\\u003c');
  return `${head('قصة أولى')}<body><main id="app"></main>
<script id="data" type="application/json">${data}</script>
<script>
const DATA = JSON.parse(document.getElementById('data').textContent);
function render(title, paras) {
  const art = document.createElement('article');
  const h = document.createElement('h1'); h.textContent = title; art.append(h);
  const t = document.createElement('time'); t.dateTime = '2020-01-01'; t.textContent = '2020'; art.append(t);
  for (const p of paras) { const e = document.createElement('p'); e.textContent = p; art.append(e); }
  document.getElementById('app').replaceChildren(art);
  document.title = title;
}
render('قصة أولى: ' + DATA.first[0].slice(0, 60), DATA.first);
window.nextStory = () => { history.pushState({}, '', '?story=2'); render('قصة ثانية: ' + DATA.second[0].slice(0, 60), DATA.second); };
</script></body></html>`;
}

/** Writes the three pages to a fresh temporary folder (`<dir>/<name>/index.html`) and returns it. */
export function writeStressPages(): { dir: string; bigWords: number } {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-stress-'));
  const paras = goldParagraphs();
  const big = bigPage(200_000, paras);
  for (const [name, html] of [
    ['adversarial', adversarialPage(paras)],
    ['big', big.html],
    ['spa', spaPage(paras)],
  ] as const) {
    const d = join(dir, name);
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'index.html'), html);
  }
  return { dir, bigWords: big.words };
}

export interface Probe {
  long: { start: number; ms: number; attribution: string[] }[];
  loaf: { start: number; ms: number; render: number; layout: number; scripts: { src: string; ms: number }[] }[];
  /** [from, gap] of successive animation frames and of the 10 ms timer. */
  frames: [number, number][];
  gaps: [number, number][];
}

/**
 * An expression to evaluate in the page: what the probe recorded from `since` (the page's performance.now()) on.
 * A string, not a function, so no transpiler helper ends up in the page.
 */
export function probeSince(since: number): string {
  const after = (k: string) =>
    `(window.__${k} || []).filter((x) => Array.isArray(x) ? x[0] + x[1] >= ${since} : x.start + x.ms >= ${since})`;
  return `({ long: ${after('long')}, loaf: ${after('loaf')}, frames: ${after('frames')}, gaps: ${after('gaps')} })`;
}
