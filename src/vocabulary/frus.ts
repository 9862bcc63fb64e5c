/**
 * The conventions of the Office of the Historian's *Foreign Relations of the United States*
 * TEI (HistoryAtState/frus), named once: its own namespace, its identifiers and where
 * history.state.gov publishes what a volume points to.
 */

/**
 * FRUS's own namespace: `frus:attachment`, `@frus:doc-dateTime-min/max`. Volumes of different
 * years declare it with one of these two URIs.
 */
export const FRUS_NAMESPACES: readonly string[] = ['http://history.state.gov/frus/ns/1.0', 'http://history.state.gov/ns/1.0']

/** A FRUS volume id as its `idno type="frus"` and file names give it: `frus1969-76v12`, `frus1861`. */
export const FRUS_VOLUME_ID = /^frus\d{4}[\w-]*$/

/** A note id made of its document's id: `d12fn3` is note 3 of document `d12`. */
export const FRUS_NOTE_ID = /^(d\d+)fn\w+$/

/**
 * Where history.state.gov publishes a volume's parts (`{volume}` and `{id}`: `d87`, `pg_12`,
 * `persons`) and its page images (`{facs}`: a `pb/@facs` such as `0034`), as hsg-shell builds
 * them. The edition's settings (site/edition.json, `frus`) may point elsewhere.
 */
export const FRUS_URLS = {
  volume: 'https://history.state.gov/historicaldocuments/{volume}',
  part: 'https://history.state.gov/historicaldocuments/{volume}/{id}',
  facsimile: 'https://static.history.state.gov/frus/{volume}/medium/{facs}.png',
} as const

export type FrusUrls = { [K in keyof typeof FRUS_URLS]: string };

/** The series a volume with a FRUS id belongs to, when its header leaves the series title empty. */
export const FRUS_SERIES = 'Foreign Relations of the United States'

/** `titleStmt/title/@type` values of a FRUS volume, in the order a citation names them. */
export const FRUS_TITLE_TYPES = { series: 'series', subseries: 'subseries', number: 'volumenumber', volume: 'volume', complete: 'complete' } as const
