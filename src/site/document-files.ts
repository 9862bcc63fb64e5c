/**
 * Every file of one document: its TEI, its pages (reading text, each witness, side by side) and
 * its citation downloads. Made from that document alone and the edition's settings, so the build
 * writes them as each document is rendered and keeps nothing of them afterwards.
 */
import type { DocumentEntry, EditionDocument } from './edition.ts';
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

/** A document the reading page links to: the one before or after it in time. */
export interface Neighbour {
  id: string;
  title: string;
  date: string;
}

/**
 * The other documents a document's reading page links to: those before and after it in the
 * edition's order (by date, undated last), and which of its related records are documents of
 * the edition (their ids).
 */
export interface Neighbours {
  previous?: Neighbour;
  next?: Neighbour;
  related?: string[];
}

/** The neighbours of the index-th document of entries in the edition's order; `ids` are those of every document of the edition. */
export function neighboursOf(entries: ReadonlyArray<Pick<DocumentEntry, 'id' | 'metadata'>>, index: number, ids: ReadonlySet<string>): Neighbours {
  const link = (entry: Pick<DocumentEntry, 'id' | 'metadata'> | undefined): Neighbour | undefined => (entry ? { id: entry.id, title: entry.metadata.title, date: entry.metadata.date } : undefined);
  const previous = link(entries[index - 1]);
  const next = link(entries[index + 1]);
  const related = (entries[index]?.metadata.related ?? []).map((record) => record.id).filter((id) => ids.has(id));
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}), ...(related.length ? { related } : {}) };
}

/** The document's files and how many of them are HTML pages. */
export function documentFiles(site: SiteContext, document: EditionDocument, neighbours: Neighbours): { files: SiteFile[]; pages: number } {
  const { id, rendered } = document;
  const citation = citationInput(site, document);
  const pages: SiteFile[] = [
    { path: fileOfPath(paths.document(id)), content: documentPage(site, document, neighbours) },
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
