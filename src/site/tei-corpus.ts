/**
 * The whole edition as one `teiCorpus` document, each TEI file embedded as published. Written a
 * member at a time (`teiCorpusHead`, `teiCorpusMember`…, `TEI_CORPUS_END`), so the corpus file
 * of ten thousand documents never stands in memory whole.
 */
import type { Edition } from './edition.ts';
import { LICENCE } from '../vocabulary/licence.ts';

const escapeXml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Drop the XML declaration, doctype and comments before the root element. */
function withoutProlog(xml: string): string {
  const start = xml.search(/<TEI[\s>]/);
  return (start === -1 ? xml : xml.slice(start)).trim();
}

/**
 * Prefix a member's ids (and its `#` pointers) with its document id, so that ids stay
 * unique in the corpus file (every document has witnesses `A`, `B`…); the root keeps its id.
 */
function namespaceIds(xml: string): string {
  const root = /^<TEI\b[^>]*\sxml:id="([^"]+)"/.exec(xml)?.[1];
  if (root === undefined) return xml;
  const rootEnd = xml.indexOf('>');
  const rest = xml
    .slice(rootEnd)
    .replace(/(\sxml:id=")([^"]+)"/g, (_, head: string, id: string) => `${head}${root}.${id}"`)
    .replace(/(\s[\w:]+=")([^"]*#[^"]*)"/g, (_, head: string, value: string) =>
      `${head}${value.split(/(\s+)/).map((part) => (part.startsWith('#') ? `#${root}.${part.slice(1)}` : part)).join('')}"`);
  return xml.slice(0, rootEnd) + rest;
}

/** Everything before the first member: the corpus header, for `count` documents. */
export function teiCorpusHead(edition: Edition, count: number): string {
  const date = edition.buildDate ? `\n   <date when="${escapeXml(edition.buildDate)}">${escapeXml(edition.buildDate)}</date>` : '';
  const header = `<teiHeader>
  <fileDesc>
   <titleStmt><title>${escapeXml(edition.settings.title)}: corpus of ${count} documents</title></titleStmt>
   <editionStmt><edition n="${escapeXml(edition.version)}">Version ${escapeXml(edition.version)}</edition></editionStmt>
   <publicationStmt>
    <publisher>${escapeXml(edition.settings.publisher)}</publisher>${date}
    <availability><licence target="${LICENCE.url}"/><p>${escapeXml(LICENCE.statement)}</p></availability>
   </publicationStmt>
   <sourceDesc><p>The TEI documents of the edition, in the order of their dates, each as published separately.</p></sourceDesc>
  </fileDesc>
 </teiHeader>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">\n ${header}\n`;
}

/** One document's TEI as a member of the corpus: without its prolog, its ids prefixed by its own, and a newline. */
export function teiCorpusMember(xml: string): string {
  return namespaceIds(withoutProlog(xml)) + '\n';
}

export const TEI_CORPUS_END = '</teiCorpus>\n';
