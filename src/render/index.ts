/** TEI → HTML renderer: reads TEI only, so it renders TEI it did not write. */
export { renderDocument, renderPart, renderTree, type RenderedDocument, type RenderedText, type RenderOptions } from './document.ts';
export { metadataOf, readMetadata, senderOf, type CollectionInfo, type DocumentMetadata, type WitnessInfo } from './metadata.ts';
export { handlers, renderNodes } from './render.ts';
export { parseTei } from './tei.ts';
export { h, text, type ElementContent } from './hast.ts';
export type { Entry, EntryUse, Handler, Links, RenderContext, Target, View } from './context.ts';
