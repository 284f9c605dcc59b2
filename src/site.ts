/**
 * Entry of the self-hosted folder (`dist/site/twin-city-elements.js` and its `chunks/`): each element's code is
 * downloaded, and its tag defined, only when the tag is on the page, after the page's first paint or when a script
 * adds it later. A page
 * with a card alone downloads no map, timeline or geometry; a Persian page downloads the Persian translations
 * only. The chunks are imported relative to this file, from the same origin.
 *
 * Tags inside other components' shadow roots are not seen: import the element's module (npm) or use the single
 * file there.
 */
const elements: Readonly<Record<string, () => Promise<unknown>>> = {
  'twin-agreement-card': () => import('./agreement-card.js'),
  'twin-signatory-list': () => import('./signatory-list.js'),
  'twin-city-map': () => import('./city-map.js'),
  'twin-pilgrimage-timeline': () => import('./pilgrimage-timeline.js'),
};

const requested = new Set<string>();

function loadTagsIn(root: ParentNode): void {
  for (const [tag, load] of Object.entries(elements)) {
    if (requested.has(tag) || customElements.get(tag) || !root.querySelector(tag)) continue;
    requested.add(tag);
    load().catch((error: unknown) => {
      // A failed download is tried again when the page next adds content.
      requested.delete(tag);
      console.error(`<${tag}>: its code could not be downloaded`, error);
    });
  }
}

/**
 * Settles after the page's first paint: the next animation frame, then a task after it. The page paints its own
 * text first (the host rule of the README keeps the elements' place), and the elements' downloads and work follow,
 * so they neither delay that paint nor its largest text (LCP).
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') resolve();
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

void afterFirstPaint().then(() => {
  loadTagsIn(document);
  if (requested.size < Object.keys(elements).length) {
    const observer = new MutationObserver(() => {
      loadTagsIn(document);
      if (requested.size === Object.keys(elements).length) observer.disconnect();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
});
