import type { Token } from './tokens';

/**
 * Sentence ends over a token array: `.` `!` `?` `؟` `…` and line breaks end a sentence. A full stop between
 * digits (`1.5`) does not. Returns, for every token index i, the index one past the last token of i's
 * sentence (`end[i]`), and the index of its first token (`start[i]`). Linear: one pass each way.
 */
export interface Sentences {
  start: Int32Array;
  end: Int32Array;
}

const ENDERS = new Set(['.', '!', '?', '؟', '…', '؛']);

export function isSentenceEnd(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.word || !ENDERS.has(t.f)) return false;
  if (t.f === '.') {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // 1.5, إم.آي, U.S: glued to the words on both sides, a full stop is inside a number or an abbreviation.
    if (prev?.word && next?.word && prev.end === t.start && next.start === t.end) return false;
  }
  return true;
}

export function splitSentences(tokens: Token[]): Sentences {
  const n = tokens.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let s = 0;
  for (let i = 0; i < n; i++) {
    if (i > s && tokens[i].nl) s = i;
    start[i] = s;
    if (isSentenceEnd(tokens, i)) s = i + 1;
  }
  let e = n;
  for (let i = n - 1; i >= 0; i--) {
    if (i + 1 < n && tokens[i + 1].nl) e = i + 1;
    if (isSentenceEnd(tokens, i)) e = i + 1;
    end[i] = e;
  }
  return { start, end };
}
