// The environment WebKitGTK runs in for the project's checks (`npm test`, the consumers check).

/**
 * `base` with WebKitGTK painting on the CPU (WEBKIT_SKIA_ENABLE_CPU_RENDERING=1), as Chromium runs with
 * --disable-gpu: these machines have no GPU, and WebKitGTK's default GPU painting then runs on Mesa's software
 * OpenGL, where each blurred box-shadow took 80–120 ms a frame (a card's frame: 140 ms, against 12–45 ms on the CPU)
 * and WebKit's tests took half as long again (three of the *.presentation files: 40–46 s against 27–31 s). Layout
 * and script are the same either way. WEBKIT_SKIA_ENABLE_CPU_RENDERING=0 in `base` keeps the GPU path.
 */
export function webkitPaintEnv(base = process.env) {
  const { WEBKIT_SKIA_ENABLE_CPU_RENDERING: cpu = '1', ...rest } = base;
  return cpu === '0' ? rest : { ...rest, WEBKIT_SKIA_ENABLE_CPU_RENDERING: cpu };
}
