/**
 * Mines lexicon candidates from the unlabelled ANT corpus (../shared/data/ant/articles.jsonl.gz, 30,032 articles,
 * 7.6 M words; issue 10 deliverable 3): reporting verbs, participles, verbal nouns, prepositional cues, `نقل عن`
 * verbs, and the heads and constructions of sources. Each class is counted by pattern over the folded tokens of
 * lib/arabic and written, ranked by count, with whether the current lexicon already knows the form and the
 * first example in corpus order, to data/mined/CLASS.tsv. The same input gives byte-identical output (ties are
 * broken by the form, code-unit order; examples are the first occurrence in file order).
 *
 * The lists are candidates, not lexicon: each accepted entry was reviewed against eval/GUIDELINES.md and copied
 * into lib/lexicon/mined-ant.ts; data/mined/REJECTED.tsv keeps the high-count candidates turned down and why.
 *
 *   npx tsx scripts/mine-lexicon.ts [CORPUS.jsonl.gz] [--out DIR] [--min N]
 *
 * Corpus: ANT Corpus v2.1 (Chouigui, Ben Khiroun, Elayeb, AJSE 46(8), 2021; Apache-2.0 + citation); see
 * ../shared/data/ant/README.md. Only counts and short contexts are written, for review; nothing of it ships.
 */
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { LEX, prepCueOf } from '../lib/analysis/lexicon';
import { bareNoun, stripConj, stripPrep } from '../lib/arabic/clitics';
import { type Token, tokenize } from '../lib/arabic/tokens';
import { PARTICIPLE_FORMS, VERB_FORMS } from '../lib/lexicon/cue-forms';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const corpus = resolve(positional[0] ?? join(root, '../shared/data/ant/articles.jsonl.gz'));
const outDir = resolve(opt('--out') ?? join(root, 'data/mined'));
const MIN = Number(opt('--min') ?? 5);

// ---------------------------------------------------------------------------------------------------------
// Counting

interface Cand {
  n: number;
  /** Sub-counts by variant or context (`next` word, pattern), for the review. */
  sub: Map<string, number>;
  ex: string;
}
type Table = Map<string, Cand>;

const tables = new Map<string, Table>();
function table(name: string): Table {
  let t = tables.get(name);
  if (!t) {
    t = new Map();
    tables.set(name, t);
  }
  return t;
}

let curText = '';
let curToks: Token[] = [];

function context(a: number, b: number): string {
  const from = curToks[Math.max(0, a - 4)].start;
  const to = curToks[Math.min(curToks.length - 1, b + 6)].end;
  return curText.slice(from, to).replace(/\s+/g, ' ');
}

function count(name: string, key: string, at: number, sub = ''): void {
  if (!key) return;
  const t = table(name);
  let c = t.get(key);
  if (!c) {
    c = { n: 0, sub: new Map(), ex: context(at, at) };
    t.set(key, c);
  }
  c.n++;
  if (sub) c.sub.set(sub, (c.sub.get(sub) ?? 0) + 1);
}

// ---------------------------------------------------------------------------------------------------------
// Patterns

