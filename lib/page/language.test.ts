import { describe, expect, it } from 'vitest';
import { arabicShare, declaredScriptLanguage, languageEvidence, languageOfText, scriptLanguage } from './language.ts';

// Texts for these tests only (not the fixture pages' texts), each a few news sentences.
const AR =
  'قال وزير الخارجية في مؤتمر صحفي عقده اليوم إن الحكومة ستواصل المفاوضات مع الجانب الآخر حتى التوصل إلى اتفاق شامل، مضيفا أن اللجنة المشتركة ستجتمع الأسبوع المقبل في العاصمة لبحث التفاصيل الفنية التي ما زالت عالقة. وأوضح أن المحادثات تناولت أيضا ملف اللاجئين وإعادة الإعمار.';
const FA =
  'سازمان هواشناسی کشور اعلام کرد که از فردا دمای هوا در بیشتر استان‌های شمالی کاهش می‌یابد و احتمال بارش برف در ارتفاعات وجود دارد. رئیس این سازمان از رانندگان خواست که پیش از سفر از وضعیت جاده‌ها مطلع شوند و زنجیر چرخ همراه داشته باشند. به گفته او این وضعیت تا پایان هفته ادامه خواهد داشت.';
const UR =
  'وفاقی وزیر خزانہ نے قومی اسمبلی میں بجٹ پیش کرتے ہوئے کہا کہ حکومت آئندہ مالی سال میں ترقیاتی منصوبوں پر خصوصی توجہ دے گی۔ انہوں نے بتایا کہ تنخواہوں میں دس فیصد اضافے کی تجویز دی گئی ہے اور چھوٹے کاروبار کے لیے ٹیکس میں نرمی کی جائے گی۔ اپوزیشن نے بجٹ کو عوام دشمن قرار دیا۔';
// Sorani Kurdish and Pashto: other languages in the Arabic script.
const CKB =
  'ئەم هەواڵە لە لایەن پەیامنێرەکەمانەوە نووسراوە و دەربارەی بارودۆخی ئابووری هەرێمە. بەپێی ڕاپۆرتەکە نرخی کاڵاکان لە مانگی ڕابردوودا بەرز بووەتەوە و خەڵک داوای چارەسەر دەکەن. وەزارەتی بازرگانی ڕایگەیاند کە لیژنەیەک بۆ چاودێری بازاڕ پێکدەهێنێت.';
const PS =
  'د افغانستان په ختیځ کې د سیلابونو له امله لسګونه کورونه ویجاړ شوي او زرګونه خلک بې کوره شوي دي. د ولایتي چارواکو په وینا، ژغورنې ډلې سیمې ته استول شوې او اوسېدونکو ته خوراکي توکي وېشل کېږي. ځایي خلک وايي چې مرستې لا هم بسنه نه کوي. د هوا وړاندوینې ښيي چې په راتلونکو درېیو ورځو کې به نور باران هم ووريږي.';

describe('languageOfText', () => {
  it.each([
    ['Arabic', AR, 'ar'],
    ['Persian', FA, 'fa'],
    ['Urdu', UR, 'ur'],
    ['Sorani Kurdish', CKB, 'other'],
    ['Pashto', PS, 'other'],
  ])('%s', (_name, text, lang) => {
    expect(languageOfText(languageEvidence(text))).toBe(lang);
  });

  it('Persian typed on an Arabic keyboard (ي and ك) is still Persian, by its words', () => {
    const typed = FA.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
    expect(languageOfText(languageEvidence(typed))).toBe('fa');
  });

  it('Arabic typed on a Persian keyboard (ی and ک) is still Arabic, by its words', () => {
    const typed = AR.replace(/ي/g, 'ی').replace(/ك/g, 'ک');
    expect(languageOfText(languageEvidence(typed))).toBe('ar');
  });

  it('Arabic with Persian letters in foreign names (گوگل، پاکستان، چابهار) is Arabic', () => {
    const text = `${AR} وأعلنت شركة گوگل عن مكتب جديد في پاکستان قرب ميناء چابهار.`;
    expect(languageOfText(languageEvidence(text))).toBe('ar');
  });

  it('Urdu without its function words (a list of headlines) is still Urdu, by its letters', () => {
    const headlines = 'کراچی ٹریفک حادثہ ۔ لاہور ڈویژن بارش ۔ پشاور ہائیکورٹ فیصلہ ۔ '.repeat(8);
    expect(languageOfText(languageEvidence(headlines))).toBe('ur');
  });

  it('too little text says nothing', () => {
    expect(languageOfText(languageEvidence('خبر عاجل'))).toBeNull();
  });
});

describe('scriptLanguage', () => {
  it('the text outweighs a wrong lang: Urdu under lang="ar", Arabic under lang="fa" or "en-US"', () => {
    expect(scriptLanguage(UR, 'ar')).toBe('ur');
    expect(scriptLanguage(AR, 'fa')).toBe('ar');
    expect(scriptLanguage(AR, 'en-US')).toBe('ar');
  });

  it('a short text takes the declared language; with none, Arabic script means Arabic', () => {
    expect(scriptLanguage('خبر کوتاه', 'fa-IR')).toBe('fa');
    expect(scriptLanguage('خبر قصير', 'ur')).toBe('ur');
    expect(scriptLanguage('خبر قصير', null)).toBe('ar');
  });

  it('a text mostly in another script is not an Arabic-script language', () => {
    expect(scriptLanguage('The minister said the talks would continue next week in the capital.', 'ar')).toBeNull();
  });

  it('declaredScriptLanguage reads primary subtags', () => {
    expect(declaredScriptLanguage('ar-EG')).toBe('ar');
    expect(declaredScriptLanguage('fa_IR')).toBe('fa');
    expect(declaredScriptLanguage('UR')).toBe('ur');
    expect(declaredScriptLanguage('ckb')).toBe('other');
    expect(declaredScriptLanguage('en-US')).toBe('non-arabic-script');
    expect(declaredScriptLanguage('')).toBeNull();
  });

  it('arabicShare counts Arabic-script letters among letters', () => {
    expect(arabicShare(UR)).toBe(1);
    expect(arabicShare('abc')).toBe(0);
  });
});
