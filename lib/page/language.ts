/**
 * Which language an Arabic-script text is in: Arabic, Persian, Urdu, or another language written in
 * the Arabic script (Pashto, Kurdish, Sindhi, Uyghur…). Pure and cheap (one pass over at most
 * 20,000 characters, no DOM), so a light first-step detector can import it alone.
 *
 * Three kinds of evidence, strongest first:
 * - function words: every running text is full of its language's small words (Arabic في على إلى
 *   أن الذي; Persian است این را از برای; Urdu کے کی میں ہے نے), and they barely overlap;
 * - letters Arabic does not use: Urdu ٹ ڈ ڑ ں ے ہ ھ ۓ, Persian/Urdu پ چ ژ گ ک ی, Pashto ټ ډ ړ ښ ږ ځ څ,
 *   Kurdish ڕ ڵ ۆ ێ ە, Sindhi ٻ ڄ ڃ ٺ ڀ ٽ … (Arabic writes ي ك ة ى أ إ instead). Arabic text may hold a
 *   few of them (گ in Gulf and Iraqi names, پ in foreign names, ی/ک from a Persian keyboard), so letters
 *   decide only when the words do not;
 * - the declared `lang`, which pages get wrong both ways (an Urdu theme that says "ar" to get right-to-left,
 *   Arabic text under a theme's "en-US"): it decides only when the text is too short or mixed to tell.
 */

export type ScriptLanguage = 'ar' | 'fa' | 'ur' | 'other';

export interface LanguageEvidence {
  /** Arabic-script letters seen. */
  letters: number;
  /** Words (runs of Arabic-script letters) seen. */
  words: number;
  /** Share of words that are function words of each language. */
  wordsAr: number;
  wordsFa: number;
  wordsUr: number;
  /** Share of letters that only Urdu uses, that Persian (and Urdu) use instead of Arabic ones, that only Arabic uses, and that only other languages use. */
  lettersUr: number;
  lettersFa: number;
  lettersAr: number;
  lettersOther: number;
}

const MAX_CHARS = 20_000;

/** Any letter of the Arabic script blocks (Arabic, Supplement, Extended-A, presentation forms). */
export function isArabicScriptLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/** Rough "is a letter of some other script" for the ratio: Latin, Greek, Cyrillic, Hebrew, Indic, CJK… */
function isOtherLetter(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x58f) ||
    (c >= 0x5d0 && c <= 0x5ea) ||
    (c >= 0x900 && c <= 0x1fff) ||
    (c >= 0x3040 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7a3)
  );
}

/** Share of Arabic-script letters among all letters in the first `max` characters of `s` (0..1). */
export function arabicShare(s: string, max = 200_000): number {
  let ar = 0;
  let other = 0;
  const n = Math.min(s.length, max);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isArabicScriptLetter(c)) ar++;
    else if (isOtherLetter(c)) other++;
  }
  return ar + other === 0 ? 0 : ar / (ar + other);
}

// Letters Urdu writes and neither Arabic nor Persian does: ٹ ڈ ڑ ں ھ ہ ۂ ے ۓ.
const URDU_LETTERS = new Set([0x0679, 0x0688, 0x0691, 0x06ba, 0x06be, 0x06c1, 0x06c2, 0x06d2, 0x06d3]);
// Persian letters (Urdu writes them too): پ چ ژ گ ک ی.
const PERSIAN_LETTERS = new Set([0x067e, 0x0686, 0x0698, 0x06af, 0x06a9, 0x06cc]);
// Letters Arabic writes where Persian and Urdu write others or rarely write at all: ي ك ة ى أ إ.
const ARABIC_LETTERS = new Set([0x064a, 0x0643, 0x0629, 0x0649, 0x0623, 0x0625]);
// Pashto (ټ ډ ړ ښ ږ ځ څ ګ ڼ ۍ ې), Kurdish (ڕ ڵ ۆ ێ ە), Sindhi (ٻ ڄ ڃ ٺ ڀ ٽ ڊ ڍ ڌ ڏ ڙ ڦ ڱ ڳ ڻ), Uyghur (ۇ ۈ ۋ).
const OTHER_LETTERS = new Set([
  0x067c, 0x0689, 0x0693, 0x069a, 0x0696, 0x0681, 0x0685, 0x06ab, 0x06bc, 0x06cd, 0x06d0, 0x0695, 0x06b5, 0x06c6,
  0x06ce, 0x06d5, 0x067b, 0x0684, 0x0683, 0x067a, 0x0680, 0x067d, 0x068a, 0x068d, 0x068c, 0x068f, 0x0699, 0x06a6,
  0x06b1, 0x06b3, 0x06bb, 0x06c7, 0x06c8, 0x06cb,
]);

/**
 * Arabic function words, spelt as written (hamza and all; the common misspellings الى فى علي too).
 * Words Persian or Urdu also write (بعد قبل ضد ان…) are left out.
 */
