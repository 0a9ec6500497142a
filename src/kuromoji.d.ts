declare module 'kuromoji/src/dict/DynamicDictionaries.js' {
  const DynamicDictionaries: any
  export default DynamicDictionaries
}
declare module 'kuromoji/src/Tokenizer.js' {
  const Tokenizer: any
  export default Tokenizer
}
