import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { publishBuild } from '../build/publish.ts'
import { sidecarPath } from '../sidecar.ts'
import { formatDiagnostic, InputError, type Diagnostic } from '../source/errors.ts'
import { suspects } from '../suspects/index.ts'
import { validateTei } from '../validate/index.ts'
import { apparatusLines } from './notation.ts'
import { apparatusOf } from '../edition/place.ts'
import { editionOfCorpus } from '../corpus/index.ts'
import type { EditionModel } from '../edition/model.ts'
import { editionOfFile } from '../pipeline.ts'
import { readAuthority } from '../entities/index.ts'
import { candidates } from '../entities/candidates.ts'
import { toTei } from '../tei/document.ts'
import { checkOutputPath, writeAtomic, WriteError } from './write-file.ts'

const BUNDLED_CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url))
/** The site's settings and assets (site/): `serve` rebuilds when they change. */
const SITE_DIR = fileURLToPath(new URL('../../site/', import.meta.url))

const HELP: Record<string, string> = {
  main: `cable-edition: raw OCR text of declassified cables → TEI P5 and a static edition

Usage: cable-edition <command> [options]

Commands:
  tei FILE [-o OUT]        TEI of one raw cable on stdout, or written to OUT
  validate FILE...         check TEI files against TEI P5 tei_all (file:line:col: messages)
  build [CORPUS_DIR] [--out DIR] [--path-prefix P] [--site-url URL]
                           every raw *.txt and TEI master *.xml of the corpus (default: the
                           bundled corpus/) to DIR/tei/<id>.xml and the site with its search
                           index (default DIR: dist/)
  entities CORPUS_DIR      capitalised names of the corpus not yet in its entities.yaml, with counts and lines
  collate FILE             the apparatus of a raw cable, one entry a line
  suspects FILE            words that look like OCR or typing errors, with their places
  serve [CORPUS_DIR] [--out DIR] [--path-prefix P] [--site-url URL] [--port N]
                           build, serve on 127.0.0.1 and rebuild on change (npm start)

Run 'cable-edition <command> --help' for a command's options.
Exit status: 0 success, 1 bad input, 2 wrong usage.`,
  tei: 'Usage: cable-edition tei FILE [-o OUT]\n\nWrite the TEI P5 document of one raw cable to stdout or OUT (atomically).\nWarnings go to stderr as file:line:col: warning: …',
  validate: 'Usage: cable-edition validate FILE...\n\nValidate TEI files against tei_all.rng (jing when installed, else xmllint-wasm).',
  build: 'Usage: cable-edition build [CORPUS_DIR] [--out DIR] [--path-prefix P] [--site-url URL]\n\nTransform every raw *.txt in CORPUS_DIR (default: the bundled corpus) into DIR/tei/<id>.xml\nand the site with its search index (default DIR: dist), built beside DIR and swapped in whole.\nEvery *.xml is a TEI master, validated against tei_all and built as it is (a volume of\ndocuments: one page each).\nNames are tagged from CORPUS_DIR/entities.yaml when there is one. --site-url (or "url" in\nsite/edition.json) makes citations, canonical links and the sitemap absolute.\nNothing is written when any input has an error.',
  entities: 'Usage: cable-edition entities CORPUS_DIR\n\nList the capitalised names (runs of capitalised words) of the corpus that its authority file\n(entities.yaml) does not tag yet, most frequent first, with the file:line of each.',
  serve: 'Usage: cable-edition serve [CORPUS_DIR] [--out DIR] [--path-prefix P] [--site-url URL] [--port N]\n\nBuild the edition, serve DIR on http://127.0.0.1:N (default 8080) and rebuild when the corpus\nor the site templates change. Stop with Ctrl-C.',
  collate: 'Usage: cable-edition collate FILE\n\nPrint the apparatus: lemma] reading sigla (type; siglum line, …)',
  suspects: 'Usage: cable-edition suspects FILE\n\nPrint words not in the English word list, of mixed scripts or with odd characters.'
}

/** A mistake in how the command was called (exit 2). */
class UsageError extends Error {}

interface Parsed {
  positional: string[]
  options: Map<string, string | true>
}

function parseArgs(args: string[], valued: string[]): Parsed {
  const positional: string[] = []
  const options = new Map<string, string | true>()
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    // `--` ends the options (POSIX utility syntax guideline 10): a file may start with `-`.
    if (arg === '--') {
      positional.push(...args.slice(i + 1))
      break
    }
    if (arg === '--help' || arg === '-h') options.set('help', true)
    else if (valued.includes(arg)) {
      const value = args[++i]
      if (value === undefined) throw new UsageError(`${arg} needs a value`)
      options.set(arg, value)
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg} (a file name starting with - goes after --)`)
    else positional.push(arg)
  }
  return { positional, options }
}

function printWarnings(warnings: Diagnostic[]): void {
  for (const warning of warnings) process.stderr.write(formatDiagnostic(warning) + '\n')
}

/** Run the CLI; returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(HELP.main + '\n')
      return command === undefined ? 2 : 0
    }
    const run = COMMANDS[command]
    if (!run) throw new UsageError(`unknown command '${command}'`)
    return await run(rest, command)
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`cable-edition: ${error.message}\n${HELP[command ?? 'main'] ?? HELP.main}\n`)
      return 2
    }
    if (error instanceof InputError) {
      process.stderr.write(error.message + '\n')
      return 1
    }
    process.stderr.write(`cable-edition: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
}

