import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatDiagnostic, InputError, type Diagnostic } from '../source/errors.ts'
import { packagePath } from '../paths.ts'
import { DEFAULT_MAX_BYTES } from '../source/read.ts'
import { Progress } from '../build/progress.ts'
import type { BuildSummary } from '../build/index.ts'
import { checkOutputPath, writeAtomic, WriteError } from './write-file.ts'

// Only what every command needs is loaded here; each command loads its own modules, so that
// `--help` or a usage error answers at once and `validate` never loads the pipeline.
const BUNDLED_CORPUS = packagePath('corpus')
/** The site's settings and assets (site/): `serve` rebuilds when they change. */
const SITE_DIR = packagePath('site')

const HELP: Record<string, string> = {
  main: `cable-edition: raw OCR text of declassified cables → TEI P5 and a static edition

Usage: cable-edition <command> [options]

Commands:
  tei FILE [-o OUT]        TEI of one raw cable on stdout, or written to OUT
  validate FILE...         check TEI files against TEI P5 tei_all (file:line:col: messages)
  build [CORPUS_DIR] [--out DIR] [--path-prefix P] [--site-url URL] [--jobs N] [--quiet]
                           every raw *.txt and TEI master *.xml of the corpus (default: the
                           bundled corpus/) to DIR/tei/<id>.xml and the site with its search
                           index (default DIR: dist/)
  entities CORPUS_DIR      capitalised names of the corpus not yet in its entities.yaml, with counts and lines
  collate FILE             the apparatus of a raw cable, one entry a line
  suspects FILE            words that look like OCR or typing errors, with their places
  serve [CORPUS_DIR] [--out DIR] [--path-prefix P] [--site-url URL] [--port N]
                           build, serve on 127.0.0.1, rebuild what changed and reload
                           the browser (npm start)

Every command reading raw files takes --max-size SIZE (default 20M): a larger file is an error.
Run 'cable-edition <command> --help' for a command's options.
Exit status: 0 success, 1 bad input, 2 wrong usage.`,
  tei: 'Usage: cable-edition tei FILE [-o OUT] [--max-size SIZE]\n\nWrite the TEI P5 document of one raw cable to stdout or OUT (atomically).\nWarnings go to stderr as file:line:col: warning: …',
  validate: 'Usage: cable-edition validate FILE...\n\nValidate TEI files against tei_all.rng (jing when installed, else xmllint-wasm).',
  build: `Usage: cable-edition build [CORPUS_DIR] [--out DIR] [--path-prefix P] [--site-url URL] [options]

Transform every raw *.txt in CORPUS_DIR (default: the bundled corpus) into DIR/tei/<id>.xml
and the site with its search index (default DIR: dist), built beside DIR and swapped in
whole. Every *.xml is a TEI master, validated against tei_all and built as it is (a volume
of documents: one page each); a raw cable with the id of a master is not built. Nothing is written when any input has an error. Names are tagged from
CORPUS_DIR/entities.yaml when there is one. --site-url (or "url" in site/edition.json) makes
citations, canonical links and the sitemap absolute. What did not change since the last
build comes from the cache (.DIR.cache beside DIR).

Options:
  --jobs N         worker threads for the documents (default: one per core; 1: none)
  --cache DIR      the cache folder (default: .DIR.cache beside DIR)
  --max-size SIZE  refuse input files larger than SIZE (bytes, or 500k, 20M, 1G; default 20M)
  --quiet          no progress and no summary (warnings and errors still go to stderr)
  --stats FILE     write the build's figures (stages, time, memory) as JSON, for npm run bench`,
  entities: 'Usage: cable-edition entities CORPUS_DIR\n\nList the capitalised names (runs of capitalised words) of the corpus that its authority file\n(entities.yaml) does not tag yet, most frequent first, with the file:line of each.',
  serve: `Usage: cable-edition serve [CORPUS_DIR] [--out DIR] [--path-prefix P] [--site-url URL] [--port N] [options]

Build the edition, serve DIR on http://127.0.0.1:N (default 8080), rebuild what changed when
the corpus or site/ change, and reload the pages open in a browser. Stop with Ctrl-C.
Takes --jobs, --cache, --max-size and --quiet as build does.`,
  collate: 'Usage: cable-edition collate FILE\n\nPrint the apparatus: lemma] reading sigla (type; siglum line, …)',
  suspects: 'Usage: cable-edition suspects FILE\n\nPrint words not in the English word list, of mixed scripts or with odd characters.'
}

