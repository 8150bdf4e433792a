import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import weights from '../../lexicon/ner/weights.json';
import { EntitySchema } from '../schema';
import { cliticLength } from './clitics';
import { outputTag, parseConll, splitDev } from './conll';
import { contextFeatures, sentenceFeatures } from './features';
import { findEntities } from './index';
import { skeleton } from './link';
import { modelFromFile, type ShippedWeights, tagFeatures } from './model';
import { shippedTagger, tagSentence, tagSentences } from './tagger';
import { fold, stem, tokenize } from './text';

const byName = (text: string) => new Map(findEntities(text).map((e) => [e.name, e]));
const allForms = (text: string) => findEntities(text).flatMap((e) => [e.name, ...e.aliases]);

describe('tokenize', () => {
  it('keeps UTF-16 offsets and splits punctuation off words', () => {
    const text = 'قال "لافروف"، في موسكو: 2018.';
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks.map((t) => t.text)).toEqual(['قال', '"', 'لافروف', '"', '،', 'في', 'موسكو', ':', '2018', '.']);
  });
  it('treats hashtag marks as joiners', () => {
    expect(tokenize('دونالد_ترمب #أردوغان').map((t) => t.text)).toEqual(['دونالد', 'ترمب', 'أردوغان']);
  });
});

describe('clitics', () => {
  const none = () => false;
  it('strips a conjunction or preposition before the article', () => {
    expect(cliticLength(fold('والعراق'), none)).toBe(1);
    expect(cliticLength(fold('بالعراق'), none)).toBe(1);
    expect(cliticLength(fold('وبالعراق'), none)).toBe(2);
  });
  it('strips a fused preposition only when the rest is a known word', () => {
    const known = (w: string) => w === 'روسيا';
    expect(cliticLength(fold('لروسيا'), known)).toBe(1);
    expect(cliticLength(fold('لبنان'), known)).toBe(0);
  });
  it('keeps letters that belong to a known name', () => {
    const known = (w: string, whole: boolean) => whole && w === 'واشنطن';
    expect(cliticLength(fold('واشنطن'), known)).toBe(0);
  });
  it('recognises names behind clitics in running text', () => {
    const forms = allForms(
      'وقال مسؤول إن القوات انسحبت من سوريا والعراق، وإن الوفد توجه لروسيا ثم إلى روسيا مرة أخرى.',
    );
    expect(forms).toContain('العراق');
    expect(forms).toContain('روسيا');
    expect(forms).not.toContain('والعراق');
    expect(forms).not.toContain('لروسيا');
  });
});

describe('titles and adjectives', () => {
  it('keeps a title apart from the name', () => {
    const ents = findEntities('وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده لن تتراجع.');
    const person = ents.find((e) => e.type === 'person');
    expect(person?.name).toBe('سيرغي لافروف');
    expect(ents.some((e) => e.name.includes('الخارجية الروسي'))).toBe(false);
  });
  it('does not take a nationality adjective for a place, and makes institution + adjective an organisation', () => {
    const ents = findEntities('وقالت المتحدثة باسم الخارجية الروسية إن الحكومة السورية وافقت.');
    expect(ents.some((e) => e.type === 'location')).toBe(false);
    const orgs = ents.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs).toContain('الخارجية الروسية');
    expect(orgs).toContain('الحكومة السورية');
  });
  it('leaves bare generic nouns out', () => {
    const ents = findEntities('وقالت الحكومة إن الشرطة والوزارة تتابعان الأمر.');
    expect(ents).toEqual([]);
  });
  it('ends a name before a definite verbal noun, its object', () => {
    const ents = findEntities('رفضت المستشارة الألمانية أنجيلا ميركل التعليق على هذه الآراء.');
    expect(ents.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['أنجيلا ميركل']);
    expect(byName('وقال صدام حسين التكريتي إن المحكمة باطلة.').has('صدام حسين التكريتي')).toBe(true);
  });
});