const AR_WORDS = new Set(
  'في على إلى عن أن إن التي الذي الذين هذا هذه ذلك تلك كان كانت قد لم لن مع حيث أو ثم قال وقال وأضاف كما لكن منذ وفي وعلى وأن أنه إنه التى الى فى علي هو هي وهو وهي'.split(
    ' ',
  ),
);
/** Persian function words, with ی and ک (Persian text typed with Arabic ي/ك is folded to them first). */
const FA_WORDS = new Set(
  'است این را از در برای شده شد خواهد می های ها نیز کرد کرده کند آن بود باید چه همه اگر یک دو تا'.split(' '),
);
/** Urdu function words. */
const UR_WORDS = new Set(
  'کے کی کا میں ہے ہیں نے کو سے اور پر یہ وہ گیا گئی تھا تھی تھے کہ بھی ہو کر رہا جو لیے'.split(' '),
);

/** Counts the evidence in the first 20,000 characters of `text`. */
export function languageEvidence(text: string): LanguageEvidence {
  const n = Math.min(text.length, MAX_CHARS);
  let letters = 0;
  let ur = 0;
  let fa = 0;
  let ar = 0;
  let other = 0;
  let words = 0;
  let wAr = 0;
  let wFa = 0;
  let wUr = 0;
  let start = -1;
  const endWord = (end: number) => {
    if (start < 0) return;
    const w = text.slice(start, end);
    start = -1;
    words++;
    if (AR_WORDS.has(w)) wAr++;
    if (UR_WORDS.has(w)) wUr++;
    // Persian typed on an Arabic keyboard writes ي and ك: fold them before looking the word up.
    if (FA_WORDS.has(w.replace(/ي/g, 'ی').replace(/ك/g, 'ک'))) wFa++;
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isArabicScriptLetter(c)) {
      letters++;
      if (URDU_LETTERS.has(c)) ur++;
      else if (PERSIAN_LETTERS.has(c)) fa++;
      else if (ARABIC_LETTERS.has(c)) ar++;
      else if (OTHER_LETTERS.has(c)) other++;
      if (start < 0) start = i;
    } else if (c >= 0x064b && c <= 0x0652) {
      // Diacritics sit inside a word; words are looked up without them only when written without them.
    } else endWord(i);
  }
  endWord(n);
  const per = (x: number, d: number) => (d === 0 ? 0 : x / d);
  return {
    letters,
    words,
    wordsAr: per(wAr, words),
    wordsFa: per(wFa, words),
    wordsUr: per(wUr, words),
    lettersUr: per(ur, letters),
    lettersFa: per(fa, letters),
    lettersAr: per(ar, letters),
    lettersOther: per(other, letters),
  };
}

/** Below this many Arabic-script letters the text says too little; the declared language decides. */
const MIN_LETTERS = 200;

/** The language the text's words and letters point to, or null when they do not say clearly. */
export function languageOfText(e: LanguageEvidence): ScriptLanguage | null {
  if (e.letters < MIN_LETTERS) return null;
  const byWords: [ScriptLanguage, number][] = [
    ['ar', e.wordsAr],
    ['fa', e.wordsFa],
    ['ur', e.wordsUr],
  ];
  byWords.sort((a, b) => b[1] - a[1]);
  const [best, second] = byWords;
  // Running text: 10–25% of its words are function words of its language, 0–2% of each other one's.
  if (best[1] >= 0.05 && best[1] >= 2.5 * second[1]) {
    // A text of other-language letters whose few "Arabic" words are shared loans (Kurdish, Pashto) is not Arabic.
    if (best[0] === 'ar' && e.lettersOther >= 0.03 && e.lettersOther > e.lettersAr) return 'other';
    return best[0];
  }
  // The words do not say (lists, headlines, an unknown language): letters.
  if (e.lettersUr >= 0.03) return 'ur';
  if (e.lettersOther >= 0.03) return 'other';
  if (e.lettersFa >= 0.04 && e.lettersFa > 2 * e.lettersAr) return 'fa';
  if (e.lettersAr >= 0.03) return 'ar';
  return null;
}

/** The language a `lang` attribute declares, when it is one written in the Arabic script; else null. */
export function declaredScriptLanguage(lang: string | null | undefined): ScriptLanguage | 'non-arabic-script' | null {
  if (!lang) return null;
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'ar') return 'ar';
  if (primary === 'fa' || primary === 'prs' || primary === 'per') return 'fa';
  if (primary === 'ur') return 'ur';
  if (['ps', 'ckb', 'ku', 'sd', 'ug', 'bal', 'ks', 'pa', 'az', 'uz'].includes(primary))
    // Punjabi (Shahmukhi), Azerbaijani, Uzbek and Kashmiri are written in Arabic script in some places.
    return 'other';
  return primary ? 'non-arabic-script' : null;
}

/**
 * The page's language, from its text (`text`, the article text or the page's text) and its declared
 * `lang`: the text's words and letters when they are clear, else the declaration, else Arabic when
 * the Arabic script dominates. Returns null when the text is not mainly in the Arabic script.
 */
export function scriptLanguage(text: string, declared: string | null | undefined): ScriptLanguage | null {
  if (arabicShare(text, MAX_CHARS) < 0.3) return null;
  const byText = languageOfText(languageEvidence(text));
  if (byText) return byText;
  const d = declaredScriptLanguage(declared);
  if (d === 'ar' || d === 'fa' || d === 'ur' || d === 'other') return d;
  return 'ar';
}
