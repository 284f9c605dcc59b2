/**
 * Minifies the CSS of Lit's `css` tagged templates in the built files (issue 19). The elements' styles are written
 * for people (comments, indentation, one declaration a line): about 35 kB of text in the full bundle that neither
 * Vite's minifier nor a consumer's bundler touches, because it sits inside template literals.
 *
 * What changes, in the static text of each css`…` template whose tag is `css` imported from 'lit' (nothing else:
 * never `html` or `svg` templates, never other strings):
 * - comments are removed (a comment with no white space beside it, between two characters that could run together,
 *   becomes the empty comment, which still separates them);
 * - a run of white space (and comments) becomes one space, or nothing next to `{ } ; ,` and at the template's start
 *   and end. Where a run touches a `${…}` interpolation, one space stays unless its other side is `{ } ; ,`: what the
 *   interpolation holds is unknown here (`margin: ${a} ${b}`).
 * Nothing changes inside quoted strings or inside an unquoted `url(…)`, and nothing else: `a :hover` stays apart
 * from `a:hover`, the spaces of calc()'s `+` and `-` and of combinators stay (as one space).
 *
 * Left as written: a template with a backslash outside its comments (the source text is the template's raw text,
 * whose escapes JavaScript cooks before CSS reads them: `\'` is a quote there), and a template whose comment or
 * `url(` holds an interpolation.
 */

import { RolldownMagicString } from 'rolldown';

/** Sentinels for a gap's neighbour that is not a character of the template. */
const EDGE = 'edge'; // the template's start or end
const INTERPOLATION = 'interpolation'; // a `${…}`

/** Characters next to which white space means nothing in CSS. */
const tight = new Set(['{', '}', ';', ',']);
const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/**
 * What a gap of white space and comments between `before` and `after` (a character, EDGE or INTERPOLATION)
 * becomes.
 */
function gap(before, after, hasSpace) {
  if (before === EDGE || after === EDGE || tight.has(before) || tight.has(after)) return '';
  // Only comments, no white space: removing them must not join what they separated (`a/**/b` is not `ab`).
  return hasSpace ? ' ' : '/**/';
}

/**
 * The minified static parts of one css`…` template, given as its raw strings (the source text between the
 * backtick and `${`, between `}` and `${`, …): an array of the same length, or null when the template is left as
 * written (see the module's comment).
 * @param {readonly string[]} quasis
 * @returns {string[] | null}
 */
export function minifyCssQuasis(quasis) {
  const out = [];
  /** The quote of a string that an interpolation interrupted, or null. */
  let quote = null;
  for (let i = 0; i < quasis.length; i++) {
    const text = quasis[i];
    const last = i === quasis.length - 1;
    let result = '';
    let j = 0;
    if (quote) {
      const string = stringEnd(text, 0, quote);
      if (!string) return null;
      result += text.slice(0, string.end);
      j = string.end;
      if (string.open) {
        out.push(result);
        continue;
      }
      quote = null;
    }
    while (j < text.length) {
      const c = text[j];
      if (c === '\\') return null;
      if (c === '"' || c === "'") {
        const string = stringEnd(text, j + 1, c);
        if (!string) return null;
        result += text.slice(j, string.end);
        // A string still open at the end of this part continues after the interpolation.
        if (string.open) quote = c;
        j = string.end;
        continue;
      }
      if ((c === 'u' || c === 'U') && /^url\(/i.test(text.slice(j, j + 4)) && !/[\w-]/.test(text[j - 1] ?? '')) {
        // An unquoted url() is one token up to its `)`: copied as it is (a quoted one is read as a string).
        const open = j + 4;
        let k = open;
        while (k < text.length && isSpace(text[k])) k++;
        if (text[k] !== '"' && text[k] !== "'") {
          const close = text.indexOf(')', k);
          if (close < 0) return null;
          result += text.slice(j, close + 1);
          j = close + 1;
          continue;
        }
        result += text.slice(j, open);
        j = open;
        continue;
      }
      if (isSpace(c) || (c === '/' && text[j + 1] === '*')) {
        let k = j;
        let hasSpace = false;
        while (k < text.length) {
          if (isSpace(text[k])) {
            hasSpace = true;
            k++;
          } else if (text[k] === '/' && text[k + 1] === '*') {
            const close = text.indexOf('*/', k + 2);
            if (close < 0) return null; // unterminated, or an interpolation inside the comment
            k = close + 2;
          } else break;
        }
        const before = j === 0 ? (i === 0 ? EDGE : INTERPOLATION) : text[j - 1];
        const after = k === text.length ? (last ? EDGE : INTERPOLATION) : text[k];
        result += gap(before, after, hasSpace);
        j = k;
        continue;
      }
      result += c;
      j++;
    }
    out.push(result);
  }
  return out;
}

/**
 * Where a string whose text starts at `from` ends: the index after its closing `quote`, or text.length with `open`
 * when it goes on past this part; null when a backslash makes the raw text unsafe to read (see the module's
 * comment), or when a newline ends the string (invalid CSS: left as written).
 * @returns {{ end: number; open: boolean } | null}
 */
function stringEnd(text, from, quote) {
  for (let k = from; k < text.length; k++) {
    const c = text[k];
    if (c === quote) return { end: k + 1, open: false };
    if (c === '\\' || c === '\n' || c === '\r' || c === '\f') return null;
  }
  return { end: text.length, open: true };
}

/** Calls `visit` on every node of an ESTree AST. */
function walk(node, visit) {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!node || typeof node !== 'object' || typeof node.type !== 'string') return;
  visit(node);
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'type' && value && typeof value === 'object') walk(value, visit);
  }
}

