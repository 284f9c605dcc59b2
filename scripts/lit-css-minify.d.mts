import type { Plugin } from 'vite';

/** The minified static parts of one css`…` template (its raw strings), or null when it is left as written. */
export function minifyCssQuasis(quasis: readonly string[]): string[] | null;

/**
 * The edits that minify every css`…` template from 'lit' in a module, given its code and ESTree AST; the offset of
 * each template left as written is added to `skipped`.
 */
export function litCssEdits(code: string, program: unknown, skipped?: number[]): { start: number; end: number; text: string }[];

/** The build plugin: minifies the css`…` templates of the project's modules, with a source map of the change. */
export function litCssMinify(): Plugin;
