import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { AnalysisSchema, type Attribution } from './schema';

// Small synthetic sentences, one construction each (not taken from the dev set).
const T = (body: string) => `عنوان الخبر\n\n${body}`;
const run = (body: string) => analyze(T(body), { entities: false });
const one = (body: string): Attribution => {
  const a = run(body).attributions;
  expect(a.length, JSON.stringify(a.map((x) => [x.cue.text, x.source.name, x.claim.text]))).toBeGreaterThan(0);
  return a[0];
};

describe('reporting verbs', () => {
  it('verb before the source, content clause with أن', () => {
    const a = one('قال وزير المالية اللبناني إن العجز سيتراجع هذا العام.');
    expect(a.cue.text).toBe('قال');
    expect(a.source.mention?.text).toBe('وزير المالية اللبناني');
    expect(a.source.kind).toBe('person');
    expect(a.claim.text).toBe('العجز سيتراجع هذا العام');
  });

  it('conjugations with و/ف prefixes and feminine/plural forms', () => {
    for (const cue of ['وقالت', 'فقالت', 'وأكدت', 'وتقول', 'وأوضحت', 'وأشارت']) {
      const body = `${cue} وزارة الزراعة ${cue.includes('أشار') ? 'إلى أن' : 'إن'} المحصول تضاعف.`;
      const a = one(body);
      expect(a.cue.text).toBe(cue);
      expect(a.source.kind).toBe('organization');
      expect(a.claim.text).toBe('المحصول تضاعف');
    }
  });

  it('source before the verb', () => {
    const a = one('والحكومة الماليزية قالت إن الانتخابات ستجري في موعدها.');
    expect(a.source.mention?.text).toContain('الحكومة الماليزية');
    expect(a.claim.text).toBe('الانتخابات ستجري في موعدها');
  });

  it('colon quotation spanning two sentences is one claim', () => {
    const a = one('وقال المدرب: "الفريق جاهز. سنفوز غدا".');
    expect(a.claim.text).toBe('الفريق جاهز. سنفوز غدا');
  });

  it('guillemets quotation', () => {
    const a = one('وقالت النائبة سلمى حداد: «لن نتراجع عن المطالب».');
    expect(a.claim.text).toBe('لن نتراجع عن المطالب');
    expect(a.source.name).toBe('سلمى حداد');
  });

  it('setting and addressee between verb and clause', () => {
    const a = one('وأكد المتحدث باسم البلدية في تصريح لرويترز أمس أن الطريق أعيد فتحه.');
    expect(a.source.mention?.text).toBe('المتحدث باسم البلدية');
    expect(a.claim.text).toBe('الطريق أعيد فتحه');
  });

  it('verbal noun with a content clause', () => {
    const a = one('وجاء ذلك بعد إعلان الشركة المصنعة أن المحرك معيب.');
    expect(a.cue.text).toBe('إعلان');
    expect(a.source.mention?.text).toBe('الشركة المصنعة');
    expect(a.claim.text).toBe('المحرك معيب');
  });
});

describe('participles and implicit subjects', () => {
  it('participle continues the last source', () => {
    const at = run('وقال رئيس النادي سمير خليل إن الموسم كان صعبا، مضيفا أن الإدارة ستدعم المدرب.').attributions;
    expect(at.map((a) => a.cue.text)).toEqual(['وقال', 'مضيفا']);
    expect(at[1].source.mention).toBeNull();
    expect(at[1].source.name).toBe('سمير خليل');
    expect(at[1].claim.text).toBe('الإدارة ستدعم المدرب');
    expect(at[0].claim.text).toBe('الموسم كان صعبا');
  });

  it('implicit subject resolves to the last agreeing source', () => {
    const at = run(
      'وقالت الوزيرة هدى سالم إن الخطة جاهزة.\nوقال المحلل كريم نصار إن الخطة متأخرة.\nوأضافت في حديثها للصحفيين أن التمويل مضمون.',
    ).attributions;
    const last = at.at(-1)!;
    expect(last.cue.text).toBe('وأضافت');
    expect(last.source.name).toBe('هدى سالم');
  });

  it('surname back-reference', () => {
    const at = run(
      'وقال الخبير الاقتصادي مروان العلي إن الأسعار سترتفع.\nولفت العلي إلى أن الطلب يتراجع.',
    ).attributions;
    expect(at[1].source.mention?.text).toBe('العلي');
    expect(at[1].source.name).toBe('مروان العلي');
  });

  it('an office named first takes the name given on second mention', () => {
    const at = run(
      'وقالت الناطقة باسم الحكومة إن الموازنة أقرت.\nوقالت ليلى منصور في مؤتمر صحفي إن الضرائب لن ترتفع.',
    ).attributions;
    expect(at[0].source.name).toBe('ليلى منصور');
    expect(at[0].source.role).toBe('الناطقة باسم الحكومة');
    expect(at[1].source.role).toBe('الناطقة باسم الحكومة');
  });

  it('title back-reference keeps the kind of the first mention', () => {
    const at = run('وقال مصدر أمني إن الهجوم فشل.\nوأضاف المصدر أن التحقيق مستمر.').attributions;
    expect(at[1].source.kind).toBe('anonymous');
  });
});