type Command = (args: string[], name: string) => Promise<number>

const helpOr = (parsed: Parsed, name: string): boolean => {
  if (parsed.options.has('help')) process.stdout.write((HELP[name] ?? HELP.main) + '\n')
  return parsed.options.has('help')
}

const oneFile = (parsed: Parsed): string => {
  const [file, extra] = parsed.positional
  if (file === undefined) throw new UsageError('a FILE is needed')
  if (extra !== undefined) throw new UsageError(`one FILE only (also got ${extra})`)
  return file
}

const COMMANDS: Record<string, Command> = {
  async tei(args, name) {
    const parsed = parseArgs(args, ['-o', '--out'])
    if (helpOr(parsed, name)) return 0
    const input = oneFile(parsed)
    const out = parsed.options.get('-o') ?? parsed.options.get('--out')
    try {
      // Before any work: an output that is a directory or the input itself is refused.
      if (typeof out === 'string') checkOutputPath(out, [input, sidecarPath(input)])
      const model = editionOfFile(input)
      printWarnings(model.warnings)
      const tei = toTei(model)
      if (typeof out === 'string') writeAtomic(out, tei)
      else process.stdout.write(tei)
    } catch (error) {
      if (!(error instanceof WriteError)) throw error
      process.stderr.write(`cable-edition: ${error.summary}\n`)
      return 1
    }
    return 0
  },
  async validate(args, name) {
    const parsed = parseArgs(args, [])
    if (helpOr(parsed, name)) return 0
    if (parsed.positional.length === 0) throw new UsageError('at least one FILE is needed')
    for (const file of parsed.positional) if (!existsSync(file)) throw new InputError(file, 1, 1, 'no such file')
    const problems = await validateTei(parsed.positional)
    for (const problem of problems) process.stderr.write(formatDiagnostic(problem) + '\n')
    const errors = problems.filter((p) => p.severity === 'error').length
    process.stdout.write(`${parsed.positional.length} file(s) checked against tei_all: ${errors === 0 ? 'valid' : `${errors} error(s)`}\n`)
    return errors === 0 ? 0 : 1
  },
  async build(args, name) {
    const parsed = parseArgs(args, ['--out', '-o', '--path-prefix', '--site-url'])
    if (helpOr(parsed, name)) return 0
    if (parsed.positional.length > 1) throw new UsageError('one CORPUS_DIR at most')
    await buildEdition(buildSettings(parsed))
    return 0
  },
  async serve(args, name) {
    const parsed = parseArgs(args, ['--out', '-o', '--path-prefix', '--site-url', '--port'])
    if (helpOr(parsed, name)) return 0
    if (parsed.positional.length > 1) throw new UsageError('one CORPUS_DIR at most')
    const settings = buildSettings(parsed)
    const { corpus, out, prefix } = settings
    const port = Number(parsed.options.get('--port') ?? 8080)
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port takes a port number')
    // The one build at start: a bad corpus stops here with exit 1. Later ones only report,
    // and the last good edition stays up.
    await buildEdition(settings)
    const { serveSite } = await import('../site/serve.ts')
    const rebuild = (): Promise<void> => buildEdition(settings)
    await serveSite({ outDir: out, pathPrefix: prefix, port, watch: [corpus, SITE_DIR], rebuild })
    return new Promise<number>(() => {})
  },
  async entities(args, name) {
    const parsed = parseArgs(args, [])
    if (helpOr(parsed, name)) return 0
    const [corpus, extra] = parsed.positional
    if (corpus === undefined) throw new UsageError('a CORPUS_DIR is needed')
    if (extra !== undefined) throw new UsageError(`one CORPUS_DIR only (also got ${extra})`)
    const authority = readAuthority(corpus)
    const models = rawFiles(corpus).map((file) => editionOfFile(join(corpus, file), authority))
    const list = candidates(models)
    for (const { name: found, places } of list) process.stdout.write(`${places.length}\t${found}\t${places.join(' ')}\n`)
    process.stderr.write(`${list.length} name(s) not in ${authority ? authority.file : `an authority file (none in ${corpus}: create ${join(corpus, 'entities.yaml')})`}\n`)
    return 0
  },
  async collate(args, name) {
    const parsed = parseArgs(args, [])
    if (helpOr(parsed, name)) return 0
    // The same pipeline as `tei`, so the entries and their types are those the TEI holds.
    const model = editionOfFile(oneFile(parsed))
    for (const line of apparatusLines(apparatusOf(model.text), model.copyText)) process.stdout.write(line + '\n')
    return 0
  },
  async suspects(args, name) {
    const parsed = parseArgs(args, [])
    if (helpOr(parsed, name)) return 0
    const model = editionOfFile(oneFile(parsed))
    const tokens = model.streams.flatMap((stream) => stream.slots.map((slot) => slot.token))
    const seen = new Set<string>()
    for (const s of suspects(tokens)) {
      const key = `${s.line}:${s.column}`
      if (seen.has(key)) continue
      seen.add(key)
      process.stdout.write(`${model.file}:${s.line}:${s.column}: ${s.text} (${s.reasons.join(', ')})\n`)
    }
    return 0
  }
}

