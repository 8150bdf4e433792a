import { formatNumber as num, t } from '../../components/i18n';
import { KIND_MARK, kindLabel, type Lang, whyText } from '../../components/panel/format';
import type { Attribution } from '../../lib/analysis/schema';
import cardCss from './ui.css?inline';

export interface UiCallbacks {
  save(a: Attribution): Promise<boolean>;
  step(delta: 1 | -1): void;
  toggleHighlights(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text; // page text is only ever set as text
  return e;
}

/**
 * Adds a listener that ignores synthetic events: a page's script can dispatch clicks and keys, but only the
 * reader's own input is trusted by the browser (`isTrusted`).
 */
function on<K extends keyof HTMLElementEventMap>(
  target: HTMLElement,
  type: K,
  handler: (e: HTMLElementEventMap[K]) => void,
): void {
  target.addEventListener(type, (e) => {
    if (e.isTrusted) handler(e);
  });
}

/** Where one of the UI's buttons is, for `ui-state` (the panel's tests click it with the real mouse). */
export interface UiButton {
  name: string;
  text: string;
  disabled: boolean;
  rect: { x: number; y: number; width: number; height: number };
}

/**
 * Isnad's in-page UI: the hover/focus card and the keyboard badge, in a closed shadow root attached to one host
 * element outside the article (page CSS cannot reach in, ours cannot leak out, and the page's script cannot
 * reach its elements to read them, change them or click them). Every handler takes trusted events only.
 * Saving a selection asks for its source in the panel instead: a page sees every key typed in its document.
 */
export class PageUi {
  readonly host: HTMLElement;
  private root: ShadowRoot;
  private card: HTMLElement;
  private badge: HTMLElement;
  private badgeCount: HTMLElement;
  private live: HTMLElement;
  private current: Attribution | null = null;

  constructor(
    private lang: Lang,
    private cb: UiCallbacks,
  ) {
    this.host = el('div', { 'data-isnad-ui': '' });
    this.host.style.cssText = 'all: initial; position: static;';
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = el('style');
    style.textContent = cardCss;
    this.root.append(style);
    const dir = lang === 'ar' ? 'rtl' : 'ltr';

    this.card = el('div', {
      class: 'card',
      role: 'dialog',
      'aria-labelledby': 'isnad-card-name',
      dir,
      lang,
      hidden: '',
    });
    on(this.card, 'mouseleave', () => this.hideCardSoon());
    on(this.card, 'keydown', (e) => {
      if (e.key === 'Escape') this.hideCard();
    });

    this.badge = el('div', { class: 'badge', dir, lang, role: 'toolbar', 'aria-label': t('badgeLabel', lang) });
    const prev = el('button', { type: 'button', class: 'prev', 'aria-label': t('prevClaim', lang) }, '‹');
    const next = el('button', { type: 'button', class: 'next', 'aria-label': t('nextClaim', lang) }, '›');
    this.badgeCount = el('button', { type: 'button', class: 'count', 'aria-pressed': 'true' });
    on(prev, 'click', () => cb.step(-1));
    on(next, 'click', () => cb.step(1));
    on(this.badgeCount, 'click', () => cb.toggleHighlights());
    on(this.badge, 'keydown', (e) => {
      if (e.key === 'ArrowDown' || e.key === 'j') {
        e.preventDefault();
        cb.step(1);
      } else if (e.key === 'ArrowUp' || e.key === 'k') {
        e.preventDefault();
        cb.step(-1);
      } else if (e.key === 'Escape') this.hideCard();
    });
    // In RTL the visual order is reversed, so "previous" sits on the right as the reader expects.
    this.badge.append(prev, this.badgeCount, next);
    this.live = el('div', { class: 'sr', 'aria-live': 'polite' });
    this.root.append(this.card, this.badge, this.live);
    this.badge.hidden = true;
  }

  mount(): void {
    if (!this.host.isConnected) document.documentElement.append(this.host);
  }

