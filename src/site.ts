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
const elements: Readonly<Record<string, () => Promise<CustomElementConstructor>>> = {
  'twin-agreement-card': () => import('./elements/agreement-card/agreement-card.js').then((m) => m.TwinAgreementCard),
  'twin-signatory-list': () => import('./elements/signatory-list/signatory-list.js').then((m) => m.TwinSignatoryList),
  'twin-city-map': () => import('./elements/city-map/city-map.js').then((m) => m.TwinCityMap),
  'twin-pilgrimage-timeline': () => import('./elements/pilgrimage-timeline/pilgrimage-timeline.js').then((m) => m.TwinPilgrimageTimeline),
};

const requested = new Set<string>();

/**
 * The shared definition helper (it warns when another version already defined a tag), imported with the elements
 * rather than by this entry, which stays one small file that the page downloads before its first paint.
 */
const definitions = () => import('./shared/define.js');

function loadTagsIn(root: ParentNode): void {
  for (const [tag, load] of Object.entries(elements)) {
    if (requested.has(tag) || customElements.get(tag) || !root.querySelector(tag)) continue;
    requested.add(tag);
    load()
      // Each tag is defined in a task of its own, after the one that evaluated its code: defining a tag upgrades
      // the page's elements of it and renders their loading state, which would lengthen that task.
      .then(async (element) => {
        const { defineElement } = await definitions();
        await new Promise((resolve) => setTimeout(resolve, 0));
        defineElement(tag, element);
      })
      .catch((error: unknown) => {
        // A failed download is tried again when the page next adds content.
        requested.delete(tag);
        console.error(`<${tag}>: its code could not be downloaded`, error);
      });
  }
}

/** How long the entry waits for the page's first contentful paint before it loads the elements anyway. */
const PAINT_WAIT_MS = 1000;

/**
 * Settles after the page's first contentful paint has been presented (the `paint` entry of the Paint Timing API),
 * then a task: the page paints its own text first (the host rule of the README keeps the elements' place), and the
 * elements' downloads and work follow, so they delay neither that paint nor the page's largest text (LCP).
 * An animation frame is not enough: Chromium runs a task after the first frame's callbacks before it presents
 * that frame, so downloads started then still came before the paint.
 * It settles at once in a hidden tab (nothing is painted there until it is shown) and after PAINT_WAIT_MS when no
 * contentful paint comes (a page whose only content is our elements, a web font still blocking text), and, where
 * paint entries are not observable, after the next animation frame and a task.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') return resolve();
    const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
    if (typeof PerformanceObserver !== 'function' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      if (typeof requestAnimationFrame !== 'function') return resolve();
      requestAnimationFrame(() => setTimeout(resolve, 0));
      return;
    }
    if (painted()) return resolve();
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      setTimeout(resolve, 0);
    };
    const observer = new PerformanceObserver(() => {
      if (painted()) finish();
    });
    observer.observe({ type: 'paint', buffered: true });
    const timer = setTimeout(finish, PAINT_WAIT_MS);
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
