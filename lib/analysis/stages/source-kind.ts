import { isDefinite, stripConjNoun } from '../../arabic/clitics';
import { foldArabic } from '../../arabic/normalize';
import type { Token } from '../../arabic/tokens';
import { nounBare as bareNoun, LEX, nounForm } from '../lexicon';
import type { MentionIndex } from '../mention-index';
import type { SourceKind } from '../schema';

/**
 * The kind and display name of a source phrase (GUIDELINES "The source's kind", Decision 7), from its head
 * word and what follows it:
 *   - anonymity markers (`طلب عدم نشر اسمه`) and anonymous heads (`مصادر`, `شهود`, `ناشطون`) → anonymous;
 *   - a document (`تقرير`, `بيان`) → organization;
 *   - an office: indefinite and not in a construct (`مسؤول أمريكي`, `متحدث باسم`) → anonymous, otherwise person;
 *   - an organisation head: indefinite with adjectives only (`منظمات حقوقية`) → anonymous, otherwise organization;
 *   - states, capitals and known organisations → organization;
 *   - a bare proper name → person; an unknown definite noun → organization (plural of people → anonymous).
 */
export type Gender = 'm' | 'f' | 'p';

export interface SourceInfo {
  kind: SourceKind;
  /** Agreement of the cue the source was named with, to pick the right antecedent for an implicit subject. */
  gender?: Gender;
  name: string;
  role?: string;
  /** Folded bare tokens of the mention, for back-references. */
  bare: string[];
  head: string;
  /** Token range of the mention (absent for a resolved implicit source). */
  from?: number;
  to?: number;
}

export interface KindContext {
  text: string;
  toks: Token[];
  history: SourceInfo[];
  /** The text's entity mentions, by offset. */
  mentions: MentionIndex;
}

const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي']);

const isQuote = (t: Token) => !t.word && LEX.quotes.has(t.f);

/** Nisba adjective: definite or not, ends in ي / يه (folded ية) / يين / يون. */
function isNisba(f: string): boolean {
  const w = stripConjNoun(f);
  return /(?:ي|يه|يين|يون|يات|يان|يتان)$/.test(w) && w.length > 3;
}

function isHeadNoun(bare: string): boolean {
  return LEX.titles.has(bare) || LEX.orgHeads.has(bare) || LEX.docHeads.has(bare) || LEX.anon.has(bare);
}

/** The word after an indefinite head decides: a definite or proper genitive makes the phrase definite. */
function constructFollows(toks: Token[], k: number, to: number): boolean {
  for (let j = k + 1; j < to; j++) {
    const t = toks[j];
    if (!t.word) {
      if (isQuote(t)) continue;
      return false;
    }
    const w = stripConjNoun(t.f);
    // A quoted or Latin-script word after the head is a name: `صحيفة "ديلي ميل"`, `شبكة CNN`.
    if (j > k + 1 && isQuote(toks[j - 1])) return true;
    if (/^[a-z0-9]/.test(w)) return true;
    if (LEX.prepositions.has(w) || w === 'باسم') return false;
    if (w.startsWith('ال')) return true;
    if (isHeadNoun(bareNoun(w)) || LEX.orgHeads.has(w)) return true; // وزير خارجية روسيا
    // An adjective agrees with its head: after a feminine head (`مجلة`), a word in -ي is a name (`مجلة فانتي فير`).
    if (isNisba(w) && toks[k].f.endsWith('ه') && w.endsWith('ي')) return true;
    if (isNisba(w)) return false; // indefinite adjective
    if (LEX.indefAdjectives.has(w)) return false; // `مسؤول كبير في البيت الأبيض`, `مصدر مطلع`
    return !LEX.anon.has(w); // proper noun genitive: وزارة الصحة, رئيس حماس
  }
  return false;
}