/**
 * The edits that minify every css`…` template from 'lit' in a module: its `css` imported by name
 * (`import { css } from 'lit'`, also renamed) or through a namespace (`import * as lit from 'lit'`, `lit.css`…).
 * `program` is the module's ESTree AST (offsets in UTF-16 code units, as JavaScript strings count); the offsets of
 * each template part are checked against `code`. The offset of each template left as written is added to `skipped`.
 * @param {string} code
 * @param {any} program
 * @param {number[]} [skipped]
 * @returns {{ start: number; end: number; text: string }[]}
 */
export function litCssEdits(code, program, skipped = []) {
  const names = new Set();
  const namespaces = new Set();
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.source.value !== 'lit' || statement.importKind === 'type') continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportSpecifier' && (specifier.imported.name ?? specifier.imported.value) === 'css') names.add(specifier.local.name);
      if (specifier.type === 'ImportNamespaceSpecifier') namespaces.add(specifier.local.name);
    }
  }
  if (!names.size && !namespaces.size) return [];
  const edits = [];
  walk(program, (node) => {
    if (node.type !== 'TaggedTemplateExpression') return;
    const tag = node.tag;
    const isCss =
      (tag.type === 'Identifier' && names.has(tag.name)) ||
      (tag.type === 'MemberExpression' &&
        !tag.computed &&
        tag.object.type === 'Identifier' &&
        namespaces.has(tag.object.name) &&
        tag.property.name === 'css');
    if (!isCss) return;
    const quasis = node.quasi.quasis;
    for (const quasi of quasis) {
      if (code.slice(quasi.start, quasi.end) !== quasi.value.raw) {
        throw new Error(`lit-css-minify: the parser's offsets of a css\`\` template (${quasi.start}–${quasi.end}) do not hold its text`);
      }
    }
    const minified = minifyCssQuasis(quasis.map((quasi) => quasi.value.raw));
    if (!minified) {
      skipped.push(node.start);
      return;
    }
    quasis.forEach((quasi, i) => {
      if (minified[i] !== quasi.value.raw) edits.push({ start: quasi.start, end: quasi.end, text: minified[i] });
    });
  });
  return edits;
}

/**
 * The build plugin: minifies the css`…` templates of the project's modules (after Vite has made them JavaScript),
 * with a source map of the change.
 * @returns {import('vite').Plugin}
 */
export function litCssMinify() {
  return {
    name: 'twin:lit-css-minify',
    // The dev server keeps the styles as written, for reading in the browser's tools.
    apply: 'build',
    transform: {
      filter: { id: { include: /\.[cm]?[jt]sx?$/, exclude: /\/node_modules\// }, code: 'lit' },
      handler(code, id) {
        const skipped = [];
        const edits = litCssEdits(code, this.parse(code), skipped);
        for (const offset of skipped) {
          this.warn(`a css\`\` template left as written (a backslash outside its comments, or an interpolation in a comment or url()): ${id}`, offset);
        }
        if (!edits.length) return null;
        const s = new RolldownMagicString(code);
        for (const { start, end, text } of edits) {
          if (text) s.overwrite(start, end, text);
          else s.remove(start, end);
        }
        return { code: s.toString(), map: JSON.parse(s.generateMap({ hires: 'boundary', source: id, includeContent: true }).toString()) };
      },
    },
  };
}
