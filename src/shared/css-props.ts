/**
 * Inline styles that a strict Content-Security-Policy (`style-src 'self'`) allows. Lit's `styleMap` writes a
 * `style` attribute on first render, which such a policy blocks; this directive only ever sets properties through
 * the CSSOM (`element.style.setProperty`), which the policy permits. Use it as an element binding:
 * `<div ${cssProps({ 'block-size': '300px', '--gap': '1em' })}>`.
 */
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

type Props = Readonly<Record<string, string | undefined>>;

class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps() is an element binding: <div ${cssProps({...})}>');
  }

  render(props: Props): unknown {
    void props; // Applied in update(), which has the element.
    return noChange;
  }

  override update(part: ElementPart, [props]: [Props]): unknown {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous) if (props[name] === undefined) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