function kindOfHead(ctx: KindContext, from: number, to: number, head: number): SourceKind {
  const { toks } = ctx;
  for (let j = from; j < to; j++) if (toks[j].word && LEX.anonMarkers.has(toks[j].f)) return 'anonymous';
  const f = nounForm(toks[head].f);
  const bare = bareNoun(toks[head].f);
  const def = isDefinite(toks[head].f);
  if (LEX.anon.has(bare) || LEX.anon.has(f)) return 'anonymous';
  // Numbers of people and shares of respondents: `3 دبلوماسيين`, `60% من المشاركين` (Decision 7, 13).
  if (/^[0-9٠-٩]/.test(f)) return 'anonymous';
  if (LEX.unnamedGroups.has(bare) || LEX.unnamedGroups.has(f) || LEX.unnamedGroups.has(stripConjNoun(toks[head].f))) {
    return 'anonymous';
  }
  // Duals and plurals of offices and anonymous heads the lexicon lists in the singular (`مسؤولان`, `المسؤولون`,
  // `دبلوماسيان`): an unnamed group unless a name follows.
  const sing = singularOf(bare);
  if (sing && (LEX.titles.has(sing) || LEX.anon.has(sing)) && !nameRun(toks, head + 1, to)) return 'anonymous';
  // A role many people hold, definite and without a name (`المذيع`, `الصحفية`; Decision 13).
  if (def && LEX.nonUniqueRoles.has(bare) && !nameRun(toks, head + 1, to) && !entityHint(ctx, head, to)) {
    return 'anonymous';
  }
  if (LEX.docHeads.has(bare)) return 'organization';
  if (LEX.titles.has(bare)) {
    if (def) return 'person';
    if (constructFollows(toks, head, to)) return 'person';
    // An indefinite office followed by a name in apposition (`محلل CNN، روبرت باير`) is that person.
    return namedInApposition(toks, from, to) ? 'person' : 'anonymous';
  }
  if (LEX.orgHeads.has(bare) || LEX.orgHeads.has(f)) {
    if (def) return 'organization';
    return constructFollows(toks, head, to) ? 'organization' : 'anonymous';
  }
  if (LEX.states.has(f) || LEX.states.has(bare) || LEX.knownOrgs.has(f) || LEX.knownOrgs.has(bare)) {
    return 'organization';
  }
  const hint = entityHint(ctx, head, head + 1);
  if (hint) return hint;
  // An indefinite plural participle (`منتقدون`, `متابعين`): an unnamed group, not a person's name.
  if (!def && /^م[^ا].{2,}(?:ون|ين)$/u.test(bare)) return 'anonymous';
  if (!def) return 'person';
  if (/(?:ون|ين)$/.test(f)) return 'anonymous';
  return 'organization';
}

/** The singular of a sound dual or plural (`مسؤولان`, `مسؤولين`, `مسؤولو`, `متحدثون`), or null. */
function singularOf(bare: string): string | null {
  if (bare.length < 5) return null;
  const m = /^(.{3,})(?:ان|ين|ون|و)$/u.exec(bare);
  return m ? m[1] : null;
}

function entityHint(ctx: KindContext, from: number, to: number): SourceKind | null {
  const [m] = ctx.mentions.overlapping(ctx.toks[from].start, ctx.toks[to - 1].end);
  return m ? (m.type === 'person' ? 'person' : 'organization') : null;
}

/** `، دونالد ترامب،` after a mention: 1–4 name-like words between a comma and a comma, colon or clause. */
function appositionName(ctx: KindContext, to: number): [number, number] | null {
  const { toks } = ctx;
  if (!toks[to] || toks[to].word || !LEX.commas.has(toks[to].f)) return null;
  let e = to + 1;
  while (e < toks.length && e < to + 6 && toks[e].word) e++;
  if (e === to + 1 || e >= toks.length || toks[e].word || e > to + 5) return null;
  const run = nameRun(toks, to + 1, e);
  return run && run[0] === to + 1 ? run : null;
}

