import { formatNumber as num, t } from '../../components/i18n';
import { KIND_MARK, kindLabel, type Lang, whyText } from '../../components/panel/format';
import type { Attribution, SourceKind } from '../../lib/analysis/schema';
import cardCss from './ui.css?inline';

export interface UiCallbacks {
  save(a: Attribution): Promise<boolean>;
  saveManual(claim: string, sourceName: string, kind: SourceKind): Promise<boolean>;
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
 * Isnad's in-page UI: the hover/focus card, the keyboard badge and the save-selection dialog, in a shadow root
 * attached to one host element outside the article (page CSS cannot reach in, ours cannot leak out).
 */
export class PageUi {
  readonly host: HTMLElement;
  private root: ShadowRoot;
  private card: HTMLElement;
  private badge: HTMLElement;
  private badgeCount: HTMLElement;
  private live: HTMLElement;
  private dialog: HTMLElement | null = null;
  private current: Attribution | null = null;

  constructor(
    private lang: Lang,
    private cb: UiCallbacks,
  ) {
    this.host = el('div', { 'data-isnad-ui': '' });
    this.host.style.cssText = 'all: initial; position: static;';
    this.root = this.host.attachShadow({ mode: 'open' });
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
    this.card.addEventListener('mouseleave', () => this.hideCardSoon());
    this.card.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.hideCard();
    });

    this.badge = el('div', { class: 'badge', dir, lang, role: 'toolbar', 'aria-label': t('badgeLabel', lang) });
    const prev = el('button', { type: 'button', class: 'prev', 'aria-label': t('prevClaim', lang) }, '‹');
    const next = el('button', { type: 'button', class: 'next', 'aria-label': t('nextClaim', lang) }, '›');
    this.badgeCount = el('button', { type: 'button', class: 'count', 'aria-pressed': 'true' });
    prev.addEventListener('click', () => cb.step(-1));
    next.addEventListener('click', () => cb.step(1));
    this.badgeCount.addEventListener('click', () => cb.toggleHighlights());
    this.badge.addEventListener('keydown', (e) => {
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
    close.addEventListener('click', () => this.hideCard());
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
    save.addEventListener('click', async () => {
      save.setAttribute('disabled', '');
      const ok = await this.cb.save(a).catch(() => false);
      save.textContent = t(ok ? 'saved' : 'saveFailed', L);
      this.announce(save.textContent);
      if (!ok) save.removeAttribute('disabled');
    });
    this.card.append(head, dl, save);
  }

  /** The context-menu flow: the reader picked text; ask who says it and what kind of source that is. */
  askSource(claim: string): void {
    const L = this.lang;
    this.dialog?.remove();
    const d = el('form', {
      class: 'dialog',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'isnad-dialog-title',
      dir: L === 'ar' ? 'rtl' : 'ltr',
    });
    d.append(
      el('h2', { id: 'isnad-dialog-title' }, t('saveSelectionTitle', L)),
      el('blockquote', {}, claim.slice(0, 600)),
    );
    const nameLabel = el('label', {}, t('whoSaysSo', L));
    const name = el('input', { type: 'text', name: 'source', required: '' });
    nameLabel.append(name);
    const kindLabelEl = el('label', {}, t('kind', L));
    const kind = el('select', { name: 'kind' });
    for (const k of ['person', 'organization', 'anonymous'] as const)
      kind.append(el('option', { value: k }, kindLabel(k, L)));
    kindLabelEl.append(kind);
    const ok = el('button', { type: 'submit' }, t('save', L));
    const cancel = el('button', { type: 'button' }, t('cancel', L));
    cancel.addEventListener('click', () => d.remove());
    d.addEventListener('submit', async (e) => {
      e.preventDefault();
      const saved = await this.cb.saveManual(claim, name.value.trim(), kind.value as SourceKind).catch(() => false);
      this.announce(t(saved ? 'saved' : 'saveFailed', L));
      if (saved) d.remove();
    });
    d.append(nameLabel, kindLabelEl, el('div', { class: 'actions' }));
    d.lastElementChild!.append(ok, cancel);
    this.root.append(d);
    this.dialog = d;
    name.focus();
  }

  destroy(): void {
    this.host.remove();
  }
}
