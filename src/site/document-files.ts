/**
 * Every file of one document: its TEI, its pages (reading text, each witness, side by side) and
 * its citation downloads. Made from that document alone and the edition's settings, so the build
 * writes them as each document is rendered and keeps nothing of them afterwards.
 */
import type { EditionDocument } from './edition.ts';
import type { SiteContext } from './layout.ts';
import { fileOfPath, paths } from './urls.ts';
import { documentPage } from './pages/document.ts';
import { comparePage, witnessPage } from './pages/witness.ts';
import { citationInput } from './pages/cite.ts';
import { bibtex, cslJson, ris } from './citation.ts';

/** A file of the site: its path in the output folder (`documents/d-1/index.html`) and content. */
export interface SiteFile {
  path: string;
  content: string;
}

/** The document's files and how many of them are HTML pages. */
export function documentFiles(site: SiteContext, document: EditionDocument): { files: SiteFile[]; pages: number } {
  const { id, rendered } = document;
  const citation = citationInput(site, document);
  const pages: SiteFile[] = [
    { path: fileOfPath(paths.document(id)), content: documentPage(site, document) },
    ...rendered.witnesses.map((witness) => ({ path: fileOfPath(paths.witness(id, witness.siglum)), content: witnessPage(site, document, witness) })),
    ...(rendered.compare ? [{ path: fileOfPath(paths.compare(id)), content: comparePage(site, document) }] : []),
  ];
  const files: SiteFile[] = [
    { path: fileOfPath(paths.tei(id)), content: document.xml },
    ...pages,
    { path: fileOfPath(paths.citation(id, 'bib')), content: bibtex(citation) },
    { path: fileOfPath(paths.citation(id, 'ris')), content: ris(citation) },
    { path: fileOfPath(paths.citation(id, 'json')), content: cslJson(citation) },
  ];
  return { files, pages: pages.length };
}
