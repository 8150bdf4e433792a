// @vitest-environment jsdom
/**
 * Random pages: trees of article, furniture and inline tags with boilerplate class names, hidden parts, raw
 * broken markup, scripts and templates, over Arabic sentences, quotes, marks and emoji. Detection and extraction
 * must return (never throw), and whatever is extracted must map back to the DOM exactly (test/page-invariants.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentProblem, spanProblem } from '../../test/page-invariants.ts';
import { detectArticle } from './detect.ts';
import { extractArticle } from './extract.ts';

const SENTENCE =
  'وقال المتحدث باسم الوزارة في مؤتمر صحفي، إن الحكومة ستواصل العمل على تنفيذ الخطة خلال الأشهر المقبلة، وفق ما نقلته وكالة الأنباء الرسمية عن مصادر مطلعة.';
const WORDS = [
  SENTENCE,
  'قال',
  'إن',
  '"',
  '«',
  '»',
  '،',
  '  ',
  ' \n\t ',
  '\u00a0',
  '\u200f',
  '\u200b',
  '😀',
  'x',
  'اقرأ أيضا:',
  '<&>',
];
const TAGS = [
  'article',
  'div',
  'p',
  'span',
  'h1',
  'h2',
  'a',
  'b',
  'blockquote',
  'ul',
  'li',
  'table',
  'td',
  'nav',
  'footer',
  'aside',
  'figure',
  'figcaption',
  'section',
  'main',
  'pre',
  'time',
  'button',
  'noscript',
  'template',
  'svg',
  'select',
];
const ATTRS = [
  '',
  ' class="article-body"',
  ' class="related share"',
  ' class="ad"',
  ' class="caption"',
  ' id="comments"',
  ' dir="ltr"',
  ' hidden',
  ' aria-hidden="true"',
  ' style="display:none"',
  ' lang="en"',
  ' role="navigation"',
];
const RAW = [
  '<br>',
  '<p>',
  '</div>',
  '</p></p>',
  '<!-- قال -->',
  '<script>var s = "قال إن";</script>',
  '<style>p{}</style>',
  '<img alt="قال">',
  '<hr>',
  '&nbsp;',
  '&#x202E;',
  '<td>',
];
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...WORDS).map(escapeHtml),
    fc.constantFrom(...RAW),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 6 }))
      .map(([tag, attrs, kids]) => `<${tag}${attrs}>${kids.join('')}</${tag}>`),
  ),
}));

const page = fc
  .tuple(fc.boolean(), fc.array(node, { maxLength: 8 }))
  .map(
    ([meta, body]) =>
      `<!DOCTYPE html><html lang="ar" dir="rtl"><head>${meta ? '<meta property="og:type" content="article"><title>عنوان الخبر</title>' : ''}</head><body>${body.join('')}</body></html>`,
  );

describe('random pages', () => {
  it('never throw, and what is extracted maps back onto the DOM', () => {
    fc.assert(
      fc.property(page, fc.nat(), fc.nat({ max: 300 }), (html, at, len) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const ex = extractArticle(doc);
        detectArticle(doc, 'https://example.com/news/2026/11/29/story', ex);
        if (!ex) return;
        expect(segmentProblem(ex)).toBeNull();
        const n = ex.text.length;
        if (n === 0) return;
        const start = at % n;
        expect(spanProblem(ex, doc, start, Math.min(n, start + 1 + len))).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
