import { bareNoun } from '../../arabic/clitics';
import type { Token } from '../../arabic/tokens';
import { foldToken } from '../../arabic/tokens';
import type { Attribution, Warning } from '../schema';

/**
 * Headline warnings. The text format is title, blank line, body; the headline is the first paragraph when a
 * blank line follows it (or `headlineEnd` when the caller knows it).
 *   - hedged: the headline itself leans on unnamed reports (`أنباء عن`, `تقارير عن`, `معلومات عن`);
 *   - anonymous: an attribution in the headline is anonymous, or the body claim the headline repeats most
 *     closely (shared content words) rests on an anonymous source only.
 */
const HEDGES = [
  'أنباء عن',
  'تقارير عن',
  'معلومات عن',
  'أنباء حول',
  'تقارير حول',
  'أنباء تفيد',
  'تقارير تفيد',
  'مصادر:',
];
const HEDGE_HEADS = new Set(['انباء', 'تقارير', 'معلومات', 'شائعات']);

export function headlineEndOf(text: string): number {
  const nl = text.indexOf('\n');
  if (nl < 0) return 0;
  // Title, blank line, body.
  let k = nl + 1;
  while (k < text.length && (text[k] === ' ' || text[k] === '\r' || text[k] === '\t')) k++;
  if (text[k] !== '\n') return 0;
  return nl > 0 && nl <= 400 ? nl : 0;
}

export function headlineWarnings(text: string, toks: Token[], atts: Attribution[], headlineEnd?: number): Warning[] {
  const end = headlineEnd ?? headlineEndOf(text);
  if (!end) return [];
  let s = 0;
  while (s < end && /\s/.test(text[s])) s++;
  let e = end;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e <= s) return [];
  const span = { text: text.slice(s, e), start: s, end: e };
  const out: Warning[] = [];
  const headToks: Token[] = [];
  for (const t of toks) {
    if (t.start >= e) break;
    if (t.start >= s && t.word) headToks.push(t);
  }
  const hedged = headToks.some((t, k) => {
    const w = bareNoun(t.f);
    if (!HEDGE_HEADS.has(foldToken(t.f).replace(/^و/, '')) && !HEDGE_HEADS.has(w)) return false;
    const nx = headToks[k + 1];
    return !nx || ['عن', 'حول', 'تفيد', 'بان', 'ان'].includes(nx.f) || k === 0;
  });
  if (hedged || HEDGES.some((h) => span.text.includes(h))) {
    out.push({
      kind: 'hedged-headline',
      attributionIds: [],
      span,
      message: {
        ar: 'العنوان يستند إلى أنباء أو تقارير غير منسوبة إلى مصدر محدد',
        en: 'The headline rests on unattributed reports or news',
      },
    });
  }
  const inHead = atts.filter((a) => a.cue.start >= s && a.cue.end <= e && a.source.kind === 'anonymous');
  let ids = inHead.map((a) => a.id);
  if (!ids.length) {
    const words = new Set(headToks.map((t) => bareNoun(t.f)).filter((w) => w.length > 2));
    let best: Attribution | null = null;
    let bestScore = 0;
    // The headline sums up the opening: compare with the first claims only (bounded cost on long texts).
    for (const a of atts.slice(0, 12)) {
      if (a.claim.start < e) continue;
      const cw = new Set(
        foldToken(a.claim.text)
          .split(/[^\p{L}\p{N}]+/u)
          .map(bareNoun),
      );
      let common = 0;
      for (const w of words) if (cw.has(w)) common++;
      const score = words.size ? common / words.size : 0;
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    if (best && bestScore >= 0.35 && best.source.kind === 'anonymous') ids = [best.id];
  }
  if (ids.length) {
    out.push({
      kind: 'anonymous-headline',
      attributionIds: ids,
      span,
      message: {
        ar: 'العنوان يستند إلى مصادر مجهولة',
        en: 'The headline rests on anonymous sources',
      },
    });
  }
  return out;
}