  setBadge(claims: number, highlightsOn: boolean): void {
    this.badge.hidden = claims === 0;
    this.badgeCount.textContent = `${t('appName', this.lang)} · ${num(claims, this.lang)}`;
    this.badgeCount.setAttribute('aria-pressed', String(highlightsOn));
    this.badgeCount.title = t(highlightsOn ? 'highlightsOn' : 'highlightsOff', this.lang);
  }

  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  showCard(a: Attribution, anchor: DOMRect, focus = false): void {
    clearTimeout(this.hideTimer);
    if (this.current?.id !== a.id) this.fillCard(a);
    this.current = a;
    this.card.hidden = false;
    const w = Math.min(340, window.innerWidth - 16);
    const left = Math.max(8, Math.min(window.innerWidth - w - 8, anchor.left + anchor.width / 2 - w / 2));
    const below = anchor.bottom + 8;
    const top = below + 220 < window.innerHeight ? below : Math.max(8, anchor.top - 8 - this.card.offsetHeight);
    this.card.style.left = `${left}px`;
    this.card.style.top = `${top}px`;
    this.card.style.width = `${w}px`;
    if (focus) (this.card.querySelector('button.save') as HTMLButtonElement | null)?.focus();
  }

  hideCardSoon(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hideCard(), 350);
  }

  hideCard(): void {
    this.card.hidden = true;
    this.current = null;
  }

  get cardVisible(): boolean {
    return !this.card.hidden;
  }

  isInside(node: EventTarget | null): boolean {
    return node === this.host;
  }

  /** A short message at the badge's place, read out to screen readers, gone after a while. */
  notice(key: 'anchorNotFound' | 'anchorApproximate' | 'savedUnknown'): void {
    const box = el(
      'div',
      { class: 'notice', role: 'status', dir: this.lang === 'ar' ? 'rtl' : 'ltr' },
      t(key, this.lang),
    );
    this.root.append(box);
    setTimeout(() => box.remove(), 8000);
  }

  announce(text: string): void {
    this.live.textContent = text;
  }

  private fillCard(a: Attribution): void {
    const L = this.lang;
    this.card.replaceChildren();
    const head = el('div', { class: `head kind-${a.source.kind}` });
    head.append(
      el('span', { class: 'mark', 'aria-hidden': 'true' }, KIND_MARK[a.source.kind]),
      el('strong', { class: 'name', id: 'isnad-card-name' }, a.source.name),
    );
    const close = el('button', { type: 'button', class: 'close', 'aria-label': t('close', L) }, '×');
    on(close, 'click', () => this.hideCard());
    head.append(close);
    const dl = el('dl');
    const row = (k: Parameters<typeof t>[0], v: string) => dl.append(el('dt', {}, t(k, L)), el('dd', {}, v));
    row('kind', kindLabel(a.source.kind, L));
    if (a.source.role) row('role', a.source.role);
    if (!a.source.mention) row('source', t('implicit', L));
    row('cue', a.cue.text);
    row('why', a.why.detail ? `${whyText(a.why.rule, L)} — ${a.why.detail}` : whyText(a.why.rule, L));
    row('confidence', `${num(Math.round(a.confidence * 100), L)}٪`.replace('٪', L === 'ar' ? '٪' : '%'));
    const save = el('button', { type: 'button', class: 'save' }, t('save', L));
    on(save, 'click', async () => {
      save.setAttribute('disabled', '');
      const ok = await this.cb.save(a).catch(() => false);
      save.textContent = t(ok ? 'saved' : 'saveFailed', L);
      this.announce(save.textContent);
      if (!ok) save.removeAttribute('disabled');
    });
    this.card.append(head, dl, save);
  }

  /** The card's text and the buttons' places (for the extension's own pages; the page cannot ask). */
  snapshot(): { card: string | null; notice: string | null; buttons: UiButton[] } {
    const buttons = [...this.root.querySelectorAll('button')]
      .filter((b) => b.getClientRects().length > 0)
      .map((b) => {
        const r = b.getBoundingClientRect();
        return {
          name: b.className,
          text: b.textContent ?? '',
          disabled: b.disabled,
          rect: { x: r.x, y: r.y, width: r.width, height: r.height },
        };
      });
    return {
      card: this.card.hidden ? null : this.card.textContent,
      notice: this.root.querySelector('.notice')?.textContent ?? null,
      buttons,
    };
  }

  destroy(): void {
    this.host.remove();
  }
}