describe('names and offices', () => {
  it('name before the office, and the office before the name', () => {
    const a = one('وقالت رنا عيسى، مديرة المكتب الإقليمي، إن الشحنات تأخرت.');
    expect(a.source.name).toBe('رنا عيسى');
    expect(a.source.role).toBe('مديرة المكتب الإقليمي');
    const b = one('وقال مدير المكتب الإقليمي، فادي سليم، إن الشحنات تأخرت.');
    expect(b.source.name).toBe('فادي سليم');
    expect(b.source.kind).toBe('person');
  });

  it('a description keeps its object in the claim', () => {
    const a = one('ووصف النائب القانون بأنه خطوة إلى الوراء.');
    expect(a.source.mention?.text).toBe('النائب');
    expect(a.claim.text).toBe('القانون بأنه خطوة إلى الوراء');
  });

  it('a description verb with a long source and أن takes the clause', () => {
    // Read on ANERcorp text (not the gold set): the source used to stop after its first word or two.
    let a = one('واعتبر موقعو النداء أن القادة الأوروبيين يواجهون مسؤولية تاريخية.');
    expect(a.source.mention?.text).toBe('موقعو النداء');
    expect(a.claim.text).toBe('القادة الأوروبيين يواجهون مسؤولية تاريخية');
    a = one('واعتبر رئيس اللجنة المنظمة لكأس العالم فرانتس بكنباور ان حظوظ ايطاليا وفرنسا متساوية.');
    expect(a.source.mention?.text).toBe('رئيس اللجنة المنظمة لكأس العالم فرانتس بكنباور');
    expect(a.claim.text).toBe('حظوظ ايطاليا وفرنسا متساوية');
    a = one('واعتبرها بعض النقاد إعادة صياغة لروايته.');
    expect(a.source.mention?.text).toBe('بعض النقاد');
    expect(a.claim.text).toBe('إعادة صياغة لروايته');
  });

  it('a passive "is considered" is not an attribution, nor is "according to a plan"', () => {
    expect(analyze('ويعتبر لي أحد أهم المخرجين الأميركيين.', { entities: false }).attributions).toEqual([]);
    expect(analyze('ويعتبر المسجد من أقدم المساجد في الصين.', { entities: false }).attributions).toEqual([]);
    const a = one('وقالت الفصائل إنها ستعمل وفق استراتيجية وطنية موحدة.');
    expect(a.source.mention?.text).toBe('الفصائل');
    expect(one('واعتبر الرئيس المشروع أحد أهم الإنجازات.').claim.text).toBe('المشروع أحد أهم الإنجازات');
  });

  it('plural settings, a delegation addressed, and a bracket the source did not open', () => {
    let a = one('وقال المسؤولون في اللجنة من جهتهم إنهم سينظمون جلسات استماع.');
    expect(a.claim.text).toBe('سينظمون جلسات استماع');
    a = one('واكد الرئيس السنيورة للوفد الدولي ان عملية الانزال خرق فاضح.');
    expect(a.source.mention?.text).toBe('الرئيس السنيورة');
    expect(a.claim.text).toBe('عملية الانزال خرق فاضح');
    // `(كما تصفه لوسي) عندما يقول`: no source runs over the bracket or `عندما`.
    for (const x of run('وهو عصفور الشرق (كما تصفه لوسي) عندما يقول انه ما من رجل يحب غير المرأة.').attributions) {
      expect(x.source.mention?.text ?? '').not.toMatch(/\)|عندما/);
    }
  });

  it('a preposition, a verbal noun or a manner adverb after the verb is not the source', () => {
    expect(one('كما حذّر البنك من مواجهة بعض الاقتصادات الناشئة لمخاطر التقلب.').source.mention?.text).toBe('البنك');
    expect(one('وكانت الوثائق تؤكد باستمرار أن رجلا زار الصين.').claim.text).toBe('رجلا زار الصين');
    for (const body of [
      'حيث أكد وجود قطار ثالث كان واقفا أمام القطار.',
      'وحذّر من مواجهة الاقتصادات الناشئة لمخاطر التقلب.',
    ]) {
      for (const x of run(body).attributions) expect(x.source.mention?.text ?? '').not.toMatch(/^(?:وجود|من)/);
    }
  });

  it('names starting with ف, addressees, أول أمس, verbal-noun objects and impersonal يلاحظ', () => {
    expect(one('وقال فؤاد السنيورة إن الحل قريب.').source.name).toBe('فؤاد السنيورة');
    expect(one('وقال بلير لمحطة تلفزيون سكاي نيوز إن البلدين لن يتحركا.').source.mention?.text).toBe('بلير');
    expect(one('وقالت الحكومة الباكستانية اول امس الجمعة انها لم تقرر.').source.mention?.text).toBe(
      'الحكومة الباكستانية',
    );
    expect(one('قالت لنا مرافقتنا: ما رأيكم في هذه الإطلالة؟').source.mention?.text).toBe('مرافقتنا');
    const a = one('وأكد شهود عيان وجود قوات إثيوبية داخل البلدة.');
    expect([a.source.mention?.text, a.claim.text]).toEqual(['شهود عيان', 'وجود قوات إثيوبية داخل البلدة']);
    expect(run('ويلاحظ أن الأجزاء العليا من السور طليت باللون الأخضر.').attributions).toEqual([]);
  });

  it('فحسب "only" and the name حسب الله are no cue, and a بشأن phrase is no subject', () => {
    expect(run('وليس ذلك بالنسبة للسياح فحسب ولكن ايضا بالنسبة لمعظم الصينيين.').attributions).toEqual([]);
    expect(one('فحسب المصادر، فإن الاجتماع تأجل.').source.mention?.text).toBe('المصادر');
    expect(run('هذا ما أثبتته دراسة للدكتور بهاء حسب الله أستاذ الأدب العربي.').attributions).toEqual([]);
    const inner = analyze('وقال البيان "بشأن الملف النووي يؤكد رئيس الجمهورية دعم فرنسا للوسيط".', {
      entities: false,
    }).attributions.map((x) => x.source.mention?.text);
    expect(inner).toContain('رئيس الجمهورية');
    expect(inner.some((m) => m?.startsWith('بشأن'))).toBe(false);
  });

  it('a subject named before a relative pronoun stays the focus, and a woman sheikh is a person', () => {
    const a = analyze(
      'وقالت الشيخة موزة إن التعليم أولوية. وانتقدت الوزيرة كوندوليزا رايس التي قالت إنه حان الوقت. وأضافت أن الحل قريب.',
    ).attributions;
    expect(a.map((x) => x.source.kind)).toEqual(['person', 'person', 'person']);
    expect(a[1].source.mention?.text).toBe('الوزيرة كوندوليزا رايس');
    expect(a[2].source.name).toContain('رايس');
  });

  it('after كان … قد the phrase that follows the verb is its object', () => {
    for (const [body, claim] of [
      ['وصل الوزير لافروف. وكان لافروف قد أعلن الاتفاق في موسكو.', 'الاتفاق في موسكو'],
      ['وصل الوزير لافروف. وكان لافروف قد أبلغ الصحفيين أن الاتفاق قريب.', 'الاتفاق قريب'],
    ]) {
      const a = analyze(body).attributions;
      expect(a.map((x) => [x.source.mention?.text, x.claim.text])).toEqual([['لافروف', claim]]);
    }
  });

  it("a participle's subject ends before the verb's indefinite object", () => {
    const a = analyze('شنت كوريا الشمالية هجوما حادا على الولايات المتحدة قائلة إنها لن تتراجع.').attributions;
    expect(a.map((x) => x.source.name)).toEqual(['كوريا الشمالية']);
    expect(analyze('ووجه الرئيس انتقادا شديدا للحكومة مضيفا أن الوضع خطير.').attributions[0].source.name).toBe(
      'الرئيس',
    );
  });

  it('passive يعتبر, لفت النظر, a paper الصادرة اليوم, and بالمقابل before the verb', () => {
    for (const body of [
      'وتعتبر المشكلة خطيرة عندما تسمح للبرنامج بالتكاثر.',
      'ويعتبر ثورة في المواصلات عبر الصحراء.',
    ]) {
      expect(run(body).attributions).toEqual([]);
    }
    expect(one('ويعتبر الخبراء الاتفاق خطوة مهمة.').source.mention?.text).toBe('الخبراء');
    expect(one('ويعتبر مراقبون أن الاتفاق هش.').claim.text).toBe('الاتفاق هش');
    let a = one('ولفت جلالته النظر خلال تصريحات للصحفيين الى انه لن يعتمد على حلول مجزأة.');
    expect([a.source.mention?.text, a.claim.text]).toEqual(['جلالته', 'لن يعتمد على حلول مجزأة']);
    a = one('وأكدت صحيفة تايمز البريطانية الصادرة اليوم أن البلد أيد المرشح.');
    expect([a.source.mention?.text, a.claim.text]).toEqual(['صحيفة تايمز البريطانية', 'البلد أيد المرشح']);
    const b = analyze('وأضاف الدبلوماسي أن لاريجاني بالمقابل أعلن أن الإيرانيين مستعدون.');
    expect(b.attributions.map((x) => x.source.mention?.text)).toContain('لاريجاني');
  });

  it('partitive sources (كثير من, عدد من) are whole and anonymous, also after يعتبر', () => {
    let a = one('ويعتبر كثير من البريطانيين يحيى بيرت بمثابة مالكولم اكس الاميركي.');
    expect([a.source.mention?.text, a.source.kind]).toEqual(['كثير من البريطانيين', 'anonymous']);
    a = one('وقال عدد من الشهود إن القصف استمر.');
    expect([a.source.mention?.text, a.source.kind]).toEqual(['عدد من الشهود', 'anonymous']);
  });

  it('a setting ends before the object of the verb', () => {
    const a = one('وأعلنت الوزارة في بيان مقتل ثلاثة أشخاص.');
    expect(a.source.mention?.text).toBe('الوزارة');
    expect(a.claim.text).toBe('مقتل ثلاثة أشخاص');
  });

  it('accusation by an office and a name', () => {
    const a = one('ويتهم الرئيس كوفي المعارضة بنشر الفوضى.');
    expect(a.source.mention?.text).toBe('الرئيس كوفي');
    expect(a.claim.text).toBe('المعارضة بنشر الفوضى');
  });

  it('وكان X، Y، قد قال: a subject with appositions before the verb', () => {
    const a = one('وكان رئيس البلدية، المهندس نبيل داود، قد قال للصحفيين إن الجسر سيفتح.');
    expect(a.source.mention?.text).toBe('رئيس البلدية، المهندس نبيل داود');
    expect(a.claim.text).toBe('الجسر سيفتح');
  });

  it('a named subject with an apposition before the verb', () => {
    const at = run(
      'وقال الوزير إن الميناء مغلق.\nوقالت مصادر إن الميناء مفتوح.\nسمير داود، وهو خبير في النقل البحري، حذّر من أن الأسعار سترتفع.',
    ).attributions;
    const last = at.at(-1)!;
    expect(last.cue.text).toBe('حذّر');
    expect(last.source.mention?.text).toBe('سمير داود');
  });

  it('the subject before an accusation verb', () => {
    const a = one('منظمة العفو الدولية تتهم الشرطة بتعذيب المعتقلين.');
    expect(a.source.mention?.text).toBe('منظمة العفو الدولية');
    expect(a.claim.text).toBe('الشرطة بتعذيب المعتقلين');
  });

  it('the letters of سي إن إن are not complementisers', () => {
    const a = one('وقال دبلوماسيون لشبكة سي إن إن إن المحادثات متعثرة.');
    expect(a.claim.text).toBe('المحادثات متعثرة');
  });
});

