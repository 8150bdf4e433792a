// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectBlocks } from './blocks.ts';
import { nameTokens, skipReason } from './classify.ts';

const body = (html: string) => new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html').body;
const texts = (html: string) => collectBlocks(body(html)).map((b) => b.text);

describe('collectBlocks whitespace', () => {
  it('keeps a double space written in the text, collapses source line breaks and indentation', () => {
    expect(texts('<p>أ  ب</p>')).toEqual(['أ  ب']);
    expect(texts('<p>\n    أ\n    ب   \n</p>')).toEqual(['أ ب']);
    expect(texts('<p>أ\tب</p>')).toEqual(['أ ب']);
  });

  it('joins inline elements into one block and collapses a space run split across nodes', () => {
    expect(texts('<p>قال <b>الوزير</b> <a href="#">اليوم</a></p>')).toEqual(['قال الوزير اليوم']);
    expect(texts('<p>أ <span> ب</span></p>')).toEqual(['أ ب']);
  });

  it('splits at block elements and at <br>', () => {
    expect(texts('<div>أ<p>ب</p>ج<br>د<br><br>ه</div>')).toEqual(['أ', 'ب', 'ج', 'د', 'ه']);
  });

  it('counts link characters and leaves out furniture', () => {
    const [b] = collectBlocks(
      body('<p>نص <a href="#">رابط</a><button>زر</button><span class="sr-only">مخفي</span></p>'),
    );
    expect(b.text).toBe('نص رابط');
    expect(b.linkChars).toBe(4);
  });

  it('maps every character back 1:1 (collapsed runs to their first character)', () => {
    const [b] = collectBlocks(body('<p>أ\n  <i>ب</i>  ج</p>'));
    expect(b.text).toBe('أ ب  ج');
    for (const s of b.segments) {
      const dom = s.node.data.slice(s.nodeStart, s.nodeStart + s.length);
      const txt = b.text.slice(s.textStart, s.textStart + s.length);
      expect(dom.replace(/\s/g, ' ')).toBe(txt);
    }
  });
});

describe('classify', () => {
  it('tokenises class names at separators and camelCase', () => {
    expect(nameTokens('article-body inlineAd news_item')).toEqual(['article', 'body', 'inline', 'ad', 'news', 'item']);
  });

  it('skips furniture by tag, role, hidden state and name, but not content named like furniture', () => {
    const b = body(
      '<nav id="a"></nav><div id="b" role="navigation"></div><div id="c" hidden></div><div id="d" class="share-bar"></div><div id="e" class="shadow-box"></div><div id="f" class="tag-syria post"></div><div id="g" class="field--label-hidden"></div><div id="h" class="hidden"></div><div id="i" style="display: none"></div>',
    );
    const why = (id: string) => skipReason(b.querySelector(`#${id}`)!);
    expect(why('a')).toBe('tag');
    expect(why('b')).toBe('role');
    expect(why('c')).toBe('hidden');
    expect(why('d')).toBe('class');
    expect(why('e')).toBeNull();
    expect(why('f')).toBeNull();
    expect(why('g')).toBeNull();
    expect(why('h')).toBe('hidden');
    expect(why('i')).toBe('hidden');
  });
});
