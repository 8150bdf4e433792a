import { analyze } from './analyze';
import { mergeAnalyses, splitPieces } from './pieces';
import type { Analysis, AnalyzeOptions } from './schema';

/** Characters per piece: about 0.15 s with entities on a slow laptop core, so a waiting tab waits no longer. */
export const PIECE_CHARS = 8_000;

/** A finished job: the analysis of `text.slice(0, chars)` (all of it unless the attribution cap stopped it). */
export interface JobResult {
  analysis: Analysis;
  chars: number;
}

interface Job {
  key: string;
  text: string;
  options: AnalyzeOptions;
  maxAttributions: number;
  found: number;
  pieces: { start: number; end: number }[];
  done: { offset: number; analysis: Analysis }[];
  resolve(a: JobResult | null): void;
  reject(e: unknown): void;
}

/**
 * Runs analyses for many callers (one key per tab and frame) fairly: one piece of one job at a time, round
 * robin, with `pause()` between pieces so the runtime can deliver other messages. A caller has at most one job:
 * a new one from the same key supersedes the old, which resolves to null and is dropped unfinished. Short texts
 * (one piece) therefore answer after at most one piece of anybody else's long text.
 */
export class AnalysisJobs {
  private queue: Job[] = [];
  private running = false;

  constructor(
    private pause: () => Promise<void>,
    private analyzeFn: (text: string, options: AnalyzeOptions) => Analysis = analyze,
    private pieceChars = PIECE_CHARS,
  ) {}

  /** Jobs waiting or running (for tests and limits). */
  get size(): number {
    return this.queue.length;
  }

  /**
   * Analyses `text` for `key`. Past `maxAttributions` (counted at the end of each piece) the rest of the text is
   * not analysed: the result says how far it got. A page whose every sentence is a claim would otherwise cost
   * tens of thousands of attributions, and as many megabytes, in the background and in the page (issue 14).
   */
  submit(key: string, text: string, options: AnalyzeOptions, maxAttributions = Infinity): Promise<JobResult | null> {
    this.cancel(key);
    return new Promise((resolve, reject) => {
      const pieces = splitPieces(text, this.pieceChars);
      this.queue.push({ key, text, options, maxAttributions, found: 0, pieces, done: [], resolve, reject });
      if (!this.running) void this.loop();
    });
  }

  /** Drops the caller's job, if any (its promise resolves to null). */
  cancel(key: string): void {
    const i = this.queue.findIndex((j) => j.key === key);
    if (i < 0) return;
    const [old] = this.queue.splice(i, 1);
    old.resolve(null);
  }

  private async loop(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length) {
        const job = this.queue.shift()!;
        const piece = job.pieces[job.done.length];
        const text = job.text.slice(piece.start, piece.end);
        // Only the first piece can hold the headline; the others say they have none.
        const options = piece.start === 0 ? job.options : { ...job.options, headlineEnd: 0 };
        try {
          const analysis = this.analyzeFn(text, options);
          job.done.push({ offset: piece.start, analysis });
          job.found += analysis.attributions.length;
        } catch (e) {
          job.reject(e);
          await this.pause();
          continue;
        }
        if (job.done.length === job.pieces.length || job.found >= job.maxAttributions)
          job.resolve({ analysis: mergeAnalyses(job.done), chars: piece.end });
        else this.queue.push(job); // back of the line: the others get a piece first
        await this.pause();
      }
    } finally {
      this.running = false;
    }
  }
}
