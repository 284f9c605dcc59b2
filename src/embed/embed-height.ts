/** The message the iframe page sends its parent with the height of its content. */
export const HEIGHT_MESSAGE = 'twin-city-elements:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** CSS pixels, rounded up. */
  height: number;
  /** The page's `id` option, else null. */
  id: string | null;
}

/**
 * Posts the block size of `content` to the parent window after load, and again each time it changes (a resize, a
 * disclosure opened, the language changed, the data arrived): a ResizeObserver on the content. The height is no
 * secret, so any parent may read it; the parent checks where a message comes from (`embed-resize.js`).
 */
export function reportHeight(content: Element, id: string | undefined): void {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height, id: id ?? null };
    window.parent.postMessage(message, '*');
  };
  // A change of layout may still follow in the next frame (fonts, a second pass of an element's own layout): one
  // more look then, so that the last height is never missed.
  const postNowAndNextFrame = () => {
    post();
    requestAnimationFrame(post);
  };
  new ResizeObserver(postNowAndNextFrame).observe(content);
  window.addEventListener('resize', postNowAndNextFrame);
  window.addEventListener('load', () => {
    last = -1;
    postNowAndNextFrame();
  });
  post();
}
