// kuromoji ships no types; src/nlp/tokenizer.ts and src/nlp/dict/ are the only importers.
declare module 'kuromoji/src/Tokenizer.js' {
  const Tokenizer: any
  export default Tokenizer
}
declare module 'kuromoji/src/dict/ConnectionCosts.js' {
  const ConnectionCosts: any
  export default ConnectionCosts
}
declare module 'kuromoji/src/dict/UnknownDictionary.js' {
  const UnknownDictionary: any
  export default UnknownDictionary
}
declare module 'kuromoji' {
  const kuromoji: { builder(options: { dicPath: string }): { build(cb: (err: unknown, tokenizer: any) => void): void } }
  export default kuromoji
}