/** A mistake in how the command was called (exit 2). */
class UsageError extends Error {}

interface Parsed {
  positional: string[]
  options: Map<string, string | true>
}

function parseArgs(args: string[], valued: string[], flags: string[] = []): Parsed {
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
    else if (flags.includes(arg)) options.set(arg, true)
    else if (valued.includes(arg)) {
      const value = args[++i]
      if (value === undefined) throw new UsageError(`${arg} needs a value`)
      options.set(arg, value)
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg} (a file name starting with - goes after --)`)
    else positional.push(arg)
  }
  return { positional, options }
}

/**
 * Where the CLI writes and what environment it reads: the process's own, or a test's (which runs
 * the CLI in its own process, without starting one for each call).
 */
export interface Io {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown; isTTY?: boolean }
  env: NodeJS.ProcessEnv
}

function printWarnings(io: Io, warnings: Diagnostic[]): void {
  for (const warning of warnings) io.stderr.write(formatDiagnostic(warning) + '\n')
}

/** Run the CLI; returns the exit status. */
export async function main(argv: string[], io: Io = process): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(HELP.main + '\n')
      return command === undefined ? 2 : 0
    }
    const run = COMMANDS[command]
    if (!run) throw new UsageError(`unknown command '${command}'`)
    return await run(rest, command, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`cable-edition: ${error.message}\n${HELP[command ?? 'main'] ?? HELP.main}\n`)
      return 2
    }
    if (error instanceof InputError) {
      io.stderr.write(error.message + '\n')
      return 1
    }
    io.stderr.write(`cable-edition: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
}

type Command = (args: string[], name: string, io: Io) => Promise<number>

const helpOr = (parsed: Parsed, name: string, io: Io): boolean => {
  if (parsed.options.has('help')) io.stdout.write((HELP[name] ?? HELP.main) + '\n')
  return parsed.options.has('help')
}

const oneFile = (parsed: Parsed): string => {
  const [file, extra] = parsed.positional
  if (file === undefined) throw new UsageError('a FILE is needed')
  if (extra !== undefined) throw new UsageError(`one FILE only (also got ${extra})`)
  return file
}