describe('prepositional attributions', () => {
  it('وفقا لـ at the start with فإن', () => {
    const a = one('ووفقا للمصادر فإن المفاوضات توقفت.');
    expect(a.source.mention?.text).toBe('للمصادر');
    expect(a.source.kind).toBe('anonymous');
    expect(a.claim.text).toBe('المفاوضات توقفت');
  });

  it('trailing بحسب takes the sentence before it', () => {
    const a = one('ارتفع عدد الضحايا إلى عشرين، بحسب الدفاع المدني.');
    expect(a.source.mention?.text).toBe('الدفاع المدني');
    expect(a.claim.text).toBe('ارتفع عدد الضحايا إلى عشرين');
  });

  it('two layers: verb then حسبما share one claim', () => {
    const at = run('وقال قائد الشرطة إن المشتبه به اعتقل، حسبما ذكرت وكالة الأنباء الرسمية.').attributions;
    expect(at).toHaveLength(2);
    expect(at[0].claim.text).toBe(at[1].claim.text);
    expect(at[1].source.kind).toBe('organization');
  });

  it('two layers: نقلت X عن Y قوله', () => {
    const at = run('ونقلت صحيفة الأيام عن الوزير سعيد منصور قوله إن الميناء سيفتح.').attributions;
    expect(at.map((a) => a.source.mention?.text)).toEqual(['صحيفة الأيام', 'الوزير سعيد منصور']);
    expect(at[0].claim.text).toBe('الميناء سيفتح');
    expect(at[1].claim.text).toBe('الميناء سيفتح');
  });

  it('نقلا عن adds the quoted source', () => {
    const at = run('وذكرت القناة نقلا عن مسؤول عسكري أن القوات انسحبت.').attributions;
    expect(at.map((a) => a.source.kind)).toEqual(['organization', 'anonymous']);
  });

  it('وفقا لما ذكرته and بحسب ما نقلته X عن Y', () => {
    const a = one('ووفقا لما ذكرته صحيفة المساء، فإن البرلمان سيحل.');
    expect(a.source.mention?.text).toBe('صحيفة المساء');
    expect(a.claim.text).toBe('البرلمان سيحل');
    const at = run('وبحسب ما نقلته الإذاعة عن مصادر طبية، فإن الجرحى نقلوا إلى المستشفى.').attributions;
    expect(at.map((x) => x.source.kind)).toEqual(['organization', 'anonymous']);
  });

  it('على لسان and طبقا لـ', () => {
    expect(one('وجاء على لسان الناطق باسم الجيش أن الحدود مغلقة.').source.mention?.text).toContain('الناطق');
    expect(one('وطبقا لبيان الوزارة، فإن الامتحانات أجلت.').source.kind).toBe('organization');
  });
});

