/**
 * ESLint rule `floor/api`: eslint-plugin-compat's partner for the browser floor (package.json "browserslist").
 * eslint-plugin-compat 7.0.1 reads its API list from ast-metadata-inferer 0.8.1, whose data predates
 * `Object.groupBy`, `Promise.withResolvers`, `AbortSignal.any`, `Intl.DurationFormat` and `scheduler.yield`: it
 * cannot see the APIs most likely to be above the floor. This rule reads the newer MDN browser-compat-data that
 * eslint-plugin-compat itself depends on, for what can be known without types:
 *
 * - a global used by name: `requestIdleCallback`, `structuredClone`, `Iterator` (javascript.builtins, api, api.Window);
 * - a member of a global: `Object.groupBy`, `Intl.DurationFormat`, `AbortSignal.any`, `CSS.supports`, and members
 *   of the page's singletons by their interface: `scheduler.yield` (Scheduler), `document.startViewTransition`.
 *
 * A use is allowed behind a feature test that names it: `typeof X`, an optional call or member (`scheduler?.yield`),
 * or inside an `if`, `?:`, `&&`/`||`/`??` whose test mentions the API's name (`if ('yield' in scheduler)`). Methods
 * of instances (`list.toSorted()`) need types and are not checked (nor are they by eslint-plugin-compat).
 */
import { bcd, lacking } from './browser-floor.mjs';

/** The interfaces of the page's singletons, so that `document.x` is looked up as `Document.x`. */
const singletons = {
  window: 'Window',
  globalThis: 'Window',
  self: 'Window',
  document: 'Document',
  navigator: 'Navigator',
  scheduler: 'Scheduler',
  customElements: 'CustomElementRegistry',
  performance: 'Performance',
  history: 'History',
  location: 'Location',
  screen: 'Screen',
  visualViewport: 'VisualViewport',
  localStorage: 'Storage',
  sessionStorage: 'Storage',
  console: 'console',
};
const builtins = bcd.javascript.builtins;
const own = (object, key) => (object && Object.hasOwn(object, key) ? object[key] : undefined);

/** MDN's record for a global used by name, and its id. */
function globalRecord(name) {
  if (own(builtins, name)?.__compat) return [builtins[name].__compat, `javascript.builtins.${name}`];
  if (own(bcd.api, name)?.__compat) return [bcd.api[name].__compat, `api.${name}`];
  if (own(bcd.api.Window, name)?.__compat) return [bcd.api.Window[name].__compat, `api.Window.${name}`];
  return undefined;
}

/** MDN's record for `object.property`, object a global, and its id. */
function memberRecord(object, property) {
  const builtin = own(builtins, object);
  if (builtin) {
    const entry = own(builtin, property);
    return entry?.__compat ? [entry.__compat, `javascript.builtins.${object}.${property}`] : undefined;
  }
  const iface = own(singletons, object);
  if (iface) {
    const entry = own(bcd.api[iface], property);
    return entry?.__compat ? [entry.__compat, `api.${iface}.${property}`] : undefined;
  }
  const api = own(bcd.api, object);
  const entry = own(api, `${property}_static`);
  return entry?.__compat ? [entry.__compat, `api.${object}.${property}_static`] : undefined;
}

/** Whether this use sits behind a feature test that names `names`. */
function featureTested(node, names, sourceCode) {
  if (node.parent?.type === 'UnaryExpression' && node.parent.operator === 'typeof') return true;
  if (node.optional || (node.parent?.type === 'CallExpression' && node.parent.callee === node && node.parent.optional)) return true;
  const mentions = (test) => test && names.some((name) => sourceCode.getText(test).includes(name));
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && child !== parent.test && mentions(parent.test)) return true;
    if (parent.type === 'LogicalExpression' && child === parent.right && mentions(parent.left)) return true;
    if (parent.type === 'BinaryExpression' && parent.operator === 'in') return true;
  }
  return false;
}

const api = {
  meta: {
    type: 'problem',
    docs: { description: 'APIs above the browser floor (package.json "browserslist") need a feature test' },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const report = (node, record, label, names) => {
      const missing = lacking(record, { never: true });
      if (missing.length && !featureTested(node, names, sourceCode)) {
        context.report({ node, message: `${label} is above the browser floor: not in ${missing.join('; ')}. Test for it first.` });
      }
    };
    /** Whether `identifier` names a global (no declaration in scope: not an import, a parameter or a local). */
    const isGlobal = (identifier) => {
      let scope = sourceCode.getScope(identifier);
      for (; scope; scope = scope.upper) {
        const variable = scope.set.get(identifier.name);
        if (variable) return variable.defs.length === 0;
      }
      return true;
    };
    return {
      MemberExpression(node) {
        if (node.object.type !== 'Identifier' || node.computed || node.property.type !== 'Identifier') return;
        if (!isGlobal(node.object)) return;
        const found = memberRecord(node.object.name, node.property.name);
        if (found) report(node, found[0], `${node.object.name}.${node.property.name} (${found[1]})`, [node.property.name]);
      },
      Identifier(node) {
        const parent = node.parent;
        // Only references: not a property name, a key, a declaration or a type.
        if (parent.type === 'MemberExpression' && parent.property === node && !parent.computed) return;
        if ((parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') && parent.key === node) return;
        if (/^TS/.test(parent.type) || /Declaration$|Specifier$/.test(parent.type)) return;
        if (!isGlobal(node)) return;
        if (own(singletons, node.name) || node.name === 'undefined') return;
        const found = globalRecord(node.name);
        if (found) report(node, found[0], `${node.name} (${found[1]})`, [node.name]);
      },
    };
  },
};

export default { meta: { name: 'floor' }, rules: { api } };