const COMMANDS: Record<string, Command> = {
  async tei(args, name, io) {
    const parsed = parseArgs(args, ['-o', '--out', '--max-size'])
    if (helpOr(parsed, name, io)) return 0
    const input = oneFile(parsed)
    const out = parsed.options.get('-o') ?? parsed.options.get('--out')
    const maxBytes = maxSize(parsed)
    const [{ sidecarPath }, { editionOfFile }, { toTei }] = await Promise.all([import('../sidecar.ts'), import('../pipeline.ts'), import('../tei/document.ts')])
    try {
      // Before any work: an output that is a directory or the input itself is refused.
      if (typeof out === 'string') checkOutputPath(out, [input, sidecarPath(input)])
      const model = editionOfFile(input, undefined, maxBytes)
      printWarnings(io, model.warnings)
      const tei = toTei(model)
      if (typeof out === 'string') writeAtomic(out, tei)
      else io.stdout.write(tei)
    } catch (error) {
      if (!(error instanceof WriteError)) throw error
      io.stderr.write(`cable-edition: ${error.summary}\n`)
      return 1
    }
    return 0
  },
  async validate(args, name, io) {
    const parsed = parseArgs(args, [])
    if (helpOr(parsed, name, io)) return 0
    if (parsed.positional.length === 0) throw new UsageError('at least one FILE is needed')
    for (const file of parsed.positional) if (!existsSync(file)) throw new InputError(file, 1, 1, 'no such file')
    const { validateTei } = await import('../validate/index.ts')
    const problems = await validateTei(parsed.positional)
    for (const problem of problems) io.stderr.write(formatDiagnostic(problem) + '\n')
    const errors = problems.filter((p) => p.severity === 'error').length
    io.stdout.write(`${parsed.positional.length} file(s) checked against tei_all: ${errors === 0 ? 'valid' : `${errors} error(s)`}\n`)
    return errors === 0 ? 0 : 1
  },
  async build(args, name, io) {
    const parsed = parseArgs(args, [...BUILD_OPTIONS, '--stats'], ['--quiet'])
    if (helpOr(parsed, name, io)) return 0
    if (parsed.positional.length > 1) throw new UsageError('one CORPUS_DIR at most')
    const settings = buildSettings(parsed, io)
    const { buildEdition } = await import('../build/index.ts')
    const summary = await buildEdition({ ...settings, warn: (line) => io.stderr.write(line + '\n') })
    if (!summary.absolute) io.stderr.write(NO_SITE_URL)
    if (!settings.quiet) io.stdout.write(summaryLine(summary) + '\n')
    const stats = parsed.options.get('--stats')
    if (typeof stats === 'string') writeFileSync(stats, JSON.stringify({ ...summary, jobs: settings.jobs ?? null, peakRssBytes: process.resourceUsage().maxRSS * 1024 }, null, 2) + '\n')
    return 0
  },
  async serve(args, name, io) {
    const parsed = parseArgs(args, [...BUILD_OPTIONS, '--port'], ['--quiet'])
    if (helpOr(parsed, name, io)) return 0
    if (parsed.positional.length > 1) throw new UsageError('one CORPUS_DIR at most')
    const settings = buildSettings(parsed, io)
    const port = Number(parsed.options.get('--port') ?? 8080)
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port takes a port number')
    const [{ buildEdition, defaultCacheDir }, { Pool }, { serveSite }] = await Promise.all([import('../build/index.ts'), import('../build/pool.ts'), import('../site/serve.ts')])
    // The threads stay up between rebuilds, with their modules loaded.
    const pool = new Pool(settings.jobs ?? (await import('node:os')).availableParallelism())
    const rebuild = async (): Promise<string> => summaryLine(await buildEdition({ ...settings, pool, warn: (line) => io.stderr.write(line + '\n') }))
    // The one build at start: a bad corpus stops here with exit 1. Later ones only report,
    // and the last good edition stays up.
    const first = await buildEdition({ ...settings, pool, warn: (line) => io.stderr.write(line + '\n') })
    if (!first.absolute) io.stderr.write(NO_SITE_URL)
    if (!settings.quiet) io.stdout.write(summaryLine(first) + '\n')
    const cache = settings.cacheDir ?? defaultCacheDir(settings.out)
    await serveSite({ outDir: settings.out, pathPrefix: settings.pathPrefix, port, watch: [settings.corpus, SITE_DIR], ignore: [cache], rebuild })
    return new Promise<number>(() => {})
  },
  async entities(args, name, io) {
    const parsed = parseArgs(args, ['--max-size'])
    if (helpOr(parsed, name, io)) return 0
    const [corpus, extra] = parsed.positional
    if (corpus === undefined) throw new UsageError('a CORPUS_DIR is needed')
    if (extra !== undefined) throw new UsageError(`one CORPUS_DIR only (also got ${extra})`)
    const [{ readAuthority }, { candidates }, { editionOfFile }, { rawFiles }] = await Promise.all([import('../entities/index.ts'), import('../entities/candidates.ts'), import('../pipeline.ts'), import('../build/inputs.ts')])
    const authority = readAuthority(corpus)
    const models = rawFiles(corpus).map((path) => editionOfFile(path, authority, maxSize(parsed)))
    const list = candidates(models)
    for (const { name: found, places } of list) io.stdout.write(`${places.length}\t${found}\t${places.join(' ')}\n`)
    io.stderr.write(`${list.length} name(s) not in ${authority ? authority.file : `an authority file (none in ${corpus}: create ${join(corpus, 'entities.yaml')})`}\n`)
    return 0
  },
  async collate(args, name, io) {
    const parsed = parseArgs(args, ['--max-size'])
    if (helpOr(parsed, name, io)) return 0
    const [{ editionOfFile }, { apparatusOf }, { apparatusLines }] = await Promise.all([import('../pipeline.ts'), import('../edition/place.ts'), import('./notation.ts')])
    // The same pipeline as `tei`, so the entries and their types are those the TEI holds.
    const model = editionOfFile(oneFile(parsed), undefined, maxSize(parsed))
    for (const line of apparatusLines(apparatusOf(model.text), model.copyText)) io.stdout.write(line + '\n')
    return 0
  },
  async suspects(args, name, io) {
    const parsed = parseArgs(args, ['--max-size'])
    if (helpOr(parsed, name, io)) return 0
    const [{ editionOfFile }, { suspects }] = await Promise.all([import('../pipeline.ts'), import('../suspects/index.ts')])
    const model = editionOfFile(oneFile(parsed), undefined, maxSize(parsed))
    const tokens = model.streams.flatMap((stream) => stream.slots.map((slot) => slot.token))
    const seen = new Set<string>()
    for (const s of suspects(tokens)) {
      const key = `${s.line}:${s.column}`
      if (seen.has(key)) continue
      seen.add(key)
      io.stdout.write(`${model.file}:${s.line}:${s.column}: ${s.text} (${s.reasons.join(', ')})\n`)
    }
    return 0
  }
}


