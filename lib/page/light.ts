/**
 * The light first step: could this page be an Arabic article? Runs on every http(s) page before anything else
 * of Isnad loads, so it reads only cheap signals, each bounded whatever the page's size: the declared `lang`/`dir`,
 * the title, `og:type`, and a sample of at most SAMPLE_CHARS characters of text (the first text of the page's
 * `article`/`main`/body, and of its first paragraphs), visiting at most MAX_NODES text nodes. It imports only
 * language.ts (no zod, no extraction), so the bundle that runs everywhere stays a few kB.
 *
 * Conservative by design: the full detector (detect.ts) decides whether a page is an article; this step only
 * rules out pages that are plainly not Arabic (English, Persian, Urdu…). It must never turn away a page the full
 * detector accepts (light.test.ts runs both over every fixture page).
 */
import { arabicShare, declaredScriptLanguage, scriptLanguage } from './language.ts';

/** Characters of text sampled at most (from each of the two probes). */
export const SAMPLE_CHARS = 4_000;
/** Text nodes a probe visits at most (a page of a million tiny text nodes costs no more than this). */
export const MAX_NODES = 3_000;
/** Paragraphs the second probe reads at most. */
const MAX_PARAGRAPHS = 24;
/** Fewer Arabic-script-or-other letters than this in the sample: the page has no text yet (late loading). */
export const MIN_SAMPLE_LETTERS = 200;

export type LightVerdict =
  /** Maybe an Arabic article: load the rest of Isnad. */
  | 'maybe'
  /** Plainly not Arabic (its text is another script or another language). */
  | 'not-arabic'
  /** Too little text to tell yet: ask again later (text that loads late, a single-page app). */
  | 'unsure';

export interface LightSignals {
  lang: string | null;
  dir: string | null;
  title: string;
  ogType: string | null;
  /** The first text of the page's article/main/body. */
  sample: string;
  /** The text of its first paragraphs, wherever they are. */
  paragraphs: string;
  /** Text inside open shadow roots and same-origin frames (an article the page renders there; issue 15, 4). */
  composed: string;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/**
 * Up to `max` characters of the text under `root`, looking at most MAX_NODES text nodes. Text nodes only, with no
 * filter callback (one call into the page's DOM per node, not two); a script's or style's text is left out by
 * its parent's name.
 */
function textSample(doc: Document, root: Node, max: number): string {
  const parts: string[] = [];
  let n = 0;
  let visited = 0;
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node && n < max && visited < MAX_NODES; node = walker.nextNode()) {
    visited++;
    const t = (node as Text).data;
    if (t.length < 2 || SKIP.has(node.parentNode?.nodeName ?? '')) continue;
    const piece = t.length > max - n ? t.slice(0, max - n) : t;
    parts.push(piece);
    n += piece.length + 1;
  }
  return parts.join(' ');
}

/**
 * Up to `max` characters of the text inside the open shadow roots and same-origin frames of `doc`'s first
 * MAX_NODES elements (one level: what a web component or an embedding page puts there). An element walk with no
 * filter callback: about one property read per element.
 */
function composedSample(doc: Document, max: number): string {
  const start = doc.body ?? doc.documentElement;
  if (!start) return '';
  let out = '';
  let visited = 0;
  const walker = doc.createTreeWalker(start, 1 /* SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el && visited < MAX_NODES && out.length < max; visited++) {
    const root = el.shadowRoot;
    if (root) out += ` ${textSample(doc, root, max - out.length)}`;
    else if (el.nodeName === 'IFRAME') {
      try {
        const inner = (el as HTMLIFrameElement).contentDocument;
        if (inner?.body) out += ` ${textSample(inner, inner.body, max - out.length)}`;
      } catch {
        // A cross-origin frame: not ours to read.
      }
    }
    el = walker.nextNode() as Element | null;
  }
  return out;
}

/** Reads the light signals from `doc`, in bounded time. */
export function readLightSignals(doc: Document): LightSignals {
  const html = doc.documentElement;
  const body = doc.body;
  const root = doc.querySelector('article, main, [itemprop="articleBody"]') ?? body ?? html;
  const sample = root ? textSample(doc, root, SAMPLE_CHARS) : '';
  // Paragraphs, wherever they are: an Arabic article under a long English menu still shows in its <p>s.
  const ps = doc.getElementsByTagName('p');
  let fromP = '';
  for (let i = 0; i < ps.length && i < MAX_PARAGRAPHS && fromP.length < SAMPLE_CHARS; i++)
    fromP += ` ${textSample(doc, ps[i], SAMPLE_CHARS - fromP.length)}`;
  const lang = body?.getAttribute('lang') || html?.getAttribute('lang') || null;
  const dir = body?.getAttribute('dir') || html?.getAttribute('dir') || null;
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? null;
  return {
    lang,
    dir,
    title: (doc.title ?? '').slice(0, 500),
    ogType: og?.slice(0, 100) ?? null,
    sample,
    paragraphs: fromP,
    composed: composedSample(doc, SAMPLE_CHARS),
  };
}

/** Letters (of any script the share counts) in `s`, roughly: enough to say whether a text is there at all. */
function letterCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x41 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x5b && c <= 0x60) && !(c >= 0x7b && c <= 0xbf)) n++;
  }
  return n;
}

/** The decision, from the signals alone (pure). */
export function lightVerdict(s: LightSignals): LightVerdict {
  const declared = declaredScriptLanguage(s.lang);
  // Either probe in Arabic is enough (an article's paragraphs under a long menu in another language).
  const languages = [scriptLanguage(s.sample, s.lang), scriptLanguage(s.paragraphs, s.lang)];
  if (languages.includes('ar') || scriptLanguage(s.composed, s.lang) === 'ar') return 'maybe';
  // The text says it is Arabic script in another language (Persian, Urdu…).
  if (languages.some((l) => l !== null)) return 'not-arabic';
  // Mostly another script, or too little text. A page that declares Arabic, or whose title is Arabic, may hold
  // its article further down than the sample reaches (the full detector reads the whole article): load.
  if (declared === 'ar') return 'maybe';
  if (arabicShare(s.title) >= 0.5 && scriptLanguage(s.title, s.lang) === 'ar') return 'maybe';
  if (s.dir?.toLowerCase() === 'rtl' && declared === null && arabicShare(s.sample) > 0.05) return 'maybe';
  return letterCount(s.sample) + letterCount(s.paragraphs) < MIN_SAMPLE_LETTERS ? 'unsure' : 'not-arabic';
}

/** Why a page the light step turned away is not for Isnad, in the full detector's words (verdict.ts). */
export function lightReason(s: LightSignals): 'persian' | 'urdu' | 'other-language' | 'not-arabic' | 'too-short' {
  if (letterCount(s.sample) + letterCount(s.paragraphs) < MIN_SAMPLE_LETTERS) return 'too-short';
  const l = scriptLanguage(s.sample, s.lang) ?? scriptLanguage(s.paragraphs, s.lang);
  return l === 'fa' ? 'persian' : l === 'ur' ? 'urdu' : l === 'other' ? 'other-language' : 'not-arabic';
}
