import type { Token } from '../../arabic/tokens';
import type { Attribution, Warning } from '../schema';
import { headlineWarnings } from './headline';

/**
 * Warnings: one for every claim that rests on an anonymous source, then the headline's (headline.ts: a headline
 * that leans on unnamed reports, or repeats a claim whose only source is anonymous).
 */
export function warningsFor(text: string, toks: Token[], atts: Attribution[], headlineEnd?: number): Warning[] {
  const warnings: Warning[] = [];
  for (const a of atts) {
    if (a.source.kind !== 'anonymous') continue;
    warnings.push({
      kind: 'anonymous-claim',
      attributionIds: [a.id],
      span: a.claim,
      message: {
        ar: `هذا الادعاء منسوب إلى مصدر مجهول: ${a.source.name}`,
        en: `This claim rests on an anonymous source: ${a.source.name}`,
      },
    });
  }
  warnings.push(...headlineWarnings(text, toks, atts, headlineEnd));
  return warnings;
}
