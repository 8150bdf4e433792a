// @vitest-environment jsdom
/**
 * Issue 15 (4): an article inside an open shadow root or a same-origin frame is detected and extracted, and its
 * offsets map back into the right tree. The text is a real article (eval/gold/bbcarabic_03.txt).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { detectArticle } from './detect.ts';
import { extractArticle, extractArticleSliced } from './extract.ts';
import { rangeFor } from './offsets.ts';

const local = join(process.cwd(), 'eval/gold/bbcarabic_03.txt');
const gold = readFileSync(
  existsSync(local) ? local : join(process.cwd(), '../shared/eval/gold/bbcarabic_03.txt'),
  'utf8',
)
  .trimEnd()
  .split('\n');
const [title, , ...paras] = gold;
const expected = `${title}\n\n${paras.filter((p) => p.trim()).join('\n')}`;

function fillArticle(doc: Document, into: ParentNode): void {
  const art = doc.createElement('article');
  const h1 = doc.createElement('h1');
  h1.textContent = title;
  const time = doc.createElement('time');
  time.dateTime = '2018-08-28';
  time.textContent = '28 أغسطس 2018';
  art.append(h1, time);
  for (const p of paras.filter((x) => x.trim())) {
    const e = doc.createElement('p');
    e.textContent = p;
    art.append(e);
  }
  into.append(art);
}

beforeEach(() => {
  document.documentElement.lang = 'ar';
  document.head.innerHTML = '<title>خبر</title><meta property="og:type" content="article">';
  document.body.replaceChildren();
  const nav = document.createElement('nav');
  nav.textContent = 'الرئيسية العالم اقتصاد';
  document.body.append(nav);
});

describe('articles across tree boundaries', () => {
  it('reads an article in an open shadow root, and maps offsets into the shadow tree', async () => {
    const host = document.createElement('news-article');
    document.body.append(host);
    fillArticle(document, host.attachShadow({ mode: 'open' }));
    const ex = extractArticle(document)!;
    expect(ex.text).toBe(expected);
    expect(detectArticle(document, 'https://example.com/news/2018/08/28/story', ex).isArticle).toBe(true);
    const sliced = await extractArticleSliced(document, async () => {});
    expect(sliced?.text).toBe(expected);
    const at = ex.text.indexOf('ميركل');
    const [r] = rangeFor(ex, at, at + 5, document);
    expect(r.toString()).toBe('ميركل');
    expect(r.startContainer.getRootNode()).toBe(host.shadowRoot);
  });

  it('reads the text slotted into a shadow root where the reader sees it', () => {
    const host = document.createElement('news-article');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const wrap = document.createElement('div');
    wrap.append(document.createElement('slot'));
    root.append(wrap);
    fillArticle(document, host);
    expect(extractArticle(document)?.text).toBe(expected);
  });

  it('leaves closed shadow roots alone', () => {
    const host = document.createElement('news-article');
    document.body.append(host);
    fillArticle(document, host.attachShadow({ mode: 'closed' }));
    expect(extractArticle(document)?.text ?? '').not.toContain(paras[0]);
  });

  it('reads an article in a same-origin frame, and its Ranges belong to the frame document', () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const inner = frame.contentDocument!;
    fillArticle(inner, inner.body);
    const ex = extractArticle(document)!;
    expect(ex.text).toBe(expected);
    expect(detectArticle(document, 'https://example.com/news/2018/08/28/story', ex).isArticle).toBe(true);
    const at = ex.text.indexOf('ميركل');
    const [r] = rangeFor(ex, at, at + 5, document);
    expect(r.toString()).toBe('ميركل');
    expect(r.startContainer.ownerDocument).toBe(inner);
  });

  it('enters at most 64 shadow roots, nested at most 4 deep', () => {
    let parent: ParentNode = document.body;
    for (let i = 0; i < 10; i++) {
      const host = document.createElement('x-nest');
      parent.append(host);
      const root = host.attachShadow({ mode: 'open' });
      const p = document.createElement('p');
      p.textContent = `فقرة رقم ${i} في شجرة متداخلة، وقال مصدر إن النص طويل بما يكفي.`;
      root.append(p);
      parent = root;
    }
    const text = extractArticle(document)?.text ?? '';
    expect(text).toContain('فقرة رقم 3');
    expect(text).not.toContain('فقرة رقم 4');
  });
});
