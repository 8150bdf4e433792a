import { useEffect, useState } from 'react';
import type { ProfileContext } from '../../lib/store/profile-schema';
import { format, t } from '../i18n';
import type { Lang } from '../strings';
import { percent } from './charts';

/**
 * The side panel's two lines about the outlet profile: that it exists and stays on the device, and, for the
 * article shown, the reader's own figure for its outlet. `ask` fetches the context (from the background).
 */
export function ProfileLine({
  lang,
  url,
  version,
  ask,
}: {
  lang: Lang;
  url: string;
  /** Changes when the article's analysis does (asks again: the record may have just been written). */
  version: string;
  ask(url: string): Promise<ProfileContext | null>;
}) {
  const [ctx, setCtx] = useState<ProfileContext | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is there to ask again after a new analysis.
  useEffect(() => {
    let live = true;
    // The background writes the record right after the complete analysis; ask a moment later.
    const timer = setTimeout(() => {
      ask(url)
        .then((c) => live && setCtx(c))
        .catch(() => {});
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [url, version, ask]);
  if (!ctx) return null;
  const outlet = lang === 'ar' ? ctx.outlet.nameAr : ctx.outlet.nameEn;
  return (
    <div className="profile-line" data-testid="profile-line">
      <p className="small">{t(ctx.on ? 'profileNotice' : 'profileOffNotice', lang)}</p>
      {ctx.on && ctx.articles > 0 && (
        <p data-testid="profile-context" data-articles={ctx.articles} data-share={ctx.anonymousShare ?? ''}>
          {ctx.anonymousShare === null
            ? format('profileContextNoClaims', { n: ctx.articles, outlet }, lang)
            : format('profileContext', { n: ctx.articles, outlet, pct: percent(ctx.anonymousShare, lang) }, lang)}
        </p>
      )}
    </div>
  );
}
