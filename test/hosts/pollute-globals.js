// What a municipal page's older scripts leave behind before ours load, for test/hosts/polluted-page.html:
// enumerable additions to Object.prototype and Array.prototype (Prototype.js-era helpers, an analytics snippet's
// flag, which is not a function), and a global AMD loader's `define`. Errors and calls to `define` are recorded for
// the test; then the files named by ?src= load as module scripts.
window.__errors = [];
window.addEventListener('error', (e) => window.__errors.push(String(e.message || e.error)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(`unhandled rejection: ${String(e.reason)}`));

Object.prototype.extend = function extend(source) {
  for (var key in source) this[key] = source[key];
  return this;
};
Object.prototype.__trackingId = 'UA-0000-1';
Array.prototype.each = function each(callback) {
  for (var i = 0; i < this.length; i++) callback(this[i], i);
};
Array.prototype.last = function last() {
  return this[this.length - 1];
};

window.__defineCalls = [];
window.define = function define() {
  window.__defineCalls.push(Array.prototype.slice.call(arguments, 0, 2).map(String).join(' '));
};
window.define.amd = { jQuery: true };

for (const src of new URLSearchParams(location.search).getAll('src')) {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  document.head.append(script);
}
