/**
 * What the corpus-wide pages (home, about, registers, TAGS, chronology, sitemap, documents.json…)
 * are given of each document: its entry less what none of them shows. Where in its text each
 * name stands (`mentions`) is its reading page's business (the registers get the passages), and
 * a witness's description (its raw line ranges) is shown on the document's own pages only; an
 * edit that adds a line changes every range. Without them, an edit that changes nothing the
 * corpus pages show leaves their key as it was, so Eleventy does not run again; and since the
 * pages are given only this, they can show nothing the key does not cover.
 */
import type { DocumentEntry } from '../site/edition.ts'
import type { DocumentRecord, PagesRecord } from './cache.ts'
import { hashOf } from './keys.ts'

export function corpusEntry(record: DocumentRecord, page: Pick<PagesRecord, 'compare' | 'variantTypes' | 'editorialDeclaration' | 'passages'>): DocumentEntry {
  const metadata = { ...record.metadata, mentions: [], witnesses: record.metadata.witnesses.map((witness) => ({ ...witness, description: '' })) }
  return { id: record.id, file: record.file, metadata, compare: page.compare, variantTypes: page.variantTypes, editorialDeclaration: page.editorialDeclaration, passages: page.passages, ...(record.volume ? { volume: record.volume } : {}) }
}

/** The hash of an entry as the corpus pages' key takes it (computed once, with the document's pages). */
export function entryHash(entry: DocumentEntry): string {
  return hashOf([JSON.stringify(entry)])
}
