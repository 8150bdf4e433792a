import { MINED_SELF_SOURCE_NOUNS, MINED_VERBAL_NOUNS } from './mined-ant';

/**
 * Verbal-noun cues (Decision 2): they count when a source and a content clause follow (`إعلان X أن`,
 * `تأكيد X أن`, `مزاعم X بأن`); `تقارير عن أن` has the noun itself as the (anonymous) source.
 * `قوله` after `نقل … عن Y` is the second layer of a two-layer attribution and is handled with نقل.
 */
export const VERBAL_NOUNS = ['إعلان', 'تأكيد', 'مزاعم', 'ادعاءات', 'ادعاء', 'زعم', ...MINED_VERBAL_NOUNS];

/** Nouns that are themselves anonymous sources when followed by `عن أن` / `بأن`. */
export const SELF_SOURCE_NOUNS = ['تقارير', 'أنباء', 'أنباءً', 'شائعات', 'معلومات', ...MINED_SELF_SOURCE_NOUNS];
