import { chainsOf } from '../../components/chain';
import type { Analysis, Attribution, SourceKind } from '../../lib/analysis/schema';
import markCss from './highlights.css?raw';

/** One painted span: the ranges it covers and the attribution it belongs to (for hover and keyboard). */
export interface PaintedSpan {
  attribution: Attribution;
  part: 'claim' | 'source';
  ranges: Range[];
}

const KINDS: SourceKind[] = ['person', 'organization', 'anonymous'];

/**
 * Limits that keep a hostile page usable. Chromium re-shapes a text node's whole run at every highlight edge, so
 * thousands of ranges in one huge text node freeze the page for minutes (a real paragraph is a few thousand
 * characters and carries a handful of claims). Ranges beyond these are not painted; the panel still lists them.
 */
const MAX_NODE_CHARS = 50_000;
const MAX_RANGES_PER_NODE = 200;
const NAMES = [...KINDS.flatMap((k) => [`isnad-claim-${k}`, `isnad-source-${k}`]), 'isnad-headline'];

/**
 * Paint order where marks overlap: the less checkable kind on top (anonymous over organisation over person),
 * source names over claims, the flash and a re-found saved claim over everything.
 */
const PRIORITY: Record<string, number> = {
  'isnad-headline': 0,
  'isnad-claim-person': 1,
  'isnad-claim-organization': 2,
  'isnad-claim-anonymous': 3,
  'isnad-source-person': 4,
  'isnad-source-organization': 5,
  'isnad-source-anonymous': 6,
  'isnad-saved': 7,
  'isnad-flash': 8,
};

function highlight(name: string, ranges: Range[]): Highlight {
  const h = new Highlight(...ranges);
  h.priority = PRIORITY[name] ?? 0;
  return h;
}

/**
 * A fresh suffix for this load's highlight names, so a page script written in advance cannot `set()` or
 * `delete()` them by name (it can still list the registry: TOOLCHAIN.md; identity checks below catch that).
 */
function randomSuffix(): string {
  const b = new Uint8Array(6);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(36).padStart(2, '0')).join('');
}

/** highlights.css with every `::highlight(isnad-…)` name given this load's suffix. */
export function markStyles(suffix: string): string {
  return markCss.replace(/::highlight\((isnad-[a-z-]+)\)/g, (_, n: string) => `::highlight(${n}-${suffix})`);
}

/**
 * Owns the highlight registry entries of Isnad. Keeps its own arrays of Ranges, since Firefox forbids
 * iterating a Highlight from a content script (TOOLCHAIN.md).
 */
export class Painter {
  spans: PaintedSpan[] = [];
  /** This load's random name suffix; registry entries are `isnad-<kind>-<suffix>`. */
  readonly suffix = randomSuffix();
  /** Ranges left unpainted by the limits above (0 on ordinary pages). */
  unpainted = 0;
  private on = true;
  private byName = new Map<string, Range[]>();
  /** The registered Highlight per name and how many of its ranges it holds (painting grows slice by slice). */
  private live = new Map<string, { h: Highlight; n: number }>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private saved: Highlight | undefined;
  /** The `<style>` holding the `::highlight()` rules for this load's names (head, or the root element). */
  private style: HTMLStyleElement | undefined;

  /** How many ranges show a re-found saved claim. */
  get savedCount(): number {
    return this.saved ? this.savedRanges.length : 0;
  }

  /** The registry name of a base name (`isnad-claim-person` → `isnad-claim-person-<suffix>`). */
  nameOf(base: string): string {
    return `${base}-${this.suffix}`;
  }

  /** Puts our rules in the document (again, if the page removed or edited them). */
  private ensureStyle(): void {
    const css = markStyles(this.suffix);
    if (this.style?.isConnected && this.style.textContent === css) return;
    this.style?.remove();
    this.style = document.createElement('style');
    this.style.textContent = css;
    (document.head ?? document.documentElement).append(this.style);
  }

