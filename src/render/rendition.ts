/**
 * `@rendition` and `@style` honoured on whatever HTML an element's handler made
 * (https://tei-c.org/release/doc/tei-p5-doc/en/html/ref-att.global.rendition.html):
 * a pointer to a `tagsDecl/rendition` brings its CSS, a predefined `simple:` rendition
 * (TEI simplePrint: `simple:italic`, `simple:centre`) becomes a class the stylesheet knows,
 * and `@style` is CSS as written. Only plain declarations pass: no `url()`, no at-rules.
 */
import type { ElementContent } from './hast.ts';
import type { RenderContext } from './context.ts';
import { attr, type Element } from './tei.ts';
import { safeToken } from './handlers/shared.ts';

export function withRendition(element: Element, out: ElementContent[], context: RenderContext): ElementContent[] {
  const rendition = attr(element, 'rendition');
  const style = attr(element, 'style');
  if (rendition === undefined && style === undefined) return out;
  const classes: string[] = [];
  const css: string[] = [];
  for (const pointer of (rendition ?? '').split(/\s+/).filter(Boolean)) {
    if (pointer.startsWith('simple:')) classes.push(`rend-${safeToken(pointer.slice('simple:'.length))}`);
    else {
      const rule = context.index.renditions.get(pointer.replace(/^#/, ''));
      if (rule !== undefined) css.push(rule);
    }
  }
  if (style !== undefined) css.push(style);
  const declarations = css.flatMap(safeDeclarations);
  const index = out.findIndex((node) => node.type === 'element');
  const target = out[index];
  if (target?.type !== 'element' || (classes.length === 0 && declarations.length === 0)) return out;
  const existing = target.properties.className;
  const className = [...(Array.isArray(existing) ? existing.map(String) : []), ...classes];
  const previous = typeof target.properties.style === 'string' ? [target.properties.style] : [];
  const properties = {
    ...target.properties,
    ...(className.length ? { className } : {}),
    ...(declarations.length ? { style: [...previous, ...declarations].join('; ') } : {}),
  };
  const copy = [...out];
  copy[index] = { ...target, properties };
  return copy;
}

/** `property: value` declarations of a CSS text that can change nothing but the look of the element. */
function safeDeclarations(css: string): string[] {
  return css
    .replace(/[{}]/g, ';')
    .split(';')
    .map((declaration) => declaration.trim())
    .filter((declaration) => /^-?[a-z][a-z-]*\s*:\s*[^:]+$/i.test(declaration) && !/url\s*\(|expression\s*\(|@|\\|<|javascript:/i.test(declaration));
}