describe('alias linking', () => {
  it('links an acronym to its full form', () => {
    const ents = byName('سيطرت قوات سوريا الديمقراطية على البلدة. وقال متحدث باسم قسد إن المعارك انتهت.');
    expect(ents.get('قوات سوريا الديمقراطية')?.aliases).toContain('قسد');
  });
  it('links a surname to the full name', () => {
    const ents = byName('قال الصحفي صهيب الجابر إن المدينة سقطت. وأضاف الجابر أن المدنيين خرجوا.');
    expect(ents.get('صهيب الجابر')?.aliases).toContain('الجابر');
    expect(ents.has('الجابر')).toBe(false);
  });
  it('links spelling variants and curated aliases', () => {
    const ents = findEntities('اتهمت أمريكا تنظيم الدولة بالهجوم، وقالت أميركا إن داعش خسر مواقعه.');
    const us = ents.find((e) => e.type === 'location');
    expect([us?.name, ...(us?.aliases ?? [])].sort()).toEqual(['أمريكا', 'أميركا']);
    const isis = ents.find((e) => e.type === 'organization');
    expect([isis?.name, ...(isis?.aliases ?? [])].sort()).toEqual(['تنظيم الدولة', 'داعش']);
  });
  it('reads a hashtag as the name it spells and links it to the full name', () => {
    const ents = byName('قال الشيخ محمد بن راشد آل مكتوم إن المشروع سيكتمل. ونشر الحساب صورة مع وسم #محمد_بن_راشد.');
    const full = ents.get('محمد بن راشد آل مكتوم');
    expect(full?.type).toBe('person');
    expect(full?.aliases).toContain('محمد_بن_راشد');
  });
  it('links an acronym mined from news to its full name, with no brackets in the article', () => {
    const ents = byName('أعلنت منظمة البلدان المصدرة للبترول خفض الإنتاج. وقال مسؤول في أوبك إن القرار نهائي.');
    expect(ents.get('منظمة البلدان المصدرة للبترول')?.aliases).toContain('أوبك');
  });
  it('links a bracketed short name to the name before it', () => {
    const ents = byName('ونقلت وكالة الأنباء الروسية (ريا) عن مصدر قوله إن الاتفاق قريب.');
    expect(ents.get('وكالة الأنباء الروسية')?.aliases).toContain('ريا');
  });
  it('computes a shared skeleton for vowel-spelling variants', () => {
    expect(skeleton([stem(fold('أمريكا'))])).toBe(skeleton([stem(fold('أميركا'))]));
  });
});

const GOLD = resolve(__dirname, '../../../../shared/eval/gold');
describe.skipIf(!existsSync(GOLD))('gold articles', () => {
  const ids = existsSync(GOLD) ? readdirSync(GOLD).filter((f) => f.endsWith('.txt')) : [];
  it('every mention, name and alias is verbatim at its offsets', () => {
    for (const f of ids) {
      const text = readFileSync(join(GOLD, f), 'utf8');
      for (const e of findEntities(text)) {
        EntitySchema.parse(e);
        expect(e.mentions.length).toBeGreaterThan(0);
        for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        const texts = new Set(e.mentions.map((m) => m.text));
        expect(texts.has(e.name)).toBe(true);
        for (const a of e.aliases) expect(texts.has(a)).toBe(true);
      }
    }
  });
});