const VERSION = process.env.npm_package_version ?? '0.1.0'

interface BuildSettings {
  corpus: string
  out: string
  prefix: string
  siteUrl?: string
}

/** Corpus, output folder, path prefix and site URL from the options of `build` and `serve`. */
function buildSettings(parsed: Parsed): BuildSettings {
  const siteUrl = parsed.options.get('--site-url')
  if (typeof siteUrl === 'string' && !/^https?:\/\/[^\s/]+/.test(siteUrl)) throw new UsageError('--site-url takes an absolute http(s) URL, e.g. https://example.org')
  return {
    corpus: parsed.positional[0] ?? BUNDLED_CORPUS,
    out: String(parsed.options.get('--out') ?? parsed.options.get('-o') ?? 'dist'),
    prefix: String(parsed.options.get('--path-prefix') ?? '/'),
    ...(typeof siteUrl === 'string' ? { siteUrl } : {})
  }
}

/** The raw cables (*.txt) of a corpus folder, sorted; an error when there are none. */
function rawFiles(corpus: string): string[] {
  if (!existsSync(corpus) || !statSync(corpus).isDirectory()) throw new InputError(corpus, 1, 1, 'not a directory of raw cables')
  const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()
  if (files.length === 0) throw new InputError(corpus, 1, 1, 'no raw cables (*.txt) in this directory')
  return files
}

/**
 * Every raw *.txt of a corpus → edition models (the copies of one text, released as
 * separate files, one document: src/corpus), every TEI master *.xml → its documents (and
 * volumes: src/corpus/tei-input.ts), then the site, with each document's TEI at
 * DIR/tei/<id>.xml. The site is a function of the corpus: it is made from the inputs, never
 * from what DIR held before. Every input is read before anything is written, so a bad input
 * leaves the previous edition untouched. A raw cable and a TEI master with the same id: the
 * master (the editor's corrected TEI) is built, with a warning.
 */
async function buildEdition({ corpus, out, prefix, siteUrl }: BuildSettings): Promise<void> {
  if (!existsSync(corpus) || !statSync(corpus).isDirectory()) throw new InputError(corpus, 1, 1, 'not a directory of raw cables or TEI masters')
  const entries = readdirSync(corpus).sort()
  const files = entries.filter((f) => f.endsWith('.txt'))
  const masters = entries.filter((f) => f.toLowerCase().endsWith('.xml')).map((f) => join(corpus, f))
  if (files.length === 0 && masters.length === 0) throw new InputError(corpus, 1, 1, 'no raw cables (*.txt) or TEI masters (*.xml) in this directory')
  const { buildSite, documentsOfModels, readSettings, sortDocuments } = await import('../site/index.ts')
  const { readTeiMasters } = await import('../corpus/tei-input.ts')
  const tei = masters.length ? await readTeiMasters(masters, (await readSettings()).frus) : { documents: [], volumes: [], media: [], warnings: [] }
  printWarnings(tei.warnings)
  const masterOf = new Map(tei.documents.map((document) => [document.id, document.file]))
  // Read once for the corpus: every document is tagged against the same authority.
  const authority = readAuthority(corpus)
  // Copies released as documents of their own become one document each (src/corpus).
  const corpusEdition = editionOfCorpus(corpus, files, authority)
  const models: EditionModel[] = []
  for (const model of corpusEdition.models) {
    const master = masterOf.get(model.id)
    if (master !== undefined) {
      printWarnings([{ file: model.file, line: 1, column: 1, severity: 'warning', message: `document ${model.id} is also given by the TEI master ${master}: the master is built, this raw text is not` }])
      continue
    }
    printWarnings(model.warnings)
    models.push(model)
  }
  const epoch = process.env.SOURCE_DATE_EPOCH
  const documents = sortDocuments([...documentsOfModels(models), ...tei.documents])
  // Written into a staging folder that then replaces `out` whole (src/build/publish.ts).
  const site = await publishBuild(out, (staging) =>
    buildSite({ documents, redirects: corpusEdition.redirects, volumes: tei.volumes, media: tei.media, outDir: staging, pathPrefix: prefix, version: VERSION, ...(epoch ? { sourceDateEpoch: Number(epoch) } : {}), ...(siteUrl ? { siteUrl } : {}), ...(authority ? { authority: authority.entities } : {}) })
  )
  for (const warning of site.warnings) process.stderr.write(`warning: ${warning}\n`)
  if (!site.absolute) process.stderr.write('warning: no site URL: citations, canonical links and the sitemap give paths, not absolute URLs; give --site-url https://… or "url" in site/edition.json\n')
  const volumes = tei.volumes.length ? ` (${tei.volumes.length} volume(s))` : ''
  process.stdout.write(`${documents.length} document(s)${volumes} → ${resolve(out)}/tei and ${site.pages} page(s)\n`)
}
