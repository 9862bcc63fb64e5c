import assert from 'node:assert/strict'
import test from 'node:test'
import { foldHomoglyphs, normalise, stripEdgePunctuation, tokenKey } from '../../src/collate/normalise.ts'

test('normalise', async (t) => {
  await t.test('should fold Cyrillic and Greek look-alikes to Latin letters', () => {
    assert.equal(foldHomoglyphs('тeхt'), 'text')
    assert.equal(normalise('Аrmenia'), 'armenia')
    assert.equal(normalise('ΚΑΡΑ'), 'kapa')
  })

  await t.test('should fold case and apply NFKC', () => {
    assert.equal(normalise('(C)'), normalise('(c)'))
    assert.equal(normalise('ﬁne'), 'fine')
  })

  await t.test('should strip punctuation at word edges only', () => {
    assert.equal(normalise('view.'), 'view')
    assert.equal(normalise('"whatever'), 'whatever')
    assert.equal(normalise("Nagorno'-Karabakh"), "nagorno'-karabakh")
    assert.equal(stripEdgePunctuation('--', '-'), '--', 'a punctuation-only token keeps itself')
  })

  await t.test('should let each step be switched off', () => {
    assert.equal(normalise('View.', { caseFold: false }), 'View')
    assert.equal(normalise('view.', { punctuation: '' }), 'view.')
    assert.equal(normalise('т', { homoglyphs: false }), 'т')
  })

  await t.test('should keep struck-through words apart from the same words not struck', () => {
    assert.notEqual(tokenKey({ text: '(c)', deleted: true }), tokenKey({ text: '(c)', deleted: false }))
  })
})