/** A proper name right after a comma or a title/adjective inside the phrase. */
function namedInApposition(toks: Token[], from: number, to: number): boolean {
  const run = nameRun(toks, from, to);
  if (!run || run[0] === from) return false;
  const p = toks[run[0] - 1];
  if (!p.word) return LEX.commas.has(p.f);
  // Without a comma, an indefinite office is followed by adjectives (`مسؤول أمني مطلع`): a name there needs two
  // words and no adjective-like one.
  if (run[1] - run[0] < 2) return false;
  for (let j = run[0]; j < run[1]; j++) if (isNisba(toks[j].f)) return false;
  const w = stripConjNoun(p.f);
  return isHeadNoun(bareNoun(w)) || isNisba(w);
}

/**
 * A name before the office (`كارولين سيجوين مديرة برنامج اليمن`, `شتيفان سايبيرت، المتحدث باسم ميركل`): two or
 * more name-like words at the start, followed by a comma or an office.
 */
function leadingName(toks: Token[], from: number, to: number): [number, number] | null {
  let e = from;
  while (e < to && toks[e].word) {
    const w = stripConjNoun(toks[e].f);
    const b = bareNoun(w);
    if (isHeadNoun(b) || LEX.prepositions.has(w) || LEX.states.has(w) || /^\d/.test(w)) break;
    if (w.startsWith('ال') && (e === from || isNisba(w))) break;
    e++;
  }
  if (e - from < 2 || e >= to) return null;
  const nx = toks[e];
  if (nx.word ? LEX.titles.has(bareNoun(nx.f)) : LEX.commas.has(nx.f)) return [from, e];
  return null;
}

/** Trailing run of name-like words (`صهيب الجابر` in `الصحفي السوري … صهيب الجابر`), as token indices. */
function nameRun(toks: Token[], from: number, to: number): [number, number] | null {
  let e = to;
  while (e > from && !toks[e - 1].word) e--;
  let s = e;
  let sawProper = false;
  for (let j = e - 1; j >= from; j--) {
    const t = toks[j];
    if (!t.word) {
      if (isQuote(t)) {
        if (sawProper) break;
        continue;
      }
      break;
    }
    const w = stripConjNoun(t.f);
    const bare = bareNoun(w);
    if (LEX.prepositions.has(w) || isHeadNoun(bare) || LEX.states.has(w) || /^\d/.test(w)) break;
    if (LEX.comp.has(t.f) || LEX.compBare.has(w)) break; // `إن`, `أن` start the claim, never a name
    if (w === 'ال' && sawProper) {
      s = j; // `آل` (folded `ال`) inside a family name: `محمد بن راشد آل مكتوم`
      continue;
    }
    if (w.startsWith('ال')) {
      // A surname with the article only right after a first name (`أشرف القدرة`, `مروان العلي`); otherwise an
      // adjective (`الروسي`) or a noun.
      if (j !== e - 1) break;
      const p = j > from ? toks[j - 1] : null;
      const pw = p?.word ? stripConjNoun(p.f) : '';
      if (!pw || pw.startsWith('ال') || isHeadNoun(bareNoun(pw)) || LEX.prepositions.has(pw) || isNisba(pw)) break;
      s = j;
      continue;
    }
    if (isNisba(w) && !sawProper && j === e - 1) break;
    sawProper = true;
    s = j;
  }
  if (!sawProper || s >= e) return null;
  return [s, e];
}

/**
 * A run of proper words right after an organisation head (`في شبكة فرات بوست صهيب الجابر`) begins with the
 * organisation's own name: the person is a known person entity ending the run, or else its last two words
 * (given name and family name). Other runs are returned as they are.
 */
function splitOrgFromName(ctx: KindContext, run: [number, number], from: number): [number, number] {
  const [s, e] = run;
  if (s <= from || e - s < 3) return run;
  const before = ctx.toks[s - 1];
  if (!before?.word || !LEX.orgHeads.has(bareNoun(stripConjNoun(before.f)))) return run;
  const people = ctx.mentions.personNames();
  for (let k = s + 1; k < e - 1; k++) if (people.has(foldArabic(spanText(ctx, k, e)))) return [k, e];
  return [e - 2, e];
}

