/**
 * Options of `collate`, with their defaults defined once (`defaults`), resolved in one place
 * so that every stage reads the same values.
 */
import type { NormaliseOptions } from './normalise.ts'
import type { VariantType } from './types.ts'

/** What the caller may configure; every field is optional. */
export interface CollateOptions {
  /** Siglum of the copy-text witness, which supplies the lemma (default: the last witness). */
  copyText?: string
  /** Normalisation used to compare words (see `normalise.ts`). */
  normalise?: NormaliseOptions
  /** Join `possi-` + `ble` when that matches `possible` in another witness (default `true`). */
  hyphenation?: boolean
  /** Fewest words a moved passage must have to be a transposition (default `2`). */
  minTranspositionWords?: number
  /**
   * Largest span, in copy-text words, of a swap (`X and Y` / `Y and X`) and of a reordering
   * that may be the scanner's reading order (`order.ts`) rather than the author's (default `12`).
   */
  reorderWindow?: number
  /** A classification marking such as `(c)`, `(S)`, `(LOU)`, matched on the whole token. */
  markingPattern?: RegExp
  /** Editor's decisions: variation key (`Variation.key`, e.g. `A:38:19`) → type. */
  overrides?: Readonly<Record<string, VariantType>>
  /** Proper names counted as correct words when choosing the clean reading of OCR noise. */
  names?: Iterable<string>
  /** Whether a lower-cased word is an English word (default: the `word-list` package). */
  isWord?: (word: string) => boolean
}

/** Classification markings of US documents: paragraph portion marks, in parentheses. */
export const defaultMarkingPattern = /^\((?:U|C|S|TS|LOU|SBU|NF|C\/NF|S\/NF|TS\/NF|U\/\/FOUO)\)[.,:;]?$/i

/** The defaults (the copy text defaults to the last witness, decided in `resolveOptions`). */
export const defaults = Object.freeze({
  normalise: Object.freeze({}) as NormaliseOptions,
  hyphenation: true,
  minTranspositionWords: 2,
  reorderWindow: 12,
  markingPattern: defaultMarkingPattern,
  overrides: Object.freeze({}) as Readonly<Record<string, VariantType>>,
  names: [] as Iterable<string>
})

/** Options with every default filled in. */
export interface Settings {
  copyText: string
  normalise: NormaliseOptions
  hyphenation: boolean
  minTranspositionWords: number
  reorderWindow: number
  markingPattern: RegExp
  overrides: Readonly<Record<string, VariantType>>
  names: ReadonlySet<string>
  isWord: ((word: string) => boolean) | undefined
}

const emptyOptions: CollateOptions = {}

/** Fill in defaults; `sigla` are the witnesses' sigla in order (the last is the default copy text). */
export function resolveOptions(options: CollateOptions | undefined, sigla: readonly string[]): Settings {
  const settings = options || emptyOptions
  return {
    copyText: settings.copyText ?? sigla[sigla.length - 1] ?? '',
    normalise: settings.normalise ?? defaults.normalise,
    hyphenation: settings.hyphenation ?? defaults.hyphenation,
    minTranspositionWords: Math.max(1, settings.minTranspositionWords ?? defaults.minTranspositionWords),
    reorderWindow: settings.reorderWindow ?? defaults.reorderWindow,
    markingPattern: settings.markingPattern ?? defaults.markingPattern,
    overrides: settings.overrides ?? defaults.overrides,
    names: new Set([...(settings.names ?? defaults.names)].map((name) => name.toLowerCase())),
    isWord: settings.isWord
  }
}
