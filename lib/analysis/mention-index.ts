import { foldArabic } from '../arabic/normalize';
import type { Entity } from './schema';

export interface MentionSpan {
  start: number;
  end: number;
  type: Entity['type'];
}

/**
 * The entity mentions of a text sorted by offset, so the analyser asks "which names lie here?" with a binary
 * search instead of a scan over every mention: a page with thousands of names and thousands of cues stays
 * linear (each question costs log n plus the mentions it returns).
 */
export class MentionIndex {
  private readonly spans: MentionSpan[];
  private readonly maxLength: number;
  private people?: Set<string>;

  constructor(private readonly entities: readonly Entity[]) {
    this.spans = entities
      .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    this.maxLength = this.spans.reduce((n, s) => Math.max(n, s.end - s.start), 0);
  }

  /** Mentions that overlap [start, end), in order of start. */
  overlapping(start: number, end: number): MentionSpan[] {
    const out: MentionSpan[] = [];
    let lo = 0;
    let hi = this.spans.length;
    const from = start - this.maxLength; // nothing starting earlier can reach `start`
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid].start < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.spans.length && this.spans[i].start < end; i++) {
      if (this.spans[i].end > start) out.push(this.spans[i]);
    }
    return out;
  }

  /** Folded names of the text's people (built on first use). */
  personNames(): Set<string> {
    this.people ??= new Set(this.entities.filter((x) => x.type === 'person').map((x) => foldArabic(x.name)));
    return this.people;
  }
}
