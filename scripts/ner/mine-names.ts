/**
 * Names mined from unlabelled Arabic news (ANT Corpus v2.1, ../shared/data/ant/articles.jsonl.gz), written to
 * lib/lexicon/gazetteers/mined.json for the tagger's gazetteer features and the linker:
 *  - persons: two- and three-word names seen right after a title or office (`الرئيس`, `وزير الخارجية الأمريكي`,
 *    `المتحدث باسم الوزارة`), right after a reporting verb (`وقال`, `وأضاف`), or before `، الذي/التي`;
 *  - organisations with their acronym or short form in brackets after the full name
 *    (`قوات سوريا الديمقراطية (قسد)`), the full name starting with an organisation head (`حزب`, `منظمة`).
 * Kept when seen in enough distinct contexts (counts below) and when the name is mostly seen in such contexts
 * rather than as ordinary text; REJECT lists what review of the output removed. Deterministic.
 *
 *   npx tsx scripts/ner/mine-names.ts [--show]
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold, isPunct, stem, tokenize } from '../../lib/analysis/entities/text';
import { gazetteers } from '../../lib/lexicon/gazetteers/index';
import { PERSON_LINKS, STOP_WORDS } from '../../lib/lexicon/gazetteers/name-rules';
import { ORG_HEADS } from '../../lib/lexicon/gazetteers/organizations';
import { antParagraphs } from '../clusters/build-clusters';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

const PERSON_MIN = 6; // times seen in a naming context
const FREQUENT = 1500; // a name's first word is not among the corpus's most frequent words (bar given names)
const PERSON_SHARE = 0.25; // of all its occurrences
const ORG_MIN = 3; // times the acronym follows the full name in brackets

/** Reporting verbs after which Arabic news puts the speaker (VSO order), folded, conjunction optional. */
const REPORTING = [
  'قال',
  'اضاف',
  'اكد',
  'اوضح',
  'اشار',
  'صرح',
  'اعلن',
  'قالت',
  'اضافت',
  'اكدت',
  'اوضحت',
  'اشارت',
  'صرحت',
  'اعلنت',
  'ذكر',
  'ذكرت',
  'كتب',
  'كتبت',
  'غرد',
  'غردت',
  'تابع',
  'تابعت',
  'نفى',
  'نفت',
  'طالب',
  'طالبت',
  'دعا',
  'دعت',
].map(fold);
/** Reviewed away: acronyms bracketed after a name that are not its short form, or name the wrong body. */
const REJECT = new Set<string>(
  [
    'البرلمان',
    'البريكست',
    'فيفا',
    'سبوتنيك',
    'كاس', // also `كأس` (cup) once folded
    'بترا', // also the city
    // persons list, reviewed (2026-12-03): phrases, clubs and offices the contexts let through
    ...'شهود عيان|موشر الدولار|رفيع المستوي|اركان حرب|رابطه الدوري|رابطه دوري|قصر الاليزيه|ممثلو الادعاء|مفترق طرق|يسجل هدفا|يسجل رباعيه|اقرب ملاحقيه|شوون الاعلام|عبدالله الرياضيه بجده|ايمان مطلق تتحدث|دراسات عليا|ديربي كاونتي|عشيه مباراه|كاتالونيا السابق|كتالونيا السابق|عبدالله الاقتصاديه|ايصال المساعدات الانسانيه|تسجيلا للاهداف|تشيلسي السابق|حظا للفوز|طالبا عدم|غرفه العمليات|وحده مكافحه|اغتصاب جماعي|تسديده زميله|ستساعد علي|شوون الانسحاب|غالبيه المجيبين|مستخدم اخر|سلمان للاغاثه والاعمال|وقايده حازم|هاري وميغان|اتلتيك بلباو|سيلتا فيغو|عبدالعزيز للعلوم والتقنيه|مصلحه الجمارك|مطورون عقاريون|وحده تداعيات الاصلاحات|يقرر الانسحاب|اركان الجيوش|اسره الاعلامي|اعلاميا باسم|انعقاده الاسبوع المقبل|اهدافه بالموسم الحالي|تبادلا معلومات توكد|تنفيذي فيدرالي لcnn|توثر الاستثمارات|جماهيره لمباراتين وتغريمه|خدمه الاطفاء|رفضه لما يوصف|عدسه تصوير احدي|عقده الاثنين بمقر|قرارا مماثلا|قسم الابحاث|قسم البحوث|قسم الملكيه الفكريه|مصدران مطلعان|منافسه تشيلسي بنتيجه|منظومه العمل|و96 الف مدني|واصابه اخر|واظهر الفيديو|وتكنولوجيا المعلومات|يلعب لنادي|سلمان بالمجمعه|قرقاش علي|تي اس'.split(
      '|',
    ),
  ].map(fold),
);
/** A possessive noun after a title (`في ولايته`, `وزير خارجيته`) is not the start of a name. */
const POSSESSIVE_START = /^(ولايت|خارجيت|داخليت|سلف|وزير)/;

