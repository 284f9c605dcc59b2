/**
 * Links must be http(s) or mailto: a dataset is untrusted, and other schemes (`javascript:`, `data:`) can run
 * script. URL parsing strips tabs and newlines and lower-cases the scheme as browsers do, so obfuscated forms
 * (`JaVa\tScript:`) are caught too.
 */
export function isSafeUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url, 'https://example.invalid/');
    return protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}
