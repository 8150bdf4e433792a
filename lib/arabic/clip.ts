/**
 * Shortens text for display without cutting inside a word: cuts at the last whitespace before `max`
 * UTF-16 units and adds an ellipsis. A single word longer than `max` is kept whole.
 */
export function clipWords(text: string, max: number): string {
  const s = text.trim();
  if (s.length <= max) return s;
  let cut = -1;
  for (let i = max; i > 0; i--) {
    if (/\s/.test(s[i])) {
      cut = i;
      break;
    }
  }
  if (cut <= 0) {
    const next = s.slice(max).search(/\s/);
    if (next < 0) return s;
    cut = max + next;
  }
  return `${s.slice(0, cut).replace(/[\s،,؛;:]+$/u, '')}…`;
}
