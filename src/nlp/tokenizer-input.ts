// kuromoji 0.1.2 throws on NUL and on a high surrogate with no low surrogate after it (found by fuzzing).
// Replacing each with U+FFFD keeps every UTF-16 offset, so token positions still index the original text.
const UNSAFE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])/g

export const tokenizerSafe = (text: string): string => text.replace(UNSAFE, '\ufffd')