const W = (t: Token | undefined): boolean => !!t && t.word;
const isComp = (t: Token | undefined): boolean => W(t) && LEX.comp.has(t!.f);
const CLAUSE_OPENERS = new Set(['كما', 'وكما', 'وقد', 'فقد', 'قد', 'لقد', 'ولقد', 'حيث', 'اذ', 'فيما', 'بينما']);
const BRIDGES = new Set(['الي', 'عن', 'من', 'علي', 'في', 'ب']); // `أشار إلى أن`, `كشف عن أن`, `شكك في أن`
const NUMBER_WORDS = new Set(
  [
    'اثنان',
    'اثنين',
    'ثلاثة',
    'أربعة',
    'خمسة',
    'ستة',
    'سبعة',
    'ثمانية',
    'تسعة',
    'عشرة',
    'ثلاث',
    'أربع',
    'خمس',
    'ست',
    'سبع',
    'ثماني',
    'تسع',
    'عشر',
    'عشرات',
    'مئات',
    'آلاف',
    'ملايين',
  ].map((w) => w.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي')),
);
const PARTITIVES = new Set(['عدد', 'العديد', 'كثير', 'الكثير', 'بعض', 'معظم', 'غالبيه', 'اغلب', 'اغلبيه', 'نسبه']);
const ANON_VERBS = new Set(['طلب', 'طالبا', 'رفض', 'رافضا', 'اشترط', 'مشترطا', 'فضل', 'مفضلا']);
const NOT_NAMED = new Set(['يكشف', 'تكشف', 'يذكر', 'تذكر', 'يسم', 'تسم', 'يفصح', 'تفصح', 'يعلن', 'تعلن']);

/** A folded token that is punctuation, or a word carrying a line break before it: a clause boundary. */
const boundary = (t: Token | undefined): boolean =>
  !t || t.nl || (!t.word && !LEX.quotes.has(t.f) && t.f !== '%' && t.f !== '٪');

/** Word starts a clause: after a boundary, a clause opener, or with a fused و/ف. */
function clauseInitial(i: number): boolean {
  const t = curToks[i];
  if (boundary(curToks[i - 1]) || t.nl) return true;
  if (CLAUSE_OPENERS.has(curToks[i - 1].f)) return true;
  return /^[وف]/.test(t.f) && t.f.length > 3;
}

const known = (f: string): string => {
  const s = stripConj(f);
  if (VERB_FORMS.has(f) || VERB_FORMS.has(s)) return 'verb';
  if (PARTICIPLE_FORMS.has(f) || PARTICIPLE_FORMS.has(s)) return 'participle';
  if (LEX.impersonal.has(f) || LEX.impersonal.has(s) || LEX.background.has(f)) return 'impersonal';
  const n = bareNoun(f);
  if (LEX.verbalNouns.has(n) || LEX.selfSource.has(n)) return 'verbal-noun';
  return '';
};

function headClass(b: string): string {
  if (LEX.anon.has(b)) return 'anon';
  if (LEX.titles.has(b)) return 'title';
  if (LEX.orgHeads.has(b)) return 'org';
  if (LEX.docHeads.has(b)) return 'doc';
  if (LEX.states.has(b) || LEX.knownOrgs.has(b)) return 'state/org';
  // Dual and plural of a known office or anonymous head: مسؤولان، دبلوماسيون، مصدران.
  for (const suf of ['ان', 'ين', 'ون', 'و', 'تان', 'تين']) {
    if (b.length > suf.length + 2 && b.endsWith(suf)) {
      const s = b.slice(0, -suf.length);
      if (LEX.titles.has(s) || LEX.titles.has(`${s}ه`) || LEX.anon.has(s)) return `plural-of:${s}`;
    }
  }
  return '';
}

// Maṣdar templates on the bare noun (folded: أ/إ → ا, ة → ه): تفعيل، إفعال، افتعال، استفعال، انفعال، مفاعلة، تفعّل.
const MASDAR = /^(?:ت..ي.|ا..ا.|ا.ت.ا.|اصط.ا.|است..ا.|ان..ا.)(?:ات)?$/;

/** Verbal-noun form with a possessive pronoun: `تأكيده`, `قولها`, `إعلانهم`. */
function possessive(f: string): string | null {
  for (const s of ['هما', 'هم', 'ها', 'ه']) {
    if (!f.endsWith(s) || f.length < s.length + 3) continue;
    const stem = bareNoun(f.slice(0, -s.length));
    // Folded, ه is also the feminine ending (`مؤكده`): only a maṣdar shape (or قول) takes it as a pronoun.
    if (s !== 'ه' || MASDAR.test(stem) || stem === 'قول') return stem;
  }
  return null;
}

/** The start of a source phrase after a cue at i (skips time words and one `لـ` addressee-free adverb). */
function sourceStart(i: number, lim: number): number {
  let j = i + 1;
  while (j < lim && W(curToks[j]) && LEX.time.has(curToks[j].f)) j++;
  return j;
}

function mineArticle(text: string): void {
  curText = text;
  curToks = tokenize(text);
  const toks = curToks;
  const n = toks.length;
  for (let k = 0; k < n; k++) {
    const t = toks[k];
    if (!t.word) continue;

    // 1. Words before a content clause: `وأوضح أن`, `مضيفا أن`, `أشار إلى أن`, `وأوضح المسؤول أن`.
    if (isComp(t)) {
      let d = k - 1;
      if (W(toks[d]) && BRIDGES.has(stripConj(toks[d].f)) && d > 0) d--;
      if (W(toks[d])) {
        const f = toks[d].f;
        count('before-comp', stripConj(f), d, `direct:${known(f) || 'new'}`);
        // Participle shape: ends in ا (tanween folded), a م-prefix or فاعل pattern: مضيفا، لافتا، مشيرا.
        if (/^(?:م.{2,6}|.ا..)ا$/.test(f)) count('participles', f, d, k - d > 1 ? `via:${toks[d + 1].f}` : 'direct');
        const p = possessive(stripConj(f));
        if (p) count('verbal-nouns', p, d, 'with-pronoun');
      }
      // The nearest clause-initial word 2–8 tokens back, no boundary between: the verb of `وأوضح المسؤول أن`.
      for (let j = d - 1; j >= Math.max(0, k - 8); j--) {
        if (!W(toks[j])) break;
        if (clauseInitial(j)) {
          count('before-comp', stripConj(toks[j].f), j, `subject:${known(toks[j].f) || 'new'}`);
          break;
        }
      }
      // Verbal noun + source + أن: `إعلان الجيش أن`, `تأكيدات مسؤولين أن`.
      for (let j = d - 1; j >= Math.max(0, k - 5); j--) {
        if (!W(toks[j])) break;
        const b = bareNoun(toks[j].f);
        if (MASDAR.test(b) && !VERB_FORMS.has(stripConj(toks[j].f))) {
          count('verbal-nouns', b, j, `noun+${k - j - 1}`);
          break;
        }
      }
    }

    // 1b. Words before a colon that opens a quotation: `وأضاف:`, `قائلا:`, `وقال المسؤول:` (the clause-initial verb).
    if (toks[k + 1] && !toks[k + 1].word && (toks[k + 1].f === ':' || toks[k + 1].f === '：')) {
      if (/^(?:م.{2,6}|.ا..)ا$/.test(t.f)) count('participles', t.f, k, 'colon');
      for (let j = k; j >= Math.max(0, k - 6); j--) {
        if (!W(toks[j])) break;
        if (clauseInitial(j)) {
          count(
            'before-colon',
            stripConj(toks[j].f),
            j,
            `${j === k ? 'direct' : 'subject'}:${known(toks[j].f) || 'new'}`,
          );
          break;
        }
      }
    }

    // 2. Prepositional cues: `Xا لـ…` / `Xا عن`, and `X ما VERB` (`بحسب ما ذكرت`).
    if (/ا$/.test(t.f) && t.f.length >= 4 && W(toks[k + 1])) {
      const nx = toks[k + 1].f;
      if (nx === 'عن' || (nx.startsWith('ل') && nx.length > 2)) {
        const after = nx === 'عن' ? toks[k + 2] : toks[k + 1];
        const head = after?.word ? bareNoun(nx === 'عن' ? after.f : stripPrep(after.f).replace(/^ل/, '')) : '';
        const cls = headClass(head);
        count('prep-cues', stripConj(t.f), k, `${nx === 'عن' ? 'عن' : 'ل'}${cls ? `:${cls}` : ''}`);
      }
    }
    if (t.f === 'ما' && W(toks[k - 1]) && W(toks[k + 1])) {
      const v = stripConj(toks[k + 1].f);
      if (VERB_FORMS.has(v)) count('prep-cues', `${stripConj(toks[k - 1].f)} ما`, k - 1, 'ما+verb');
    }

    // 3. `نقل … عن Y قوله/أن`: verbs before عن with a quoted speech or clause after the source.
    if (t.f === 'عن' && W(toks[k - 1])) {
      let said = false;
      for (let j = k + 2; j < Math.min(n, k + 10); j++) {
        if (boundary(toks[j]) && !LEX.commas.has(toks[j].f)) break;
        if (LEX.qawl.has(toks[j].f) || isComp(toks[j])) {
          said = true;
          break;
        }
      }
      if (said) {
        for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
          if (!W(toks[j])) break;
          if (clauseInitial(j) || j === k - 1) {
            if (clauseInitial(j)) {
              count('naql-an', stripConj(toks[j].f), j, known(toks[j].f) || 'new');
              break;
            }
          }
        }
      }
    }

    // 4. Sources after a known cue: verb forms (VSO: `قال مسؤول أمريكي إن`) and prepositional cues.
    const vf = VERB_FORMS.get(t.f) ?? VERB_FORMS.get(stripConj(t.f));
    const prep = LEX.preps.has(stripConj(t.f)) ? prepCueOf(toks, k) : undefined;
    if (vf || (prep && (!prep.second || toks[k + 1]?.f === prep.second))) {
      let j = sourceStart(k, n);
      if (prep?.kind === 'an' && W(toks[j]) && toks[j].f === 'عن') j++;
      if (prep?.second && W(toks[j]) && toks[j].f === prep.second) j++;
      const h = toks[j];
      if (W(h)) {
        let hf = h.f;
        if (prep?.kind === 'lam') hf = stripPrep(hf).replace(/^لـ?/, '');
        const b = bareNoun(hf);
        const def = /^(?:و|ف)?(?:ال|لل|بال)/.test(hf);
        // A clause after the source confirms a reporting subject (VSO); prepositional cues need none.
        let clause = !!prep;
        for (let x = j + 1; !clause && x < Math.min(n, j + 9); x++) {
          if (isComp(toks[x]) || toks[x].f === ':') clause = true;
          else if (boundary(toks[x])) break;
        }
        if (clause) {
          const digits = /^[0-9٠-٩]+$/.test(b);
          const nx = W(toks[j + 1]) ? bareNoun(toks[j + 1].f) : '';
          if (!digits) count(def ? 'heads-definite' : 'heads-indefinite', b, j, nx);
          // Constructions of unnamed sources (issue 10): numbers of people, shares of respondents, partitives,
          // dual/plural offices, office + nationality + «كبير».
          let x = j + 1;
          let pct = !!toks[x] && !toks[x].word && (toks[x].f === '%' || toks[x].f === '٪');
          if (pct) x++;
          // `40 في المئة من`, `40 بالمئة من` (folded المئة/المائة → الميه/المايه).
          const hundred = (v: string) => /^(?:ال|بال)?(?:ميه|مايه)$/.test(v);
          if (!pct && W(toks[x]) && hundred(toks[x].f)) {
            pct = true;
            x++;
          } else if (!pct && W(toks[x]) && toks[x].f === 'في' && W(toks[x + 1]) && hundred(toks[x + 1].f)) {
            pct = true;
            x += 2;
          }
          const w = (d: number) => (W(toks[x + d]) ? toks[x + d].f : '');
          if (digits || NUMBER_WORDS.has(b)) {
            const tag = digits ? (pct ? 'N%' : 'N') : 'NUMWORD';
            if (w(0) === 'من') count('constructions', `${tag} من ${bareNoun(w(1))}`, j, def ? 'def' : 'indef');
            else count('constructions', `${tag} ${bareNoun(w(0))}`, j);
          }
          const hs = stripConj(h.f);
          if (PARTITIVES.has(hs))
            count('constructions', w(0) === 'من' ? `${hs} من ${bareNoun(w(1))}` : `${hs} ${bareNoun(w(0))}`, j);
          if ([w(0), w(1), w(2)].some((v) => bareNoun(v) === 'كبير')) {
            count('constructions', `${b} … كبير`, j, def ? 'def' : 'indef');
          }
          const hc = headClass(b);
          if (hc.startsWith('plural-of:')) count('constructions', `dual/plural ${b}`, j, def ? 'def' : 'indef');
        }
      }
    }

    // 5. SVO: an indefinite head at the start of a clause right before a known verb (`مسؤول أمريكي قال إن`).
    if (vf && k >= 1) {
      for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
        if (!W(toks[j])) break;
        if (boundary(toks[j - 1]) || toks[j].nl) {
          if (j < k && !/^(?:و|ف)?ال/.test(toks[j].f) && !VERB_FORMS.has(stripConj(toks[j].f))) {
            count('heads-before-verb', bareNoun(toks[j].f), j, W(toks[j + 1]) ? bareNoun(toks[j + 1].f) : '');
          }
          break;
        }
      }
    }

    // 6. Anonymity markers: `طلب عدم الكشف عن هويته`, `لم يكشف اسمه`, `رفض ذكر اسمه`.
    const s = stripConj(t.f);
    if (ANON_VERBS.has(s) && W(toks[k + 1])) {
      const rest = [toks[k + 1], toks[k + 2], toks[k + 3], toks[k + 4]]
        .filter(W)
        .map((x) => x.f)
        .join(' ');
      const m = rest.match(
        /^(?:عدم )?(?:الكشف عن|كشف|ذكر|نشر|الافصاح عن|الإفصاح عن|الكشف|ذكر|تسميته|الاشاره الي)\s?(\S+)?/,
      );
      if (m) count('anonymity-markers', m[1] ?? '(none)', k, `${s} ${rest.split(' ').slice(0, 2).join(' ')}`);
    }
    if (s === 'لم' && W(toks[k + 1]) && NOT_NAMED.has(toks[k + 1].f) && W(toks[k + 2])) {
      const o = toks[k + 2].f === 'عن' && W(toks[k + 3]) ? toks[k + 3].f : toks[k + 2].f;
      count('anonymity-markers', o, k, `لم ${toks[k + 1].f}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Output

const HEADERS: Record<string, string> = {
  'before-comp':
    'word (و/ف stripped) before أن/إن/بأن: direct = right before (or before إلى/عن أن), subject = nearest clause-initial word 2–8 back',
  'before-colon': 'clause-initial word (و/ف stripped) 0–6 words before a colon: `وأضاف:`, `وقال المسؤول:`',
  participles: 'participle-shaped words (-ا) right before أن/إن/بأن, إلى/عن/على/في أن, or a colon',
  'verbal-nouns':
    'maṣdar-shaped nouns 2–5 words before أن (noun+N: N words of source between), or with a pronoun right before it',
  'prep-cues': 'Xا + لـ/عن (ل:anon = the noun after is a known anonymous head…), and X + ما + reporting verb',
  'naql-an': 'clause-initial word before عن when قوله/أن follows the source (`نقلت X عن Y قوله`)',
  'heads-indefinite': 'indefinite head right after a known cue (VSO, followed by أن or a colon) or a prepositional cue',
  'heads-definite': 'definite head right after a known cue (same conditions)',
  'heads-before-verb': 'indefinite clause-initial head 1–4 words before a known reporting verb (SVO)',
  'verb-lemmas': 'before-comp forms grouped into a past stem and its present (tenses: both = likely a verb)',
  constructions: 'unnamed-source constructions after a cue: numbers, partitives, dual/plural offices, … كبير',
  'anonymity-markers': 'objects of طلب/رفض عدم الكشف عن…, لم يكشف…',
};

/**
 * Groups the forms of before-comp into verb lemmas for review: a past stem (form less ت/وا/ا/تا) and a present
 * stem (3rd person ي/ت less ون/ان/ين) join when they match as كشف/يكشف, أوضح/يوضح, اعتبر/يعتبر, أكد/يؤكد.
 * Nouns rarely have both tenses, so `tenses` = both is the strong signal.
 */
function groupVerbs(): void {
  const src = tables.get('before-comp');
  if (!src) return;
  const out = table('verb-lemmas');
  const past = new Map<string, [string, Cand][]>();
  const present: [string, string, Cand][] = [];
  for (const [f, c] of [...src.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (c.n < 3 || !/^[\u0621-\u064a]+$/.test(f)) continue;
    if (/^[يت]/.test(f) && f.length >= 4) {
      const st = f.slice(1).replace(/(?:ون|ان|ين|ونه|ونها)$/, '');
      if (st.length >= 2) present.push([st, f, c]);
    }
    const p = f.length > 4 ? f.replace(/(?:تا|وا|ت|ا)$/, '') : f.replace(/(?:وا|ت)$/, '');
    if (p.length >= 3) {
      const list = past.get(p) ?? [];
      list.push([f, c]);
      past.set(p, list);
    }
  }
  const groups = new Map<string, { forms: [string, Cand][]; tenses: Set<string> }>();
  const add = (key: string, f: string, c: Cand, tense: string) => {
    const g = groups.get(key) ?? { forms: [], tenses: new Set() };
    if (!g.forms.some(([x]) => x === f)) g.forms.push([f, c]);
    g.tenses.add(tense);
    groups.set(key, g);
  };
  for (const [p, list] of past) for (const [f, c] of list) if (!/^[يت]/.test(f) || f.length < 4) add(p, f, c, 'past');
  for (const [st, f, c] of present) {
    const key = [st, `ا${st}`, st.startsWith('و') ? `ا${st.slice(1)}` : ''].find((k) => k && past.has(k));
    add(key ?? `ي${st}`, f, c, 'present');
  }
  for (const [key, g] of groups) {
    g.forms.sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
    const n = g.forms.reduce((m, [, c]) => m + c.n, 0);
    const isKnown = g.forms.some(([f]) => known(f));
    const sub = new Map(g.forms.map(([f, c]) => [f, c.n]));
    sub.set(`tenses:${[...g.tenses].sort().join('+')}`, 1e9); // listed first
    out.set(`${key}${isKnown ? '' : ''}`, { n, sub, ex: g.forms[0][1].ex });
  }
}

function write(): void {
  groupVerbs();
  mkdirSync(outDir, { recursive: true });
  const byKey = (a: [string, Cand], b: [string, Cand]) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const summary: string[] = [];
  for (const name of [...tables.keys()].sort()) {
    const rows = [...tables.get(name)!.entries()].filter(([, c]) => c.n >= MIN).sort(byKey);
    const lines = [`# ${HEADERS[name] ?? name}`, '# count\tform\tknown\tbreakdown\texample'];
    for (const [key, c] of rows) {
      const sub = [...c.sub.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 6)
        .map(([s, m]) => (m === 1e9 ? s : `${s}=${m}`))
        .join(' ');
      const kn =
        name.startsWith('heads') || name === 'constructions'
          ? headClass(key.split(' ').pop()!)
          : name === 'verb-lemmas'
            ? [...c.sub.keys()].map(known).find(Boolean)
            : known(key);
      lines.push(`${c.n}\t${key}\t${kn || '-'}\t${sub}\t${c.ex}`);
    }
    writeFileSync(join(outDir, `${name}.tsv`), `${lines.join('\n')}\n`);
    summary.push(`${name}: ${rows.length} candidates with count ≥ ${MIN}`);
  }
  console.log(summary.join('\n'));
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const rl = createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity });
  let articles = 0;
  let words = 0;
  for await (const line of rl) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { title?: string; text?: string };
    const text = `${a.title ?? ''}\n\n${a.text ?? ''}`;
    mineArticle(text);
    articles++;
    words += curToks.reduce((m, t) => m + (t.word ? 1 : 0), 0);
  }
  console.log(`${articles} articles, ${words} word tokens, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  write();
}

await main();
