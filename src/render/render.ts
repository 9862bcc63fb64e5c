/**
 * TEI (xast) → HTML (hast) by a table of handlers, one table per TEI module, in the
 * spirit of CETEIcean's behaviours and the TEI Stylesheets' html_*.xsl split.
 * Unknown elements are rendered visibly and generically, never dropped.
 */
import { h, text, type ElementContent } from './hast.ts';
import type { Handler, RenderContext } from './context.ts';
import { localName, type Element, type ElementContent as XmlContent } from './tei.ts';
import { core } from './handlers/core.ts';
import { textstructure } from './handlers/textstructure.ts';
import { transcr } from './handlers/transcr.ts';
import { textcrit } from './handlers/textcrit.ts';
import { namesdates } from './handlers/namesdates.ts';
import { header } from './handlers/header.ts';
import { figures } from './handlers/figures.ts';
import { frus } from './handlers/frus.ts';
import { FRUS_NAMESPACES } from '../vocabulary/frus.ts';
import { withRendition } from './rendition.ts';

/** Every handler by TEI element name; later modules do not override earlier ones. */
export const handlers: Readonly<Record<string, Handler>> = {
  ...header,
  ...namesdates,
  ...textcrit,
  ...transcr,
  ...figures,
  ...textstructure,
  ...core,
};

/** Handlers of elements in other namespaces, by namespace URI then local name. */
export const foreignHandlers: Readonly<Record<string, Readonly<Record<string, Handler>>>> = Object.fromEntries(
  FRUS_NAMESPACES.map((namespace) => [namespace, frus]),
);

/** Render a list of xast nodes in a context. */
export function renderNodes(nodes: readonly XmlContent[], context: RenderContext): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'cdata') out.push(text(node.value));
    else if (node.type === 'element') for (const rendered of renderElement(node, context)) out.push(rendered);
  }
  return out;
}

/** Render one element with its handler, or the generic fallback. */
export function renderElement(element: Element, context: RenderContext): ElementContent[] {
  const namespace = context.index.foreign.get(element);
  const name = localName(element.name);
  const handler = namespace === undefined ? handlers[name] : foreignHandlers[namespace]?.[name];
  const out = handler ? handler(element, context) : unknown(element, context);
  return withRendition(element, out, context);
}

/** The visible rendering of an element no handler knows: its content, marked with its name. */
function unknown(element: Element, context: RenderContext): ElementContent[] {
  const name = context.index.foreign.has(element) ? element.name : localName(element.name);
  const warning = `no handler for <${name}>: rendered generically`;
  if (!context.warnings.includes(warning)) context.warnings.push(warning);
  return [
    h('span', { className: ['tei-unknown'], dataTei: name, title: `TEI <${name}>` }, context.renderChildren(element, { inline: true })),
  ];
}

/** A fresh context for a view; `renderChildren` is bound to this module's dispatch. */
export function createContext(base: Omit<RenderContext, 'renderChildren'>): RenderContext {
  const context: RenderContext = {
    ...base,
    renderChildren(element, changes) {
      return renderNodes(element.children, changes === undefined || !changesAny(this, changes) ? this : { ...this, ...changes });
    },
  };
  return context;
}

/**
 * Whether changes differ from the context: most calls ask for what it already is (phrase content
 * inside phrase content), and a copy of the context for every element was a tenth of rendering.
 * Contexts are never changed in place, so the same one serves.
 */
function changesAny(context: RenderContext, changes: Partial<RenderContext>): boolean {
  for (const key in changes) if (changes[key as keyof RenderContext] !== context[key as keyof RenderContext]) return true;
  return false;
}
