// @vitest-environment jsdom
/**
 * Issue 14 (5): a page that replaces or empties our CSS.highlights entries, or removes our rules, must not hide
 * the marks for good. jsdom has no Custom Highlight API, so the registry and Highlight are stood in for by a
 * Map and a Set subclass with the same surface (set/get/has/delete; add/clear/size/priority).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markStyles, Painter } from '../../entrypoints/content/paint';
import type { Analysis } from '../../lib/analysis/schema';

class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  document.head.replaceChildren();
  document.body.textContent = 'قال الوزير إن الاتفاق قريب';
});
afterEach(() => vi.unstubAllGlobals());

function analysis(): Analysis {
  return {
    attributions: [
      {
        id: 'a1',
        source: { kind: 'person', mention: { start: 4, end: 10 } },
        claim: { start: 11, end: 25 },
      },
    ],
    warnings: [],
  } as unknown as Analysis;
}

async function painted(): Promise<Painter> {
  const p = new Painter();
  const text = document.body.firstChild!;
  await p.build(
    analysis(),
    (s, e) => {
      const r = document.createRange();
      r.setStart(text, s);
      r.setEnd(text, e);
      return [r];
    },
    async () => {},
  );
  return p;
}

describe('Painter against a hostile page', () => {
  it('draws fresh names on each load and styles exactly those', async () => {
    const a = await painted();
    const b = new Painter();
    expect(a.suffix).not.toBe(b.suffix);
    expect(registry.has('isnad-claim-person')).toBe(false);
    expect(registry.get(a.nameOf('isnad-claim-person'))?.size).toBe(1);
    const css = document.head.querySelector('style')?.textContent ?? '';
    expect(css).toBe(markStyles(a.suffix));
    expect(css).toContain(`::highlight(${a.nameOf('isnad-claim-person')})`);
    expect(css).not.toMatch(/::highlight\(isnad-[a-z-]+\)/);
  });

  it('notices an entry replaced by an empty Highlight under the same name, and re-sets it', async () => {
    const p = await painted();
    const name = p.nameOf('isnad-claim-person');
    expect(p.missing()).toBe(false);
    registry.set(name, new FakeHighlight());
    expect(registry.has(name)).toBe(true); // what the old has()-only check saw
    expect(p.missing()).toBe(true);
    p.apply();
    expect(registry.get(name)?.size).toBe(1);
    expect(p.missing()).toBe(false);
  });

  it('notices our own Highlight emptied in place, a deleted entry, and removed or edited rules', async () => {
    const p = await painted();
    registry.get(p.nameOf('isnad-source-person'))!.clear();
    expect(p.missing()).toBe(true);
    p.apply();
    expect(registry.get(p.nameOf('isnad-source-person'))?.size).toBe(1);

    registry.delete(p.nameOf('isnad-claim-person'));
    expect(p.missing()).toBe(true);
    p.apply();
    expect(p.missing()).toBe(false);

    document.head.querySelector('style')!.remove();
    expect(p.missing()).toBe(true);
    p.apply();
    expect(document.head.querySelector('style')?.textContent).toBe(markStyles(p.suffix));

    document.head.querySelector('style')!.textContent = '';
    expect(p.missing()).toBe(true);
    p.apply();
    expect(p.missing()).toBe(false);
  });

  it('re-sets the saved-claim mark when the page empties it', async () => {
    const p = await painted();
    p.markSaved(p.spans[0].ranges);
    const name = p.nameOf('isnad-saved');
    registry.set(name, new FakeHighlight());
    expect(p.missing()).toBe(true);
    p.apply();
    expect(registry.get(name)?.size).toBe(1);
    expect(p.missing()).toBe(false);
  });
});

describe('Painter on a long page (issue 15)', () => {
  it('registers at most 1,600 ranges, 400 a frame, and keeps every span for hover and stepping', async () => {
    // One paragraph per claim (at most 200 ranges are painted per text node).
    const paras = Array.from({ length: 3000 }, (_, i) => {
      const el = document.createElement('p');
      el.textContent = `قال المصدر ${i}`;
      return el;
    });
    document.body.replaceChildren(...paras);
    const attributions = paras.map((_, i) => ({
      id: `a${i}`,
      source: { kind: 'person' },
      claim: { start: i * 100, end: i * 100 + 3 },
    }));
    const p = new Painter();
    let sizes: number[] = [];
    // Every frame: how many ranges are registered when it renders.
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
      sizes.push(total());
      setTimeout(() => cb(performance.now()), 0);
      return 0;
    });
    const total = () => [...registry.values()].reduce((n, h) => n + h.size, 0);
    await p.build(
      { attributions, warnings: [] } as unknown as Analysis,
      (s) => {
        const r = document.createRange();
        r.selectNodeContents(paras[s / 100].firstChild!);
        return [r];
      },
      async () => {},
    );
    sizes = [0, ...sizes, total()];
    expect(p.spans.length).toBe(3000);
    expect(total()).toBe(1600);
    // Never more than 400 ranges added between two frames.
    for (let i = 1; i < sizes.length; i++) expect(sizes[i] - sizes[i - 1]).toBeLessThanOrEqual(400);
    expect(p.missing()).toBe(false);
  });
});
