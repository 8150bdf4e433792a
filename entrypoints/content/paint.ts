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

/** The document's own registry: this script's `CSS` for the page, the frame's window's for a same-origin frame. */
function registryOf(doc: Document): HighlightRegistry {
  if (doc === document) return CSS.highlights;
  return (doc.defaultView as unknown as { CSS: typeof CSS }).CSS.highlights;
}

/** A Highlight made by the constructor of the document's window (a frame's registry takes only its own). */
function highlightIn(doc: Document, name: string, ranges: Range[]): Highlight {
  const Ctor =
    doc === document
      ? Highlight
      : ((doc.defaultView as unknown as { Highlight?: typeof Highlight }).Highlight ?? Highlight);
  const h = new Ctor(...ranges);
  h.priority = PRIORITY[name] ?? 0;
  return h;
}

/** The document and the tree root (document or open shadow root) a range lives in. */
function scopeOf(range: Range): Scope {
  const node = range.startContainer;
  const doc = node.ownerDocument ?? document;
  const root = node.getRootNode();
  return { doc, root: root.nodeType === 11 ? (root as ShadowRoot) : doc };
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

/** A range to paint, under a base highlight name (`isnad-claim-person`…). */
interface Mark {
  name: string;
  range: Range;
}

/**
 * Chromium rebuilds the markers of *every* registered range whenever a highlight changes and after any DOM or
 * style change of the document (HighlightRegistry::ValidateHighlightMarkers), so a frame's rendering cost grows
 * with the number of ranges registered, not with the number added. A page with more than MAX_LIVE ranges gets
 * a window of MAX_LIVE ranges around the viewport (re-centred when the reader scrolls away from it), and ranges
 * are registered at most BATCH per frame.
 */
const MAX_LIVE = 1600;
const BATCH = 400;
/** How long after the last scroll event the window is re-centred. */
const SCROLL_SETTLE_MS = 120;

/** The next rendered frame (or 50 ms in a hidden tab, where animation frames do not run). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, 50);
    requestAnimationFrame(() => setTimeout(done, 0));
  });
}

/** Where a range is painted: its document's registry and Highlight constructor, and the root its rules go in. */
interface Scope {
  doc: Document;
  /** The document, or the open shadow root the range lives in (its own `::highlight()` rules are needed there). */
  root: Document | ShadowRoot;
}

/**
 * Owns the highlight registry entries of Isnad: those of the page, of open shadow roots in it (rules added to
 * each root) and of same-origin frames (their own registries). Keeps its own arrays of Ranges, since Firefox
 * forbids iterating a Highlight from a content script (TOOLCHAIN.md).
 */
export class Painter {
  spans: PaintedSpan[] = [];
  /** This load's random name suffix; registry entries are `isnad-<kind>-<suffix>`. */
  readonly suffix = randomSuffix();
  /** Ranges left unpainted by the limits above (0 on ordinary pages). */
  unpainted = 0;
  private on = true;
  /** Every range to paint, in reading order; [lo, hi) of it is registered (all of it on ordinary pages). */
  private marks: Mark[] = [];
  private lo = 0;
  private hi = 0;
  /** Per document and base name: the registered Highlight and how many ranges it holds. */
  private live = new Map<Document, Map<string, { h: Highlight; n: number }>>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private saved: Highlight | undefined;
  private savedDoc: Document = document;
  /** The `<style>` holding the `::highlight()` rules for this load's names, per document or shadow root. */
  private styles = new Map<Document | ShadowRoot, HTMLStyleElement>();
  private scrollTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onScroll = () => {
    clearTimeout(this.scrollTimer);
    this.scrollTimer = setTimeout(() => this.recentre(), SCROLL_SETTLE_MS);
  };

  /** highlights.css with this load's names. */
  private readonly css = markStyles(this.suffix);

  /** How many ranges show a re-found saved claim. */
  get savedCount(): number {
    return this.saved ? this.savedRanges.length : 0;
  }

  /** The registry name of a base name (`isnad-claim-person` → `isnad-claim-person-<suffix>`). */
  nameOf(base: string): string {
    return `${base}-${this.suffix}`;
  }

  /** Open shadow roots and same-origin frames the painted ranges live in (for the panel and tests). */
  get scopes(): { shadow: number; frames: number } {
    const roots = new Set<Node>();
    const docs = new Set<Document>();
    for (const m of this.marks) {
      const sc = scopeOf(m.range);
      if (sc.root !== sc.doc) roots.add(sc.root);
      if (sc.doc !== document) docs.add(sc.doc);
    }
    return { shadow: roots.size, frames: docs.size };
  }

  /** Puts our rules in a document or shadow root (again, if the page removed or edited them). */
  private ensureStyle(root: Document | ShadowRoot = document): void {
    const css = this.css;
    const cur = this.styles.get(root);
    if (cur?.isConnected && cur.textContent === css) return;
    cur?.remove();
    const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument ?? document);
    const style = doc.createElement('style');
    style.textContent = css;
    if (root.nodeType === 9) ((root as Document).head ?? (root as Document).documentElement).append(style);
    else (root as ShadowRoot).append(style);
    this.styles.set(root, style);
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
    const mark = (name: string, ranges: Range[]) => {
      for (const range of ranges) this.marks.push({ name, range });
    };
    // A flagged headline gets a frame of its own.
    const headline = analysis.warnings.find((w) => w.kind !== 'anonymous-claim');
    if (headline) mark('isnad-headline', paintable(rangesFor(headline.span.start, headline.span.end)));
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
      if (!covered) mark(`isnad-claim-${chain?.weakest ?? a.source.kind}`, claim.ranges);
      if (a.source.mention) {
        const m = a.source.mention;
        const src: PaintedSpan = { attribution: a, part: 'source', ranges: paintable(rangesFor(m.start, m.end)) };
        this.spans.push(src);
        mark(`isnad-source-${a.source.kind}`, src.ranges);
      }
      const filling = this.hi < MAX_LIVE; // past the first window, only the clock cuts slices
      if (performance.now() - sliceStart > budgetMs || (filling && this.marks.length - this.hi >= BATCH)) {
        // Register what this slice built (the first MAX_LIVE ranges, BATCH at a time), and let a frame render
        // it before the next slice, so no frame paints thousands of new ranges at once.
        // A frame is awaited only after a real batch: a hidden or throttled tab runs no animation frames, and a
        // page whose slices add a few ranges each (a hostile page's thousands of unpaintable claims) would wait
        // for the fallback timer at every slice.
        const fresh = Math.min(MAX_LIVE, this.marks.length) - this.hi;
        if (fresh > 0) this.grow(Math.min(MAX_LIVE, this.marks.length));
        if (fresh >= BATCH / 4) await nextFrame();
        else await pause();
        sliceStart = performance.now();
      }
    }
    // The rest of the first window, BATCH ranges a frame; a long page then re-centres on the viewport.
    while (this.hi < Math.min(MAX_LIVE, this.marks.length)) {
      this.grow(Math.min(MAX_LIVE, this.marks.length));
      if (this.hi < Math.min(MAX_LIVE, this.marks.length)) await nextFrame();
    }
    if (this.marks.length > MAX_LIVE) {
      addEventListener('scroll', this.onScroll, { passive: true });
      this.recentre();
    }
  }

  /** Registers marks [hi, min(target, hi + BATCH)) in the live highlights (adding to them). */
  private grow(target: number): void {
    const to = Math.min(target, this.hi + BATCH);
    if (!this.supported || !this.on) {
      this.hi = to;
      return;
    }
    const added = new Map<Document, Map<string, Range[]>>();
    const roots = new Set<Document | ShadowRoot>();
    for (let i = this.hi; i < to; i++) {
      const { name, range } = this.marks[i];
      const sc = scopeOf(range);
      roots.add(sc.root);
      let byName = added.get(sc.doc);
      if (!byName) {
        byName = new Map();
        added.set(sc.doc, byName);
      }
      const list = byName.get(name);
      if (list) list.push(range);
      else byName.set(name, [range]);
    }
    this.hi = to;
    for (const root of roots) this.ensureStyle(root);
    for (const [doc, byName] of added) {
      let docLive = this.live.get(doc);
      if (!docLive) {
        docLive = new Map();
        this.live.set(doc, docLive);
      }
      for (const [name, ranges] of byName) {
        const cur = docLive.get(name);
        try {
          if (!cur) throw new Error('new');
          for (const r of ranges) cur.h.add(r);
          cur.n += ranges.length;
        } catch {
          // First registration, or a browser that refuses add() from a content script: register anew.
          const all = this.registeredIn(doc, name);
          const h = highlightIn(doc, name, all);
          registryOf(doc).set(this.nameOf(name), h);
          docLive.set(name, { h, n: all.length });
        }
      }
    }
  }

  /** The registered window's ranges of one document and name. */
  private registeredIn(doc: Document, name: string): Range[] {
    const out: Range[] = [];
    for (let i = this.lo; i < this.hi; i++) {
      const m = this.marks[i];
      if (m.name === name && scopeOf(m.range).doc === doc) out.push(m.range);
    }
    return out;
  }

  /** Index of the first mark at or below the top of the viewport (marks are in reading order). */
  private viewportIndex(): number {
    let lo = 0;
    let hi = this.marks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const r = this.marks[mid].range;
      // The paragraph's box is close enough to place the window, and cheaper than the range's.
      const el = r.startContainer.isConnected ? r.startContainer.parentElement : null;
      const rect = el?.getBoundingClientRect();
      if (rect && rect.bottom < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** On a long page, registers the MAX_LIVE marks around the viewport if it has moved away from the window. */
  private recentre(): void {
    if (this.marks.length <= MAX_LIVE || !this.on) return;
    const at = this.viewportIndex();
    // The viewport a third of the way into the window (readers scroll down more than up).
    const lo = Math.max(0, Math.min(this.marks.length - MAX_LIVE, Math.round(at - MAX_LIVE / 3)));
    if (Math.abs(lo - this.lo) < MAX_LIVE / 4 && this.hi - this.lo === MAX_LIVE) return;
    this.lo = lo;
    this.hi = lo;
    this.dropLive();
    this.live.clear();
    // One batch now (the viewport's), the rest a frame at a time.
    const fill = () => {
      if (this.lo !== lo || this.hi >= lo + MAX_LIVE) return;
      this.grow(lo + MAX_LIVE);
      if (this.hi < lo + MAX_LIVE) void nextFrame().then(fill);
    };
    fill();
  }

  /** Removes our entries from every registry (keeping the marks). */
  private dropLive(): void {
    if (!this.supported) return;
    const docs = new Set<Document>([document, ...this.live.keys()]);
    for (const doc of docs)
      for (const n of [...NAMES, 'isnad-flash', 'isnad-saved']) {
        try {
          registryOf(doc).delete(this.nameOf(n));
        } catch {
          // a frame that went away
        }
      }
  }

  /** (Re-)registers our highlights; also used when the page has cleared the registry. */
  apply(): void {
    const { lo } = this;
    this.live.clear();
    const target = this.hi;
    this.hi = lo;
    while (this.hi < target) this.grow(target);
    if (this.saved && this.supported && this.on) {
      // A new object: the page may have emptied the old one in place.
      const ranges = this.savedRanges;
      this.saved = highlightIn(this.savedDoc, 'isnad-saved', ranges);
      registryOf(this.savedDoc).set(this.nameOf('isnad-saved'), this.saved);
    }
  }

  /**
   * True when a page script removed, replaced or emptied our entries, or our rules (they are document-wide and
   * visible to the page). `has(name)` is not enough: the page can `set()` an empty Highlight under the name.
   */
  missing(): boolean {
    if (!this.supported || !this.on) return false;
    const intact = (doc: Document, name: string, h: Highlight | undefined, n: number) => {
      if (!h) return false;
      try {
        return registryOf(doc).get(this.nameOf(name)) === h && h.size === n;
      } catch {
        return false;
      }
    };
    for (const [doc, byName] of this.live)
      for (const [name, cur] of byName) if (!intact(doc, name, cur.h, cur.n)) return true;
    if (this.hi > this.lo && this.live.size === 0) return true;
    if (this.saved && !intact(this.savedDoc, 'isnad-saved', this.saved, this.savedRanges.length)) return true;
    const css = this.css;
    for (const style of this.styles.values()) if (!(style.isConnected && style.textContent === css)) return true;
    return false;
  }

  setOn(on: boolean): void {
    this.on = on;
    if (on) {
      this.apply();
      this.recentre();
    } else {
      this.dropLive();
      this.live.clear();
    }
  }

  get isOn(): boolean {
    return this.on;
  }

  /** Briefly marks ranges (click-to-scroll from the panel, keyboard stepping). */
  flash(ranges: Range[], ms = 1600): void {
    if (!this.supported || !ranges.length) return;
    const sc = scopeOf(ranges[0]);
    this.ensureStyle(sc.root);
    registryOf(sc.doc).set(this.nameOf('isnad-flash'), highlightIn(sc.doc, 'isnad-flash', ranges));
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => registryOf(sc.doc).delete(this.nameOf('isnad-flash')), ms);
  }

  /** Marks a saved claim found again on the page (from the library's "open original"). */
  markSaved(ranges: Range[]): void {
    if (!this.supported || !ranges.length) return;
    const sc = scopeOf(ranges[0]);
    this.ensureStyle(sc.root);
    this.savedRanges = ranges;
    this.savedDoc = sc.doc;
    this.saved = highlightIn(sc.doc, 'isnad-saved', ranges);
    if (this.on) registryOf(sc.doc).set(this.nameOf('isnad-saved'), this.saved);
  }
  private savedRanges: Range[] = [];

  clear(): void {
    this.dropLive();
    this.spans = [];
    this.unpainted = 0;
    this.marks = [];
    this.lo = 0;
    this.hi = 0;
    this.live.clear();
    this.saved = undefined;
    this.savedRanges = [];
    clearTimeout(this.scrollTimer);
    removeEventListener('scroll', this.onScroll);
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