describe('accusations, denials, documents', () => {
  it('accusation: claim runs from the accused', () => {
    const a = one('واتهمت المعارضة الحكومة بتزوير الانتخابات.');
    expect(a.source.mention?.text).toBe('المعارضة');
    expect(a.claim.text).toBe('الحكومة بتزوير الانتخابات');
  });

  it('denial with a noun object', () => {
    const a = one('ونفى الجيش هذه الادعاءات.');
    expect(a.source.mention?.text).toBe('الجيش');
    expect(a.claim.text).toBe('هذه الادعاءات');
  });

  it('a document is an organisation source', () => {
    const a = one('وذكر تقرير أممي أن الجفاف يهدد الملايين.');
    expect(a.source.kind).toBe('organization');
  });
});

describe('source kinds', () => {
  const kind = (body: string) => one(body).source.kind;
  it('anonymous: unnamed sources, witnesses, officials of named bodies, indefinite offices', () => {
    expect(kind('وقال شهود عيان إن الانفجار كان قويا.')).toBe('anonymous');
    expect(kind('وقال مسؤول في وزارة النقل إن الرحلات ألغيت.')).toBe('anonymous');
    expect(kind('وقال متحدث باسم الحزب إن الاجتماع أرجئ.')).toBe('anonymous');
    expect(kind('وقال مسؤول طلب عدم نشر اسمه إن الصفقة ألغيت.')).toBe('anonymous');
    expect(kind('وقالت منظمات محلية إن المساعدات لم تصل.')).toBe('anonymous');
  });
  it('person: definite unique office or a name', () => {
    expect(kind('وقال المتحدث باسم الحزب إن الاجتماع أرجئ.')).toBe('person');
    expect(kind('وقال الرئيس الفرنسي إن الاتفاق صامد.')).toBe('person');
    expect(kind('وقال نبيل عواد إن الاتفاق صامد.')).toBe('person');
  });
  it('organization: capitals speaking for governments, ministries, agencies', () => {
    expect(kind('وأعلنت طهران أن المفاعل آمن.')).toBe('organization');
    expect(kind('وقالت وزارة الصحة إن الإصابات تراجعت.')).toBe('organization');
  });
});

