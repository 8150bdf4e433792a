import type { VerdictReason } from '../../lib/page/verdict';
import type { StringKey } from '../strings';

/** The panel's sentence for why a page was not analysed, by the detector's reason. */
export const NOT_ARTICLE_TEXT: Record<VerdictReason, StringKey> = {
  article: 'notArticle',
  urdu: 'notArticleUrdu',
  persian: 'notArticlePersian',
  'other-language': 'notArticleOtherLanguage',
  'not-arabic': 'notArticleNotArabic',
  'home-page': 'notArticleHome',
  'section-front': 'notArticleSection',
  'search-results': 'notArticleSearch',
  forum: 'notArticleForum',
  media: 'notArticleMedia',
  'too-short': 'notArticleTooShort',
  'not-article': 'notArticle',
  error: 'notArticleUnreadable',
};

export function notArticleKey(reason: VerdictReason | undefined): StringKey {
  return reason ? NOT_ARTICLE_TEXT[reason] : 'notArticle';
}
