/**
 * Same-origin frames are read by the top frame's content script (extraction walks into them; the manifest
 * does not run Isnad in every frame). A frame often finishes loading after the content script's first look,
 * so a frame's `load` (and the first look's frames still loading) asks for another look.
 */
export function watchFrames(doc: Document, onLoad: () => void): () => void {
  const handler = (e: Event) => {
    const t = e.target as Element | null;
    if (t && (t.tagName === 'IFRAME' || t.tagName === 'FRAME')) onLoad();
  };
  // `load` does not bubble, but a capturing listener on the document sees every frame's.
  doc.addEventListener('load', handler, true);
  return () => doc.removeEventListener('load', handler, true);
}