const spanText = (ctx: KindContext, a: number, b: number) => ctx.text.slice(ctx.toks[a].start, ctx.toks[b - 1].end);

/** Display text of a phrase without a leading conjunction or fused preposition (`للمصادر` → `المصادر`). */
export function cleanPhrase(ctx: KindContext, a: number, b: number): string {
  const raw = spanText(ctx, a, b);
  const t = ctx.toks[a];
  const f = t.f;
  const bare = nounForm(f);
  if (bare === f || !t.word) return raw.trim();
  // Only leading clitics are cut here; a form that changed elsewhere (a possessive) is shown as written.
  const tail = bare.startsWith('ال') && !f.endsWith(bare) ? bare.slice(2) : bare;
  if (!f.endsWith(tail)) return raw.trim();
  // Drop the units of the clitics: count letters removed, then re-add the article if لل → ال.
  const lost = f.length - bare.length + (f.startsWith('لل') || f.slice(1).startsWith('لل') ? 2 : 0);
  let cut = 0;
  let seen = 0;
  while (cut < raw.length && seen < lost) {
    const c = raw.charCodeAt(cut);
    if (!((c >= 0x064b && c <= 0x065f) || c === 0x0640)) seen++;
    cut++;
  }
  while (cut < raw.length && raw.charCodeAt(cut) === 0x0640) cut++;
  const rest = raw.slice(cut);
  // No word starts with ؤ or ئ: `فؤاد` folds to `فواد`, whose `ف` only looks like a conjunction.
  if (/^[ؤئ]/u.test(rest)) return raw.trim();
  return (bare.startsWith('ال') && !rest.startsWith('ال') ? `ال${rest}` : rest).trim();
}

