/**
 * `embed-resize.js`, optional, for the page that holds the iframes: sets each iframe of `embed.html` to the height
 * of its content, as the iframe reports it. A message counts only when it comes from that iframe's window
 * (`event.source`) and from the origin of its `src` (`event.origin`); any other is ignored. Without this script an
 * iframe keeps the height it is given and scrolls inside.
 *
 * It has no imports and no options: `<script src="/assets/embed-resize.js" defer></script>` anywhere in the page,
 * before or after the iframes (also those added later).
 */
// One function scope: loaded as a classic script, nothing leaks into the page's globals.
(() => {
  const TYPE = 'twin-city-elements:height';
  /** Heights outside this range are ignored (a broken or hostile page cannot make an iframe absurdly tall). */
  const MAX_HEIGHT = 100_000;

  function frameOf(source: MessageEventSource | null): HTMLIFrameElement | undefined {
    if (!source) return undefined;
    for (const frame of document.querySelectorAll('iframe')) if (frame.contentWindow === source) return frame;
    return undefined;
  }

  function originOf(frame: HTMLIFrameElement): string | undefined {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return undefined;
    }
  }

  const marker = '__twinCityEmbedResize';
  const scope = window as unknown as Record<string, unknown>;
  // Loaded twice, it listens once.
  if (!scope[marker]) {
    scope[marker] = true;
    window.addEventListener('message', (event: MessageEvent<unknown>) => {
      const data = event.data as { type?: unknown; height?: unknown } | null;
      if (typeof data !== 'object' || data === null || data.type !== TYPE) return;
      const height = data.height;
      if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > MAX_HEIGHT) return;
      const frame = frameOf(event.source);
      if (!frame || originOf(frame) !== event.origin) return;
      // The content's height is the iframe's inner height: where the page sizes borders in (`box-sizing: border-box`,
      // as Bootstrap does everywhere), they and the padding are added.
      const style = getComputedStyle(frame);
      const frameExtra =
        style.boxSizing === 'border-box'
          ? ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce((sum, p) => sum + (Number.parseFloat(style[p as 'paddingTop']) || 0), 0)
          : 0;
      frame.style.height = `${Math.ceil(height + frameExtra)}px`;
    });
  }
})();