describe('any input', () => {
  it('never throws and keeps every mention verbatim at its offsets', () => {
    const pieces = [
      'و',
      'ال',
      'عراق',
      'لروسيا',
      'محمد',
      ' ',
      '\n',
      '.',
      '(',
      ')',
      '"',
      '#',
      '_',
      'مدينة',
      'قسد',
      'A',
      '٣',
      '😀',
      'ً',
    ];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string()), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        for (const e of findEntities(text)) {
          for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m0(e).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('returns nothing for empty or name-free text', () => {
    expect(findEntities('')).toEqual([]);
    expect(findEntities('   \n ... ')).toEqual([]);
  });
});
const m0 = (e: { name: string }) => e.name;

describe.skipIf(!existsSync(GOLD))('long pages', () => {
  it('takes time linear in the text length', () => {
    const base = readdirSync(GOLD)
      .filter((f) => f.endsWith('.txt'))
      .slice(0, 10)
      .map((f) => readFileSync(join(GOLD, f), 'utf8'))
      .join('\n\n');
    const time = (k: number) => {
      const text = Array.from({ length: k }, () => base).join('\n\n');
      let best = Number.POSITIVE_INFINITY; // fastest of three runs: other processes only ever add time
      for (let r = 0; r < 3; r++) {
        const t0 = performance.now();
        const ents = findEntities(text);
        best = Math.min(best, performance.now() - t0);
        expect(ents.length).toBeGreaterThan(0);
      }
      return best;
    };
    time(1); // warm-up
    const small = time(2);
    const large = time(8);
    // Four times the text: linear takes four times as long; allow noise, but not a square law (16).
    expect(large / small).toBeLessThan(10);
  });
});

describe('tagger', () => {
  it('loads the shipped weights', () => {
    const t = shippedTagger();
    expect(t.size).toBeGreaterThan(20_000);
    expect(t.both.get('w')?.size).toBeGreaterThan(1_000);
    expect(t.window).toBeGreaterThan(0);
  });
  it('is deterministic and tags known names', () => {
    const s = ['وقال', 'الرئيس', 'الأمريكي', 'جورج', 'بوش', 'في', 'واشنطن', 'إن', 'الأمم', 'المتحدة', 'فشلت', '.'];
    const a = tagSentence(s);
    expect(tagSentence(s)).toEqual(a);
    expect(tagSentences([s, s])).toEqual([a, a]);
    expect(a.slice(3, 5)).toEqual(['B-PERS', 'I-PERS']);
    expect(a[6]).toBe('B-LOC');
    expect(a.slice(8, 10)).toEqual(['B-ORG', 'I-ORG']);
  });
  it('tags as the feature names do: its per-template lookups and per-word sums read the features training names', () => {
    // The reference tagger: the named features (sentenceFeatures, contextFeatures, as training builds them)
    // looked up by name, both stages, two second-stage passes. The shipped tagger must agree on every label.
    const w = weights as unknown as ShippedWeights;
    const m1 = modelFromFile(w.stage1);
    const m2 = modelFromFile(w.stage2);
    const conll = readFileSync(resolve(import.meta.dirname, '../../../data/anercorp/train.conll'), 'utf8');
    const sentences = splitDev(parseConll(conll)).dev.map((s) => s.tokens);
    const f1 = sentences.map(sentenceFeatures);
    let labels: string[][] = f1.map((f) => tagFeatures(m1, f));
    for (let pass = 0; pass < 2; pass++) {
      const ctx = contextFeatures(sentences, labels, Math.min(w.window, sentences.length));
      labels = f1.map((f, k) =>
        tagFeatures(
          m2,
          f.map((fs, i) => [...fs, ...ctx[k][i]]),
        ),
      );
    }
    const reference = labels.map((ls) => ls.map(outputTag));
    expect(reference.flat().filter((l) => l !== 'O').length).toBeGreaterThan(1000);
    expect(tagSentences(sentences)).toEqual(reference);
  });
  it('tags the same with its per-word memory empty or full, and keeps that memory bounded', () => {
    const t = shippedTagger();
    const s = ['وقال', 'الرئيس', 'الأمريكي', 'جورج', 'بوش', 'في', 'واشنطن', 'إن', 'الأمم', 'المتحدة', 'فشلت', '.'];
    t.words.clear();
    const cold = tagSentences([s, s]);
    expect(t.words.size).toBe(new Set(s).size);
    expect(tagSentences([s, s])).toEqual(cold);
    // 30,000 different made-up words: the memory starts over rather than growing past its bound.
    const many = Array.from({ length: 300 }, (_, i) =>
      Array.from({ length: 100 }, (_, j) => `كلمة${String.fromCharCode(0x628 + (i % 20))}${i * 100 + j}`),
    );
    tagSentences(many);
    expect(t.words.size).toBeLessThanOrEqual(20_000);
    expect(tagSentences([s, s])).toEqual(cold);
  });
});

describe('document-level entity rules (issue 11)', () => {
  const typed = (text: string) => findEntities(text).map((e) => `${e.type}:${e.name}`);
  it('keeps a facility apart from the bare place it is named after (decision 9)', () => {
    const t = typed('وصلت السفينة إلى ميناء الحديدة صباح اليوم. وقال سكان في الحديدة إن القصف توقف.');
    expect(t).toContain('location:ميناء الحديدة');
    expect(t).toContain('location:الحديدة');
  });
  it('reads a body head before a place as that place’s body', () => {
    const t = typed('وأعلنت حكومة دبي عن خطة جديدة للنقل في المدينة.');
    expect(t).toContain('organization:حكومة دبي');
  });
  it('ends a name before a common word behind a preposition', () => {
    const t = typed('ندد المتحدث باسم الجيش المصري تامر الرفاعي بالتقرير، مؤكدا أنه كاذب.');
    expect(t).toContain('person:تامر الرفاعي');
    expect(t.some((x) => x.includes('بالتقرير'))).toBe(false);
  });
  it('links an organisation named with its head in singular and plural', () => {
    const e = findEntities('هاجمت ميليشيات الحوثي المدينة. وقالت ميليشيا الحوثي إنها ستواصل.');
    const orgs = e.filter((x) => x.type === 'organization' && x.name.includes('الحوثي'));
    expect(orgs).toHaveLength(1);
  });
  it('links a country’s government, or its army, named by its usual nouns, and keeps two countries apart', () => {
    const e = findEntities(
      'قالت الحكومة البريطانية إنها ستطرد دبلوماسيين. وأكدت السلطات البريطانية أن السلطات الروسية لم ترد بعد.',
    );
    const uk = e.filter((x) => x.type === 'organization' && x.name.includes('البريطانية'));
    expect(uk).toHaveLength(1);
    expect([uk[0].name, ...uk[0].aliases].sort()).toEqual(['الحكومة البريطانية', 'السلطات البريطانية']);
    expect(e.some((x) => x.type === 'organization' && x.name === 'السلطات الروسية')).toBe(true);
    const army = findEntities('قتل الجيش الإسرائيلي ثلاثة فلسطينيين. وقالت القوات الإسرائيلية إنها ردت على إطلاق نار.');
    expect(army.filter((x) => x.type === 'organization' && x.name.includes('الإسرائيلي'))).toHaveLength(1);
  });
  it('ends a name before a word written with tanween, and drops a mention that starts with one', () => {
    const t = typed('وخرج الفنان تامر حسني غاضباً من الحفل. ويزور السياح المدينة دوماً.');
    expect(t).toContain('person:تامر حسني');
    expect(t.some((x) => x.includes('غاضباً') || x.includes('دوماً'))).toBe(false);
  });
  it('ends a name before the verb or the على that follows it', () => {
    const t = typed('وفي القاهرة يرفض حسين فهمي العودة. وقال إن حسين فهمي يرفض العرض الجديد.');
    expect(t.some((x) => x.includes('يرفض'))).toBe(false);
    const u = typed('وحرص تامر حسني على نفاد التذاكر قبل الحفل. وأكد شاكر أن شيرين ستعود قريبا.');
    expect(u).toContain('person:تامر حسني');
    expect(u.some((x) => x.includes('على') || x.includes('أن'))).toBe(false);
  });
  it('gives a person span that is all of an unambiguous place name the place’s type', () => {
    const t = typed('وذكر تقرير الأسبوع الماضي إن الهند تدرس فرض رسوم جديدة على واردات لوحات الطاقة الشمسية.');
    expect(t).toContain('location:الهند');
    expect(t.some((x) => x.startsWith('person:'))).toBe(false);
  });
  it('drops a lone common word the tagger took for a person', () => {
    const t = typed('قالت مصادر قضائية فرنسية إن والد الطفل يستجوب من جانب الشرطة.');
    expect(t.some((x) => x.startsWith('person:'))).toBe(false);
  });
});
