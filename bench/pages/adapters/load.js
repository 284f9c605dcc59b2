// Loads a peer's classic script and style sheet (before the clock starts).
export function script(src) {
  return new Promise((resolve, reject) => {
    const el = Object.assign(document.createElement('script'), { src, onload: resolve, onerror: () => reject(new Error(`cannot load ${src}`)) });
    document.head.append(el);
  });
}

export function style(href) {
  return new Promise((resolve, reject) => {
    const el = Object.assign(document.createElement('link'), { rel: 'stylesheet', href, onload: resolve, onerror: () => reject(new Error(`cannot load ${href}`)) });
    document.head.append(el);
  });
}