  get supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
  }

  /**
   * Builds ranges for every claim and source mention, `budgetMs` at a time, awaiting `pause()` between slices.
   * `rangesFor(start, end)` maps text offsets to DOM ranges.
   */
  async build(
    analysis: Analysis,
    rangesFor: (start: number, end: number) => Range[],
    pause: () => Promise<void>,
    budgetMs = 12,
  ): Promise<void> {
    this.clear();
    this.byName = new Map(NAMES.map((n) => [n, []]));
    const perNode = new Map<Node, number>();
    const paintable = (ranges: Range[]): Range[] =>
      ranges.filter((r) => {
        const node = r.startContainer;
        const n = (perNode.get(node) ?? 0) + 1;
        perNode.set(node, n);
        const ok =
          n <= MAX_RANGES_PER_NODE && (node.nodeType !== Node.TEXT_NODE || (node as Text).length <= MAX_NODE_CHARS);
        if (!ok) this.unpainted++;
        return ok;
      });
    // A flagged headline gets a frame of its own.
    for (const w of analysis.warnings)
      if (w.kind !== 'anonymous-claim' && this.byName.get('isnad-headline')!.length === 0)
        this.byName.get('isnad-headline')!.push(...paintable(rangesFor(w.span.start, w.span.end)));
    // Links of one chain of sources (the same claim, or one claim inside another's) are painted once, in the
    // kind of the chain's weakest link, so overlapping marks never blend colours (components/chain.ts).
    const chains = chainsOf(analysis.attributions);
    let sliceStart = performance.now();
    for (const a of analysis.attributions) {
      const chain = chains.get(a.id);
      const covered = chain ? !chain.top.has(a.id) : false;
      const claim: PaintedSpan = {
        attribution: a,
        part: 'claim',
        ranges: paintable(rangesFor(a.claim.start, a.claim.end)),
      };
      this.spans.push(claim);
      if (!covered) this.byName.get(`isnad-claim-${chain?.weakest ?? a.source.kind}`)!.push(...claim.ranges);
      if (a.source.mention) {
        const m = a.source.mention;
        const src: PaintedSpan = { attribution: a, part: 'source', ranges: paintable(rangesFor(m.start, m.end)) };
        this.spans.push(src);
        this.byName.get(`isnad-source-${a.source.kind}`)!.push(...src.ranges);
      }
      if (performance.now() - sliceStart > budgetMs) {
        // Register what this slice built, so the browser paints a long page's highlights a slice at a time
        // instead of all in one long rendering task.
        this.flush();
        await pause();
        sliceStart = performance.now();
      }
    }
    this.flush();
  }

  /** Registers the ranges built since the last flush. */
  private flush(): void {
    if (!this.supported || !this.on) return;
    this.ensureStyle();
    for (const [name, ranges] of this.byName) {
      const cur = this.live.get(name);
      if ((cur?.n ?? 0) === ranges.length) continue;
      try {
        if (!cur) throw new Error('new');
        for (let i = cur.n; i < ranges.length; i++) cur.h.add(ranges[i]);
        cur.n = ranges.length;
      } catch {
        // First registration, or a browser that refuses add() from a content script: register anew.
        const h = highlight(name, ranges);
        CSS.highlights.set(this.nameOf(name), h);
        this.live.set(name, { h, n: ranges.length });
      }
    }
  }

  /** (Re-)registers our highlights; also used when the page has cleared the registry. */
  apply(): void {
    this.live.clear();
    this.flush();
    if (this.saved && this.supported && this.on) {
      // A new object: the page may have emptied the old one in place.
      const ranges = this.savedRanges;
      this.saved = highlight('isnad-saved', ranges);
      CSS.highlights.set(this.nameOf('isnad-saved'), this.saved);
    }
  }

  /**
   * True when a page script removed, replaced or emptied our entries, or our rules (they are document-wide and
   * visible to the page). `has(name)` is not enough: the page can `set()` an empty Highlight under the name.
   */
  missing(): boolean {
    if (!this.supported || !this.on) return false;
    const intact = (name: string, h: Highlight | undefined, n: number) => {
      if (!h) return false;
      try {
        return CSS.highlights.get(this.nameOf(name)) === h && h.size === n;
      } catch {
        return false;
      }
    };
    for (const [name, ranges] of this.byName)
      if (ranges.length && !intact(name, this.live.get(name)?.h, this.live.get(name)?.n ?? -1)) return true;
    if (this.saved && !intact('isnad-saved', this.saved, this.savedRanges.length)) return true;
    const painted = [...this.byName.values()].some((r) => r.length) || this.saved;
    return Boolean(painted) && !(this.style?.isConnected && this.style.textContent === markStyles(this.suffix));
  }

  setOn(on: boolean): void {
    this.on = on;
    if (on) this.apply();
    else if (this.supported) {
      for (const n of [...NAMES, 'isnad-saved']) CSS.highlights.delete(this.nameOf(n));
      this.live.clear();
    }
  }

  get isOn(): boolean {
    return this.on;
  }

  /** Briefly marks ranges (click-to-scroll from the panel, keyboard stepping). */
  flash(ranges: Range[], ms = 1600): void {
    if (!this.supported || !ranges.length) return;
    this.ensureStyle();
    CSS.highlights.set(this.nameOf('isnad-flash'), highlight('isnad-flash', ranges));
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => CSS.highlights.delete(this.nameOf('isnad-flash')), ms);
  }

  /** Marks a saved claim found again on the page (from the library's "open original"). */
  markSaved(ranges: Range[]): void {
    if (!this.supported || !ranges.length) return;
    this.ensureStyle();
    this.savedRanges = ranges;
    this.saved = highlight('isnad-saved', ranges);
    if (this.on) CSS.highlights.set(this.nameOf('isnad-saved'), this.saved);
  }
  private savedRanges: Range[] = [];

  clear(): void {
    this.spans = [];
    this.unpainted = 0;
    this.byName.clear();
    this.live.clear();
    this.saved = undefined;
    this.savedRanges = [];
    if (this.supported) for (const n of [...NAMES, 'isnad-flash', 'isnad-saved']) CSS.highlights.delete(this.nameOf(n));
  }

  /** The painted span under a viewport point, testing only spans whose ranges are near `target`. */
  hitTest(x: number, y: number, candidates: PaintedSpan[]): PaintedSpan | null {
    for (const span of candidates) {
      for (const r of span.ranges) {
        for (const rect of r.getClientRects()) {
          if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return span;
        }
      }
    }
    return null;
  }
}
