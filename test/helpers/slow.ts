/**
 * Tests that build whole editions, drive a browser, start processes or try thousands of inputs:
 * `npm test` runs them, `npm run test:unit` (CABLE_QUICK=1) skips them, reported as skipped.
 */
export const quick = process.env.CABLE_QUICK === '1'

/** Options for `test(name, slow, fn)`. */
export const slow: { skip?: string } = quick ? { skip: 'slow: npm test runs it' } : {}