const stop = new Set([
  ...STOP_WORDS.map(fold),
  'ان',
  'انه',
  'بان',
  'لقد',
  'هذا',
  'هذه',
  'ذلك',
  'تلك',
  'كان',
  'كانت',
  'يوم',
  'عام',
  'امس',
  'اليوم',
  'الذي',
  'التي',
  'الذين',
  'ايضا',
  'فقط',
  'لا',
  'ما',
  'لم',
  'عبر',
  'لدى',
  'له',
  'لها',
  'الي',
  'علي',
  'به',
  'بها',
  'فيه',
  'فيها',
  'منه',
  'منها',
  'عليه',
  'انها',
  'انهم',
  'حيث',
  'وقال',
  'قال',
  'قالت',
  'مساء',
  'صباح',
  'خلال',
  'بعد',
  'قبل',
  'الا',
  'لدي',
  'وهو',
  'وهي',
  'بشده',
  'مره',
]);
stop.delete('علي'); // the given name (folded `على` is the preposition too; the count filter copes)
const links = new Set(PERSON_LINKS.map(fold));

async function main() {
  const g = gazetteers();
  const show = process.argv.includes('--show');
  const total = new Map<string, number>(); // 2- and 3-gram counts over the corpus (keys), for the share filter
  const ctx = new Map<string, number>(); // n-gram → times seen in a naming context
  const acr = new Map<string, number>(); // `full|acronym` → times
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const isDef = (f: string) => /^(و|ف)?(ب|ك|ل)?ال/.test(f) || f.startsWith('لل');
  /** A token that may start a person's name: a word, not a particle, title, or definite noun. */
  const nameStart = (f: string) =>
    f.length >= 2 && !isPunct(f) && !/^[0-9٠-٩]/.test(f) && !stop.has(f) && !isDef(f) && !g.titles.has(stem(f));
  const nameNext = (f: string) =>
    f.length >= 2 &&
    !isPunct(f) &&
    !/^[0-9٠-٩]/.test(f) &&
    !stop.has(f) &&
    !g.titles.has(stem(f)) &&
    !REPORTING.includes(f);
  const heads = new Set(ORG_HEADS.map((h) => fold(h)));
  let paras = 0;
  const freq = new Map<string, number>();
  for await (const p of antParagraphs()) {
    paras++;
    const toks = tokenize(p).map((t) => fold(t.text));
    const n = toks.length;
    for (const t of toks) freq.set(t, (freq.get(t) ?? 0) + 1);
    /** Candidate names starting at j: the 2-gram, and the 3-gram when it looks like one name. */
    const candidates = (j: number) => {
      if (j + 1 >= n || !nameStart(toks[j]) || !nameNext(toks[j + 1])) return;
      bump(ctx, `${toks[j]} ${toks[j + 1]}`);
      if (j + 2 < n && nameNext(toks[j + 2])) bump(ctx, `${toks[j]} ${toks[j + 1]} ${toks[j + 2]}`);
    };
    for (let i = 0; i < n; i++) {
      const f = toks[i];
      const k = stem(f);
      // After a title: skip the office's own words (definite nouns, nationality adjectives, `باسم`+noun).
      if (g.titles.has(k) || g.titleForms.has(f)) {
        let j = i + 1;
        while (
          j < n &&
          j - i <= 5 &&
          (isDef(toks[j]) || g.nisba.has(stem(toks[j])) || toks[j] === 'باسم' || g.titles.has(stem(toks[j])))
        )
          j++;
        if (j > i + 1 || !isDef(toks[i + 1] ?? '')) candidates(j);
      }
      const verb = f.startsWith('و') || f.startsWith('ف') ? f.slice(1) : f;
      if (REPORTING.includes(f) || REPORTING.includes(verb)) candidates(i + 1);
      // `X Y، الذي` / `X Y، التي`
      if ((f === '،' || f === ',') && (toks[i + 1] === 'الذي' || toks[i + 1] === 'التي') && i >= 2) {
        candidates(i - 2);
        if (i >= 3 && nameStart(toks[i - 3]) && links.has(toks[i - 2]))
          bump(ctx, `${toks[i - 3]} ${toks[i - 2]} ${toks[i - 1]}`);
      }
      // Organisation (ACRONYM): a head word, up to 6 words, then a bracketed single word.
      if (
        f === '(' &&
        i + 2 < n &&
        toks[i + 2] === ')' &&
        !isPunct(toks[i + 1]) &&
        toks[i + 1].length >= 2 &&
        toks[i + 1].length <= 8
      ) {
        for (let s = i - 1; s >= Math.max(0, i - 7); s--) {
          if (isPunct(toks[s])) break;
          const h = toks[s].replace(/^(و|ف)?(ب|ل|ك)?/, '');
          if (heads.has(toks[s]) || heads.has(h)) {
            if (i - s >= 2) bump(acr, `${toks.slice(s, i).join(' ')}|${toks[i + 1]}`);
            break;
          }
        }
      }
    }
  }
  // Second pass: how often each candidate occurs at all (only candidates seen often enough, to bound memory).
  for (const [k, c] of ctx) if (c >= PERSON_MIN) total.set(k, 0);
  for (const [k, c] of ctx)
    if (c >= PERSON_MIN && k.split(' ').length === 3) total.set(k.split(' ').slice(0, 2).join(' '), 0);
  for await (const p of antParagraphs()) {
    const toks = tokenize(p).map((t) => fold(t.text));
    for (let i = 0; i + 1 < toks.length; i++) {
      const two = `${toks[i]} ${toks[i + 1]}`;
      const c2 = total.get(two);
      if (c2 !== undefined) total.set(two, c2 + 1);
      if (i + 2 < toks.length) {
        const three = `${two} ${toks[i + 2]}`;
        const c3 = total.get(three);
        if (c3 !== undefined) total.set(three, c3 + 1);
      }
    }
  }
  // Persons: enough naming contexts, and a fair share of all occurrences; a 3-gram replaces its 2-gram prefix
  // when it carries most of it (`محمد بن سلمان`, not `دونالد ترامب إن`).
  const frequent = new Set(
    [...freq]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, FREQUENT)
      .map(([w]) => w),
  );
  // Words a name is not made of: gazetteer places and organisations, nationality adjectives.
  const notName = (w: string) => {
    const k = stem(w);
    const t = g.tokenTypes.get(k);
    return (
      (t !== undefined && t !== 'PERS' && !g.firstNames.has(k)) ||
      g.nisba.has(k) ||
      g.placeHeads.has(k) ||
      g.orgHeads.has(k) ||
      g.generic.has(k)
    );
  };
  const persons: [string, number][] = [];
  for (const [k, c] of ctx) {
    const t = total.get(k) ?? c;
    if (c < PERSON_MIN || c < PERSON_SHARE * t || REJECT.has(k)) continue;
    const words = k.split(' ');
    if (words.some(notName) || POSSESSIVE_START.test(words[0])) continue;
    if (frequent.has(words[0]) && !g.firstNames.has(stem(words[0])) && !links.has(words[0])) continue;
    if (/^(لل|ل|ب)/.test(words[0]) && !g.firstNames.has(stem(words[0]))) {
      // `لحزب الله`, `بوزاره الخارجيه`: a preposition fused to a noun; keep only when the bare word is a given name
      const bare = words[0].replace(/^(لل|ل|ب)/, '');
      if (!g.firstNames.has(stem(bare))) continue;
    }
    if (words.length === 3) {
      const two = words.slice(0, 2).join(' ');
      if (t < 0.5 * (total.get(two) ?? 0)) continue;
    }
    persons.push([k, c]);
  }
  const three = new Set(
    persons.filter(([k]) => k.split(' ').length === 3).map(([k]) => k.split(' ').slice(0, 2).join(' ')),
  );
  const keptPersons = persons.filter(([k]) => !three.has(k)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // Organisations: the acronym's most frequent full name, seen ORG_MIN times or more.
  const byAcr = new Map<string, [string, number]>();
  for (const [k, c] of acr) {
    const [full, a] = k.split('|');
    if (c < ORG_MIN || REJECT.has(a)) continue;
    const prev = byAcr.get(a);
    // The full name without a fused conjunction or preposition (`لحزب العمال` → `حزب العمال`).
    const words = full.split(' ');
    const head = words.findIndex((w) => heads.has(w));
    const clean = head === 0 ? full : words.map((w, i) => (i === 0 ? w.replace(/^(و|ف)?(ب|ل|ك)?/, '') : w)).join(' ');
    if (!prev || c > prev[1] || (c === prev[1] && clean < prev[0])) byAcr.set(a, [clean, c]);
  }
  const orgs = [...byAcr].sort((a, b) => b[1][1] - a[1][1] || (a[0] < b[0] ? -1 : 1));
  if (show) {
    for (const [k, c] of keptPersons) console.log(`P\t${c}\t${total.get(k)}\t${k}`);
    for (const [a, [full, c]] of orgs) console.log(`O\t${c}\t${full}\t(${a})`);
  }
  const out = {
    about: `Names mined by scripts/ner/mine-names.ts from ANT Corpus v2.1 (Chouigui, Ben Khiroun & Elayeb 2021; Apache-2.0 with citation licence; ${paras} paragraphs): persons seen ${PERSON_MIN}+ times after a title, a reporting verb or before "، الذي/التي" (and in ${PERSON_SHARE * 100}%+ of their occurrences), organisations with the acronym bracketed after them ${ORG_MIN}+ times. Folded forms.`,
    persons: keptPersons.map(([k]) => k),
    organizations: orgs.map(([a, [full]]) => [full, a]),
  };
  writeFileSync(join(root, 'lib/lexicon/gazetteers/mined.json'), `${JSON.stringify(out)}\n`);
  console.log(`${paras} paragraphs: ${keptPersons.length} persons, ${orgs.length} organisations with acronyms`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
