/** The whole edition as one `teiCorpus` document, each TEI file embedded as published. */
import type { Edition } from './edition.ts';

const escapeXml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Drop the XML declaration, doctype and comments before the root element. */
function withoutProlog(xml: string): string {
  const start = xml.search(/<TEI[\s>]/);
  return (start === -1 ? xml : xml.slice(start)).trim();
}

export function teiCorpus(edition: Edition): string {
  const date = edition.buildDate ? `\n   <date when="${escapeXml(edition.buildDate)}">${escapeXml(edition.buildDate)}</date>` : '';
  const header = `<teiHeader>
  <fileDesc>
   <titleStmt><title>${escapeXml(edition.settings.title)}: corpus of ${edition.documents.length} documents</title></titleStmt>
   <editionStmt><edition n="${escapeXml(edition.version)}">Version ${escapeXml(edition.version)}</edition></editionStmt>
   <publicationStmt>
    <publisher>${escapeXml(edition.settings.publisher)}</publisher>${date}
    <availability><p>${escapeXml(edition.settings.license)}</p></availability>
   </publicationStmt>
   <sourceDesc><p>The TEI documents of the edition, in the order of their dates, each as published separately.</p></sourceDesc>
  </fileDesc>
 </teiHeader>`;
  const members = edition.documents.map((document) => withoutProlog(document.xml));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">\n ${header}\n${members.join('\n')}\n</teiCorpus>\n`;
}
