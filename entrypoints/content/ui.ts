import { anonymityReason } from '../../components/anonymity';
import { type Chain, chainsOf } from '../../components/chain';
import { format, t } from '../../components/i18n';
import {
  certaintyText,
  claimsCount,
  kindLabel,
  type Lang,
  plainSentence,
  whyText,
} from '../../components/panel/format';
import { groupSources } from '../../components/sources';
import type { StringKey } from '../../components/strings';
import type { Analysis, Attribution, SourceKind } from '../../lib/analysis/schema';
import cardCss from './ui.css?inline';

export interface UiCallbacks {
  save(a: Attribution): Promise<boolean>;
  step(delta: 1 | -1): void;
  /** Reveals one claim (the card's "next claim by this source"). */
  goTo(attributionId: string): void;
  toggleHighlights(): void;
}

const KIND_SHORT: Record<SourceKind, StringKey> = {
  person: 'kindShortPerson',
  organization: 'kindShortOrganization',
  anonymous: 'kindShortAnonymous',
};

/** UI text that may hold Arabic runs (a rule name, a detail): each Arabic run isolated as by `ar`. */
function mixed(text: string): DocumentFragment {
  const f = document.createDocumentFragment();
  for (const part of text.split(/([\u0600-\u06FF][\u0600-\u06FF\s…«»،]*[\u0600-\u06FF]|[\u0600-\u06FF])/)) {
    if (!part) continue;
    f.append(/[\u0600-\u06FF]/.test(part) ? ar(part) : part);
  }
  return f;
}

