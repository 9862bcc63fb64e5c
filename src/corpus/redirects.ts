/**
 * The addresses of released files that became witnesses of a document with another id, and
 * the check that no two documents, nor a document and such an address, share an id.
 */
import { basename } from 'node:path'
import { InputError } from '../source/errors.ts'

/** An address of a released file that is a witness of a document with another id. */
export interface Redirect {
  /** The id the file would have as a document of its own (`d-C06698960`). */
  from: string
  /** The document it is a witness of. */
  to: string
  /** Its siglum there (its first copy's, when it holds several). */
  witness: string
}

/** Two documents, or a document and a redirect, may not share an id: say which and how to fix it. */
export function checkIds(models: ReadonlyArray<{ id: string; file: string }>, redirects: readonly Redirect[]): void {
  const seen = new Map<string, string>()
  const claim = (id: string, file: string, what: string): void => {
    const clash = seen.get(id)
    if (clash) {
      const stem = basename(file).replace(/\.[^.]*$/, '')
      throw new InputError(file, 1, 1, `document id ${id} is also the id of ${clash}: give this one its own id in a sidecar ${stem}.edition.json, e.g. { "id": "${id}-2" }, or in edition.json ("documents")${what}`)
    }
    seen.set(id, file)
  }
  for (const model of models) claim(model.id, model.file, '')
  for (const redirect of redirects) {
    const model = models.find((m) => m.id === redirect.to)
    claim(redirect.from, model?.file ?? redirect.to, ` (it is the address of witness ${redirect.witness} of ${redirect.to})`)
  }
}
