/**
 * The page as the reader sees it, across tree boundaries: open shadow roots (web components that hold the
 * article text) and same-origin frames. Closed shadow roots and cross-origin frames stay out of reach, as they
 * should. Limits keep a hostile page from making the walk explode: at most MAX_SCOPES roots and frames entered
 * per walk, nested at most MAX_NESTING deep.
 */

export const MAX_SCOPES = 64;
export const MAX_NESTING = 4;

/** The open shadow root of `el`, or null (closed roots are not visible to scripts). */
export function openShadowRoot(el: Element): ShadowRoot | null {
  try {
    return (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot ?? null;
  } catch {
    return null;
  }
}

/** The document inside a same-origin <iframe>/<frame>, or null (cross-origin, not loaded, sandboxed). */
export function frameDocument(el: Element): Document | null {
  try {
    const doc = (el as HTMLIFrameElement).contentDocument;
    return doc?.body ? doc : null;
  } catch {
    return null;
  }
}

/** The element a tree hangs from: a shadow root's host, a frame document's <iframe>; null for the top page. */
function hostOf(root: Node): Element | null {
  if (root.nodeType === 11) return (root as ShadowRoot).host ?? null;
  if (root.nodeType === 9) {
    try {
      return (root as Document).defaultView?.frameElement ?? null;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * The parent in the flat tree: the slot a light-DOM child is shown in, the parent element, a shadow root's
 * host, or the <iframe> of a frame's root element.
 */
export function flatParent(el: Element): Element | null {
  const slot = (el as Element & { assignedSlot?: HTMLSlotElement | null }).assignedSlot;
  if (slot) return slot;
  if (el.parentElement) return el.parentElement;
  const p = el.parentNode;
  return p ? hostOf(p) : null;
}

/** How many shadow roots and frames `node` is nested in. */
export function nestingOf(node: Node): number {
  let n = 0;
  for (let root = node.getRootNode(), host = hostOf(root); host && n <= MAX_NESTING + 1; n++) {
    root = host.getRootNode();
    host = hostOf(root);
  }
  return n;
}

/**
 * `el` itself if it is in the tree rooted at `root`, else its nearest flat-tree ancestor that is (the host or
 * frame holding it), or null.
 */
export function liftInto(el: Element, root: Node): Element | null {
  let e: Element | null = el;
  for (let hops = 0; e && hops <= MAX_NESTING * 4; hops++) {
    if (e.getRootNode() === root) return e;
    const r = e.getRootNode();
    // Jump straight to the host of this tree (a slotted element goes through its slot, in the host's tree).
    e = (e as Element & { assignedSlot?: HTMLSlotElement | null }).assignedSlot ?? hostOf(r);
  }
  return null;
}

/** The roots (open shadow roots, frame documents) other than `doc` that the given elements live in. */
export function otherRoots(doc: Document, elements: Iterable<Element>): (Document | ShadowRoot)[] {
  const out = new Set<Document | ShadowRoot>();
  for (const el of elements) {
    const r = el.getRootNode();
    if (r !== doc && (r.nodeType === 9 || r.nodeType === 11)) out.add(r as Document | ShadowRoot);
  }
  return [...out];
}