/** An Arabic fragment inside UI text, isolated so it keeps its order in the English UI (<bdi dir=rtl lang=ar>). */
function ar(text: string, cls?: string): HTMLElement {
  const b = el('bdi', { dir: 'rtl', lang: 'ar' }, text);
  if (cls) b.className = cls;
  return b;
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
  private toggle: HTMLElement;
  private claims = 0;
  private chainMap = new Map<string, Chain>();
  private sameSourceMap = new Map<string, Attribution[]>();
  /** The analysis whose chains and source groups are not computed yet (they are, at the first card shown). */
  private pending: Analysis | null = null;
  private text = '';
  private savedIds = new Set<string>();
  private stale = false;
  private saving = false;
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
    // The arrows point where the buttons sit: in a right-to-left badge "next" is on the left (‹, ←).
    const rtl = dir === 'rtl';
    const prev = el('button', { type: 'button', class: 'prev', 'aria-label': t('prevClaim', lang) }, rtl ? '›' : '‹');
    const next = el('button', { type: 'button', class: 'next', 'aria-label': t('nextClaim', lang) }, rtl ? '‹' : '›');
    // The count is text, not a button: clicking it used to hide every highlight, which looked like a crash.
    this.badgeCount = el('span', { class: 'count', 'data-testid': 'badge-count' });
    this.toggle = el('button', { type: 'button', class: 'toggle', 'aria-pressed': 'false' }, t('hideHighlights', lang));
    on(prev, 'click', () => cb.step(-1));
    on(next, 'click', () => cb.step(1));
    on(this.toggle, 'click', () => cb.toggleHighlights());
    on(this.badge, 'keydown', (e) => {
      const forward = e.key === 'ArrowDown' || e.key === 'j' || e.key === (rtl ? 'ArrowLeft' : 'ArrowRight');
      const back = e.key === 'ArrowUp' || e.key === 'k' || e.key === (rtl ? 'ArrowRight' : 'ArrowLeft');
      if (forward || back) {
        e.preventDefault();
        cb.step(forward ? 1 : -1);
      } else if (e.key === 'Escape') this.hideCard();
    });
    // In RTL the row runs right to left, so "previous" sits on the right as the reader expects.
    this.badge.append(prev, this.badgeCount, next, this.toggle);
    this.live = el('div', { class: 'sr', 'aria-live': 'polite' });
    this.root.append(this.card, this.badge, this.live);
    this.badge.hidden = true;
  }

  mount(): void {
    // First in the document, so the badge is the first Tab stop instead of the last (it took 38 Tabs).
    if (!this.host.isConnected) document.documentElement.prepend(this.host);
  }

  /** What the card needs beyond one attribution: the chains, the source's other claims, the article text. */
  setArticle(analysis: Analysis, text: string): void {
    this.text = text;
    // Chains and source groups are computed when a card first needs them: on a page with thousands of claims
    // they take longer than a frame, and most readers never open a card.
    this.pending = analysis;
    // A card on screen is redrawn at its next showing, not now: the reader may be pressing its «احفظ».
    this.stale = true;
  }

  private derive(): void {
    const analysis = this.pending;
    if (!analysis) return;
    this.pending = null;
    this.chainMap = chainsOf(analysis.attributions);
    this.sameSourceMap = new Map();
    for (const g of groupSources(analysis.attributions, analysis.entities))
      for (const a of g.items) this.sameSourceMap.set(a.id, g.items);
  }

  private get chains(): Map<string, Chain> {
    this.derive();
    return this.chainMap;
  }

  private get sameSource(): Map<string, Attribution[]> {
    this.derive();
    return this.sameSourceMap;
  }

  /** «إسناد 12 ادعاءً», and «3 من 12» while stepping: no separator beside a digit that could read as one. */
  setBadge(claims: number, highlightsOn: boolean, position = -1): void {
    this.claims = claims;
    this.badge.hidden = claims === 0;
    this.badgeCount.replaceChildren(
      el('strong', {}, t('appName', this.lang)),
      ' ',
      position >= 0 ? format('position', { i: position + 1, n: claims }, this.lang) : claimsCount(claims, this.lang),
    );
    this.toggle.setAttribute('aria-pressed', String(!highlightsOn));
    this.toggle.textContent = t(highlightsOn ? 'hideHighlights' : 'showHighlights', this.lang);
  }

  setPosition(position: number, highlightsOn: boolean): void {
    this.setBadge(this.claims, highlightsOn, position);
  }

  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  showCard(a: Attribution, anchor: DOMRect, focus = false): void {
    clearTimeout(this.hideTimer);
    if (this.current?.id !== a.id || (this.stale && !this.saving)) {
      this.stale = false;
      this.fillCard(a);
    }
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

  /** «3 من 12: وزارة الدفاع الروسية», the name isolated. */
  announceStep(index: number, total: number, sourceName: string): void {
    this.live.replaceChildren(`${format('position', { i: index + 1, n: total }, this.lang)}: `, ar(sourceName));
  }

  private fillCard(a: Attribution): void {
    const L = this.lang;
    this.card.replaceChildren();
    const head = el('div', { class: `head kind-${a.source.kind}` });
    const name = el('span', { class: 'name', id: 'isnad-card-name' });
    name.append(ar(a.source.name, `sample-source kind-${a.source.kind}`));
    head.append(name, el('span', { class: 'kind' }, kindLabel(a.source.kind, L)));
    const close = el('button', { type: 'button', class: 'close', 'aria-label': t('close', L) }, '×');
    on(close, 'click', () => this.hideCard());
    head.append(close);
    const body: HTMLElement[] = [head];
    // Meaning first: who, and whether the reader can check who.
    body.push(el('p', { class: 'plain' }, plainSentence(a.source.kind, !a.source.mention, L)));
    if (a.source.role) {
      const role = el('p', { class: 'role' });
      role.append(ar(a.source.role));
      body.push(role);
    }
    const chain = this.chains.get(a.id);
    if (chain && chain.links.length > 1) {
      const p = el('p', { class: 'chain', 'data-testid': 'chain' });
      p.append(el('span', { class: 'label' }, `${t('chain', L)}: `));
      chain.links.forEach((l, i) => {
        const link = el('span', { class: `link kind-${l.source.kind}${l.id === a.id ? ' here' : ''}` });
        if (i > 0) link.append(` ${L === 'ar' ? '←' : '→'} ${t('chainVia', L)} `);
        link.append(ar(l.source.name), ` (${t(KIND_SHORT[l.source.kind], L)})`);
        p.append(link);
      });
      body.push(p);
      if (chain.weakest === 'anonymous' && a.source.kind !== 'anonymous')
        body.push(el('p', { class: 'weak' }, t('chainWeak', L)));
    }
    if (a.source.kind === 'anonymous') {
      const reason = anonymityReason(this.text, a);
      const p = el('p', { class: 'reason' }, reason ? `${t('reasonGiven', L)} ` : t('reasonMissing', L));
      if (reason) p.append('«', ar(reason), '»');
      body.push(p);
    }
    const same = this.sameSource.get(a.id) ?? [];
    if (same.length > 1) {
      const p = el('p', { class: 'others' }, `${format('otherClaims', { n: same.length - 1 }, L)} `);
      const go = el('button', { type: 'button', class: 'link' }, t('nextOfSource', L));
      const nextOf = same[(same.findIndex((x) => x.id === a.id) + 1) % same.length];
      on(go, 'click', () => this.cb.goTo(nextOf.id));
      p.append(go);
      body.push(p);
    }
    // Rule details for the curious, behind a disclosure; the certainty in words, never as a percentage.
    const details = el('details', { class: 'how' });
    details.append(el('summary', {}, t('howFound', L)));
    const dl = el('dl');
    const row = (k: StringKey, v: string | Node) => {
      const dd = el('dd');
      dd.append(v);
      dl.append(el('dt', {}, t(k, L)), dd);
    };
    row('cue', ar(a.cue.text));
    const why = a.why.detail ? `${whyText(a.why.rule, L)} — ${a.why.detail}` : whyText(a.why.rule, L);
    row('why', L === 'ar' ? why : mixed(why));
    row('certainty', certaintyText(a.confidence, L));
    details.append(dl);
    body.push(details);
    // A claim saved from this card stays shown as saved when the card is drawn again (a repaint, a re-hover).
    const done = this.savedIds.has(a.id);
    const save = el('button', { type: 'button', class: 'save' }, t(done ? 'saved' : 'save', L));
    if (done) save.setAttribute('disabled', '');
    on(save, 'click', async () => {
      save.setAttribute('disabled', '');
      this.saving = true;
      const ok = await this.cb.save(a).catch(() => false);
      this.saving = false;
      if (ok) this.savedIds.add(a.id);
      save.textContent = t(ok ? 'saved' : 'saveFailed', L);
      this.announce(save.textContent);
      if (!ok) save.removeAttribute('disabled');
    });
    body.push(save);
    this.card.append(...body);
  }

  /** The card's text and the buttons' places (for the extension's own pages; the page cannot ask). */
  snapshot(): {
    card: string | null;
    notice: string | null;
    buttons: UiButton[];
    badge: string | null;
    countRect: UiButton['rect'] | null;
    cardName: string | null;
    chain: string | null;
    focusInBadge: boolean;
    unisolatedArabic: string[];
  } {
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
    const q = (sel: string) => this.root.querySelector(sel)?.textContent ?? null;
    const count = this.root.querySelector('.badge .count');
    const cr = count?.getBoundingClientRect();
    // Arabic text outside an element marked lang=ar dir=rtl (issue 12: isolated in the English UI).
    const unisolatedArabic: string[] = [];
    const walker = document.createTreeWalker(this.root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const p = n.parentElement;
      if (!/[\u0600-\u06FF]/.test(n.textContent ?? '') || !p || p.closest('style,[hidden],option')) continue;
      if (!p.closest('[lang="ar"][dir="rtl"]')) unisolatedArabic.push((n.textContent ?? '').trim());
    }
    return {
      card: this.card.hidden ? null : this.card.textContent,
      notice: this.root.querySelector('.notice')?.textContent ?? null,
      buttons,
      badge: q('.badge .count'),
      countRect: cr ? { x: cr.x, y: cr.y, width: cr.width, height: cr.height } : null,
      cardName: this.card.hidden ? null : q('.card .name'),
      chain: this.card.hidden ? null : q('.card [data-testid="chain"]'),
      focusInBadge: !!(this.root as ShadowRoot).activeElement?.closest('.badge'),
      unisolatedArabic,
    };
  }

  destroy(): void {
    this.host.remove();
  }
}
