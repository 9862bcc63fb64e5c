/**
 * The corpus's authority file: the people, places and organisations its cables name, kept by
 * the editor in `entities.yaml` (or `entities.json`) beside the raw files, and checked against
 * `schema/entities.schema.json`. Errors point at the line and column of the offending value.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv'
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml'
import { InputError } from '../source/errors.ts'
import { decodeSource } from '../source/read.ts'
import { packagePath } from '../paths.ts'
import { AUTHORITY_FILES } from './files.ts'

export type EntityKind = 'person' | 'place' | 'org'

/** One entry of the authority (or a post of the shipped list), as the edition uses it. */
export interface Entity {
  /** Its `xml:id` in every TEI file: `person-talbott`, `place-moscow`, `org-osce`, `post-amembassy-moscow`. */
  key: string
  kind: EntityKind
  /** The editor's id (or the post's): the last segment of its URL. */
  id: string
  name: string
  /** Every form matched in the text: the name first, then the listed spellings. */
  spellings: string[]
  /** Short identification; '' when the editor gave none. */
  description: string
  wikidata?: string
}

export interface Authority {
  /** The file it was read from. */
  file: string
  entities: Entity[]
}

export { AUTHORITY_FILES } from './files.ts'

const SECTIONS: ReadonlyArray<readonly [string, EntityKind]> = [['people', 'person'], ['places', 'place'], ['organisations', 'org']]

const schemaPath = packagePath('schema', 'entities.schema.json')

/** The authority file of a corpus folder, or undefined when it has none. */
export function readAuthority(corpusDir: string): Authority | undefined {
  const name = AUTHORITY_FILES.find((file) => existsSync(join(corpusDir, file)))
  return name === undefined ? undefined : readAuthorityFile(join(corpusDir, name))
}

/** Read and check one authority file (YAML, or JSON, which is YAML too). */
export function readAuthorityFile(path: string): Authority {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch (error) {
    throw new InputError(path, 1, 1, `cannot read the authority file (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`)
  }
  return parseAuthority(path, bytes)
}

/** Check an authority file already read (the build reads it once, and keys its cache by its bytes). */
export function parseAuthority(path: string, bytes: Uint8Array): Authority {
  const { text } = decodeSource(path, bytes)
  const lines = new LineCounter()
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const at = (offset: number): { line: number; col: number } => lines.linePos(offset)
  const syntax = document.errors[0]
  if (syntax) {
    const { line, col } = at(syntax.pos[0])
    throw new InputError(path, line, col, `not valid YAML: ${syntax.message.split('\n')[0]}`)
  }
  const data: unknown = document.toJS() ?? {}
  const validate = validator()
  if (!validate(data)) {
    const error = (validate.errors ?? [])[0] as ErrorObject
    const extra = error.keyword === 'additionalProperties' ? String((error.params as { additionalProperty?: unknown }).additionalProperty) : undefined
    const { line, col } = at(extra === undefined ? offsetOf(document, error.instancePath) : keyOffset(document, error.instancePath, extra))
    throw new InputError(path, line, col, `${describe(error)} (see schema/entities.schema.json)`)
  }
  const entities: Entity[] = []
  const seen = new Map<string, string>()
  const record = data as Record<string, Array<{ id: string; name: string; spellings?: string[]; description?: string; wikidata?: string }> | undefined>
  for (const [section, kind] of SECTIONS) {
    ;(record[section] ?? []).forEach((entry, index) => {
      const key = `${kind}-${entry.id}`
      const clash = seen.get(key)
      if (clash !== undefined) {
        const { line, col } = at(offsetOf(document, `/${section}/${index}/id`))
        throw new InputError(path, line, col, `id "${entry.id}" is used twice in ${section} (also ${clash}): give each entry its own id`)
      }
      seen.set(key, `${section}[${index}]`)
      const spellings = [...new Set([entry.name, ...(entry.spellings ?? [])].map((s) => s.trim().replace(/\s+/g, ' ')))]
      entities.push({ key, kind, id: entry.id, name: entry.name, spellings, description: entry.description ?? '', ...(entry.wikidata ? { wikidata: entry.wikidata } : {}) })
    })
  }
  return { file: path, entities }
}

// ajv is CommonJS: under NodeNext its class is the `default` of the module it exports.
const Ajv = AjvModule.default
let compiled: ValidateFunction | undefined

/** The schema's validator, compiled when an authority file is first read (some 0.1 s), not by every process that imports this module. */
function validator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: false }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object)
  return compiled
}

/** Where a JSON Pointer (`/people/3/wikidata`) stands in the YAML source; the nearest existing parent when it is missing. */
function offsetOf(document: Document, pointer: string): number {
  const path = pointer.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~')).map((part) => (/^\d+$/.test(part) ? Number(part) : part))
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined
    if (node?.range) return node.range[0]
    if (length === 0 && (isMap(document.contents) || isSeq(document.contents))) return document.contents.range?.[0] ?? 0
  }
  return 0
}

/** Where the key of an object stands (an unknown key is pointed at, not its object). */
function keyOffset(document: Document, pointer: string, key: string): number {
  const path = pointer.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? Number(part) : part))
  const node = path.length === 0 ? document.contents : document.getIn(path, true)
  const pair = isMap(node) ? node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key) : undefined
  const range = (pair?.key as { range?: [number, number, number] } | null)?.range
  return range ? range[0] : offsetOf(document, pointer)
}

/** An ajv error in the words of the editor's file. */
function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the file' : error.instancePath.slice(1).replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.')
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'additionalProperties':
      return `${where}: unknown key "${String(params.additionalProperty)}"`
    case 'required':
      return `${where}: "${String(params.missingProperty)}" is missing`
    case 'pattern':
      return `${where}: ${JSON.stringify(String(params.pattern))} is the form it must have`
    default:
      return `${where}: ${error.message ?? 'not valid'}`
  }
}