const NO_SITE_URL = 'warning: no site URL: citations, canonical links and the sitemap give paths, not absolute URLs; give --site-url https://… or "url" in site/edition.json\n'

/** Options `build` and `serve` share. */
const BUILD_OPTIONS = ['--out', '-o', '--path-prefix', '--site-url', '--jobs', '--cache', '--max-size']

interface BuildSettings {
  corpus: string
  out: string
  pathPrefix: string
  siteUrl?: string
  version: string
  sourceDateEpoch?: number
  jobs?: number
  cacheDir?: string
  maxBytes: number
  quiet: boolean
  progress: Progress
}

/** Corpus, output folder, path prefix and the rest from the options of `build` and `serve`. */
function buildSettings(parsed: Parsed, io: Io): BuildSettings {
  const jobs = parsed.options.get('--jobs')
  if (jobs !== undefined && !(typeof jobs === 'string' && /^[1-9]\d{0,3}$/.test(jobs))) throw new UsageError('--jobs takes a number of threads (1 or more)')
  const cache = parsed.options.get('--cache')
  const siteUrl = parsed.options.get('--site-url')
  if (typeof siteUrl === 'string' && !/^https?:\/\/[^\s/]+/.test(siteUrl)) throw new UsageError('--site-url takes an absolute http(s) URL, e.g. https://example.org')
  const epoch = io.env.SOURCE_DATE_EPOCH
  const quiet = parsed.options.has('--quiet')
  return {
    corpus: parsed.positional[0] ?? BUNDLED_CORPUS,
    out: String(parsed.options.get('--out') ?? parsed.options.get('-o') ?? 'dist'),
    pathPrefix: String(parsed.options.get('--path-prefix') ?? '/'),
    ...(typeof siteUrl === 'string' ? { siteUrl } : {}),
    version: io.env.npm_package_version ?? '0.1.0',
    ...(epoch ? { sourceDateEpoch: Number(epoch) } : {}),
    ...(typeof jobs === 'string' ? { jobs: Number(jobs) } : {}),
    ...(typeof cache === 'string' ? { cacheDir: cache } : {}),
    maxBytes: maxSize(parsed),
    quiet,
    progress: new Progress(quiet ? undefined : io.stderr),
  }
}

/** `--max-size`: bytes, or a number with k, M or G (binary multiples). */
function maxSize(parsed: Parsed): number {
  const value = parsed.options.get('--max-size')
  if (value === undefined) return DEFAULT_MAX_BYTES
  const match = typeof value === 'string' ? /^(\d+(?:\.\d+)?)\s*([kKmMgG]?)(?:i?B)?$/.exec(value) : null
  if (!match) throw new UsageError('--max-size takes a size: bytes, or with k, M or G (20M)')
  const unit = { '': 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 }[(match[2] ?? '').toLowerCase() as '' | 'k' | 'm' | 'g']
  const bytes = Math.floor(Number(match[1]) * unit)
  if (bytes < 1) throw new UsageError('--max-size must be at least one byte')
  return bytes
}

/** `1,000 documents (3 made, 997 from the cache), 4,803 pages, 2 warnings in 1.4 s → /abs/dist` */
function summaryLine(summary: BuildSummary): string {
  const n = (count: number, word: string): string => `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`
  const { editions, pages } = summary.made
  const cached = summary.documents - pages
  // Editions made can outnumber documents (a file's own edition, then the document of its copies).
  const made = cached === 0 ? '' : editions >= pages ? ` (${pages.toLocaleString('en')} made, ${cached.toLocaleString('en')} from the cache)` : ` (${editions.toLocaleString('en')} made, ${(pages - editions).toLocaleString('en')} rendered again, ${cached.toLocaleString('en')} from the cache)`
  const volumes = summary.volumes ? `, ${n(summary.volumes, 'volume')}` : ''
  return `${n(summary.documents, 'document')}${made}${volumes}, ${n(summary.pages, 'page')}, ${n(summary.warnings, 'warning')} in ${(summary.ms / 1000).toFixed(1)} s → ${summary.out}`
}
