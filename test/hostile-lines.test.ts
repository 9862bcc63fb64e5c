/**
 * Lines made to make a pattern backtrack (issue 11: input bounded, in linear time). Each is a
 * shape of a real line (a banner, a review stamp, a print header, a publisher's note, a drafting
 * form) grown to hundreds of thousands of characters, or repeated, so that a pattern able to read
 * it in more than a bounded number of ways tries them all. Each took minutes or never ended
 * before its pattern was mended; each takes about a second now (`tei` of each, this machine). The
 * time limit below is no measure of speed (`npm run bench` is): it turns a hang into a failure,
 * fifty times over what the work takes.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'

const cli = join(import.meta.dirname, '..', 'bin', 'cable-edition.js')
const dir = mkdtempSync(join(tmpdir(), 'cable-hostile-'))
const LONG = 400_000

const lines: Array<[string, string, string]> = [
  // Classification words two markings share (`SECRET`), repeated in a banner, then a stray letter: exponential.
  ['a banner of SECRETs and a stray letter', `SUBJECT: TALKS\n${'SECRET '.repeat(40)}x\n`, 'SECRET SECRET'],
  ['a review stamp whose date never comes', `Declassification Authority:${'\t'.repeat(LONG)}x\n`, 'Declassification Authority:'],
  ['a publisher\'s note never closed in a subject', `SUBJECT: TALKS [${'a'.repeat(LONG)}\n`, 'SUBJECT: TALKS ['],
  ['a print header\'s post, then spaces', `ost:M${' '.repeat(LONG)}R\tMRN:0 Printed by:\n`, 'Printed by:'],
  ['a telegram print\'s post field, then spaces', `ost:R ${' '.repeat(LONG)}:N\tMRN\tOST:P\n`, 'OST:P'],
  ['an approver\'s title, repeated', `DRAFTED BY: EUR/NB:JSMITH\nS${' THE UNDER SECRETARY'.repeat(40_000)}${' '.repeat(40_000)}\n`, 'THE UNDER SECRETARY THE UNDER SECRETARY'],
  // Between a telegram's text and its routing, where the signature is sought; its run of tabs in the text that names and codes are sought in.
  ['a POEMS page header\'s end, then tabs, after a signature', `SUBJECT: TALKS ON TRADE\n\n1. THE TALKS WENT WELL.\nCHRISTOPHER\n\n@INFO: D(00) SS(00)\n\n0e00pm\tPage:${'\t'.repeat(LONG)}x\n\nP 131402Z JUN 95\nFM SECSTATE WASHDC\nTO AMEMBASSY KIEV PRIORITY 4410\nCONFIDENTIALSTATE 006120\nTAGS: PREL, UP\n`, 'Page:'],
  // Where a telegram line may have been run into the line before it, each marking a place to try.
  ['markings run into capitals, many times over', `FM AMEMBASSY LIMA\nTO SECSTATE WASHDC 4660\nINFO ${'ABUNCLAS '.repeat(LONG / 9)}XXUNCLAS LIMA 00056\n\nSUBJECT: TALKS\n`, 'XXUNCLAS LIMA 00056'],
  ['a run of tabs in a paragraph of prose', `SUBJECT: TALKS ON TRADE\n\nThe talks went well, said Mr. Smith.${'\t'.repeat(LONG)}Lee\n`, 'said Mr. Smith.'],
  // A telegram whose lines a corpus joined, each gap before a numbered paragraph a block to cut off.
  ['a joined line of numbered paragraphs, many times over', `SUBJECT: TALKS\n\n${'AB  1. CD'.repeat(LONG / 9)}  NEWTON \n`, 'NEWTON']
]

for (const [name, text, kept] of lines) {
  test(`a hostile line is read to its end, its text kept: ${name}`, () => {
    const input = join(dir, 'hostile.txt')
    const output = join(dir, 'hostile.xml')
    writeFileSync(input, text)
    const run = spawnSync(process.execPath, [cli, 'tei', input, '-o', output], { encoding: 'utf8', timeout: 60_000 })
    assert.equal(run.signal, null, 'the run ended by itself')
    assert.equal(run.status, 0, run.stderr)
    assert.ok(readFileSync(output, 'utf8').includes(kept), 'the line is in the TEI')
  })
}
