/**
 * Describe each copy for `<witness>`: what it is (the drafting copy has the drafting form;
 * the copy as transmitted has a telegram page header, `PAGE 01 STATE 204310 …`, the
 * telegram line `CONFIDENTIAL STATE 204310`, or an `FM` line) and its own identifiers (FOIA
 * document number, telegram number, date-time group), read from its own text and stamps.
 * An editor's sidecar label always wins.
 */
import type { WitnessDescription } from '../edition/model.ts'
import type { Witness } from '../model/document.ts'
import type { Sidecar } from '../sidecar.ts'
import type { ReadFacts } from './facts.ts'
import { copyKind } from '../../transforms/witnesses.ts'

/** The description of one copy from its transforms output and its own facts. */
export function describeWitness(witness: Witness, index: number, own: ReadFacts, sidecar: Sidecar | undefined): WitnessDescription {
  const description: WitnessDescription = {
    siglum: witness.siglum,
    label: sidecar?.witnesses?.[index]?.label ?? guessLabel(witness, index),
    lines: witness.lines
  }
  if (own.foiaDoc) description.foiaDoc = own.foiaDoc
  if (own.telegram) description.telegram = own.telegram
  if (own.dateTime) description.dateTime = own.dateTime
  return description
}

const LABELS = { draft: 'Drafting copy', telegram: 'Telegram as transmitted' } as const

function guessLabel(witness: Witness, index: number): string {
  const kind = copyKind(witness)
  return kind === 'copy' ? `Copy ${index + 1}` : LABELS[kind]
}