/** Builds the source of a mention spanning tokens [from, to), resolving back-references against history. */
export function describeSource(ctx: KindContext, from: number, to: number): SourceInfo {
  const { toks } = ctx;
  let head = from;
  while (head < to && !toks[head].word) head++;
  if (head >= to) head = from;
  const bare: string[] = [];
  for (let j = from; j < to; j++) {
    if (!toks[j].word) continue;
    // A relative clause describes the source but is not part of its name (`المنظمة التي تتخذ من نيويورك مقرا`).
    if (j > from && RELATIVES.has(toks[j].f)) break;
    bare.push(bareNoun(toks[j].f));
  }
  const headBare = bareNoun(toks[head].f);

  // `المصدر نفسه`, `الصحيفة ذاتها`: the latest source (with the same head when there is one).
  for (let j = from; j < to; j++) {
    if (toks[j].word && LEX.sameAs.has(toks[j].f)) {
      let prev: SourceInfo | undefined;
      for (let k = ctx.history.length - 1; k >= 0 && k >= ctx.history.length - 40 && !prev; k--) {
        if (ctx.history[k].head === headBare) prev = ctx.history[k];
      }
      prev ??= ctx.history.at(-1);
      if (prev) return { ...prev, bare, head: headBare, from, to };
    }
  }
  const ante = findAntecedent(ctx, bare, headBare, toks[head].f);
  if (ante) return { kind: ante.kind, name: ante.name, role: ante.role, bare, head: headBare, from, to };

  const kind = kindOfHead(ctx, from, to, head);
  if (kind === 'person') {
    // `الشيخ حمد بن جاسم، رئيس الوزراء القطري السابق`, `خالد العمري، رئيس الوزراء`: a name, then its office in
    // apposition after a comma. The name ends the part before the comma.
    let c = from;
    while (c < to && !(!toks[c].word && LEX.commas.has(toks[c].f))) c++;
    const run = c < to && c > head ? nameRun(toks, from, c) : null;
    // Only honorifics may stand before the name (`الشيخ`, `الدكتور`): not the genitive of an office (`رئيس حماس،`)
    // nor the object of a preposition (`أستاذ الطرق في #جامعة_عين_شمس،`); and no known organisation.
    let titlesOnly = true;
    for (let x = from; run && x < run[0]; x++) {
      if (toks[x].word && !(LEX.titles.has(bareNoun(toks[x].f)) && isDefinite(toks[x].f))) titlesOnly = false;
    }
    const org = run && (LEX.knownOrgs.has(nounForm(toks[run[0]].f)) || LEX.states.has(nounForm(toks[run[0]].f)));
    if (run && run[1] === c && titlesOnly && !org) {
      const role = cleanPhrase(ctx, c + 1, to);
      return {
        kind,
        name: stripQuotes(cleanPhrase(ctx, run[0], run[1])),
        role: role || undefined,
        bare,
        head: headBare,
        from,
        to,
      };
    }
  }
  if (kind === 'person' && !nameRun(toks, from, to)) {
    // `قال الرئيس الأمريكي، دونالد ترامب، إن`: the name in apposition just after the office.
    const app = appositionName(ctx, to);
    if (app) {
      return {
        kind,
        name: cleanPhrase(ctx, app[0], app[1]),
        role: cleanPhrase(ctx, from, to),
        bare,
        head: headBare,
        from,
        to,
      };
    }
  }
  if (kind === 'person') {
    const lead = leadingName(toks, from, to);
    if (lead) {
      const rest = lead[1] < to ? cleanPhrase(ctx, lead[1], to).replace(/^[\s،,]+/u, '') : '';
      return {
        kind,
        name: stripQuotes(cleanPhrase(ctx, lead[0], lead[1])),
        role: rest || undefined,
        bare,
        head: headBare,
        from,
        to,
      };
    }
    const found = nameRun(toks, from, to);
    const run = found && splitOrgFromName(ctx, found, from);
    if (run) {
      const name = stripQuotes(cleanPhrase(ctx, run[0], run[1]));
      const roleText = run[0] > from ? cleanPhrase(ctx, from, run[0]).replace(/[\s،,"«»“”]+$/u, '') : '';
      return { kind, name, role: roleText || undefined, bare, head: headBare, from, to };
    }
  }
  return { kind, name: stripQuotes(cleanPhrase(ctx, from, to)), bare, head: headBare, from, to };
}

function stripQuotes(s: string): string {
  return s.replace(/^["«“”»]+|["«“”»]+$/gu, '').trim() || s;
}

/**
 * A short definite or proper mention that repeats an earlier source: same head and every word in it
 * (`الصحيفة` → `صحيفة البايس`, `المصدر` → `مصدر عسكري`), or a surname (`الجابر` → `صهيب الجابر`).
 */
function findAntecedent(ctx: KindContext, bare: string[], headBare: string, headFold: string): SourceInfo | null {
  if (bare.length > 3 || !ctx.history.length) return null;
  const def = isDefinite(headFold);
  const generic = isHeadNoun(headBare);
  if (generic && !def) return null; // an indefinite office is a new, anonymous source
  for (let k = ctx.history.length - 1; k >= 0 && k >= ctx.history.length - 40; k--) {
    const h = ctx.history[k];
    if (generic) {
      if (h.head !== headBare) continue;
      if (bare.every((b) => h.bare.includes(b) || isNisbaBare(b))) return h;
    } else if (bare.length <= 2) {
      // A surname or first name repeats a person's name; other words repeat an organisation's whole name.
      const nameBare = h.name.split(/\s+/u).map((w) => bareNoun(stripConjWord(w)));
      if (h.kind === 'person' ? bare.every((b) => nameBare.includes(b)) : nameBare.join(' ') === bare.join(' ')) {
        return h;
      }
    }
  }
  return null;
}

const isNisbaBare = (b: string) => /(?:ي|يه)$/.test(b) && b.length > 3;

function stripConjWord(w: string): string {
  return stripConjNoun(
    w
      .replace(/[\u064B-\u065F\u0640]/gu, '')
      .replace(/[أإآ]/gu, 'ا')
      .replace(/ة/gu, 'ه')
      .replace(/ى/gu, 'ي'),
  );
}
