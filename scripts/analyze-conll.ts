// CoNLL in, `token TAG` out (BIO over PERS, LOC, ORG). Placeholder until the tagger lands: every tag is O.

/** Reads CoNLL text (one token per line, any tags ignored, blank line between sentences). */
export function runConll(input: string): string {
  const out: string[] = [];
  let inSentence = false;
  for (const line of input.split(/\r?\n/)) {
    const t = line.trim();
    if (!t) {
      if (inSentence) out.push('');
      inSentence = false;
      continue;
    }
    inSentence = true;
    out.push(`${t.split(/\s+/)[0]} O`);
  }
  if (inSentence) out.push('');
  return out.join('\n');
}
