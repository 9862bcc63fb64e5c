/**
 * What a comparison key says as a word: function words that prove nothing when they match or
 * move (`of the`, `and in the`), and meaningful words that do.
 */

// Function words that never make a transposition on their own and weigh little in alignment.
const stopwords = new Set(
  ('a an and are as at be but by for from had has have he her his i if in is it its not of on or our ' +
    'she so that the their them they this to was we were which will with would you your').split(' ')
)

/** A key with three letters or more that is not a function word, or a number. */
export function isSignificantWord(key: string): boolean {
  return (/\p{L}{3}/u.test(key) && !stopwords.has(key)) || /^\p{N}[\p{N}.,/-]*$/u.test(key)
}

/** Whether a run of keys says enough to be called a moved passage. */
export function isSignificantPassage(keys: readonly string[]): boolean {
  return keys.some((key) => /\p{L}{3}/u.test(key) && !stopwords.has(key))
}
