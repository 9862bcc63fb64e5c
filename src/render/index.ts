/** TEI → HTML renderer: reads TEI only, so it renders TEI it did not write. */
export { renderDocument, type RenderedDocument, type RenderedText, type RenderOptions } from './document.ts';
export { metadataOf, readMetadata, senderOf, type DocumentMetadata, type WitnessInfo } from './metadata.ts';
export { handlers, renderNodes } from './render.ts';
export { parseTei } from './tei.ts';
export { h, text, type ElementContent } from './hast.ts';
export type { Handler, RenderContext, View } from './context.ts';