describe('what is left out', () => {
  const none = (body: string) => expect(run(body).attributions).toEqual([]);
  it('a passive with a number as its object has no source', () => {
    none('وتعود القضية التي اتهم فيها 12 شخصا إلى العام الماضي.');
  });

  it('background notes, stances, calls, agentless passives', () => {
    none('يذكر أن الاتفاق وقع قبل عامين.');
    none('يشار إلى أن المدينة شهدت احتجاجات.');
    none('وأعرب الوزير عن قلقه من التصعيد.');
    none('ودعا الأمين العام إلى وقف القتال.');
    none('ويُعتقد أن المهاجمين فروا.');
  });
  it('same-speaker tags are not new sources', () => {
    const at = run('وقال السفير إن العلاقات ممتازة، على حد تعبيره.').attributions;
    expect(at).toHaveLength(1);
    const at2 = run('وأكد الوزير أن الخطة ناجحة وفق قوله.').attributions;
    expect(at2).toHaveLength(1);
  });
});

describe('warnings and summary', () => {
  it('warns on anonymous claims and a hedged headline', () => {
    const a = analyze('أنباء عن انسحاب القوات من المدينة\n\nوقالت مصادر محلية إن القوات انسحبت من المدينة.');
    expect(a.warnings.some((w) => w.kind === 'hedged-headline')).toBe(true);
    expect(a.warnings.some((w) => w.kind === 'anonymous-claim')).toBe(true);
    expect(a.warnings.some((w) => w.kind === 'anonymous-headline')).toBe(true);
    expect(a.summary.claims).toBe(1);
    expect(a.summary.anonymousShare).toBe(1);
  });
  it('no headline warning for a named source', () => {
    const a = analyze('الوزير: الميزانية جاهزة\n\nوقال وزير المالية إن الميزانية جاهزة.');
    expect(a.warnings.filter((w) => w.kind !== 'anonymous-claim')).toEqual([]);
  });
});

describe('contract on every dev article', () => {
  const dir = join(__dirname, '..', '..', 'eval', 'gold');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  it('has the dev articles', () => expect(files.length).toBeGreaterThan(20));
  for (const f of files) {
    it(`${f}: schema-valid, offsets exact, deterministic`, () => {
      const text = readFileSync(join(dir, f), 'utf8');
      const a = analyze(text, { entities: false });
      expect(AnalysisSchema.safeParse(a).success).toBe(true);
      const spans = [
        ...a.attributions.flatMap((x) => [x.cue, x.claim, ...(x.source.mention ? [x.source.mention] : [])]),
        ...a.warnings.map((w) => w.span),
      ];
      for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(JSON.stringify(analyze(text, { entities: false }))).toBe(JSON.stringify(a));
    });
  }
});
