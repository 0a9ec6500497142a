// Builds the dictionaries object kuromoji's Tokenizer expects from the compact layout's bytes (Node files or ASSETS).
import ConnectionCosts from 'kuromoji/src/dict/ConnectionCosts.js'
import UnknownDictionary from 'kuromoji/src/dict/UnknownDictionary.js'
import { CompactLexicon } from './compact-lexicon'
import { DICT_FILES, DICT_VERSION, META_FILE, SECTION_TYPES, SECTIONS, type DictFile, type DictMeta, type SectionName } from './layout'

export type KuromojiDictionaries = {
  trie: CompactLexicon
  token_info_dictionary: CompactLexicon
  connection_costs: unknown
  unknown_dictionary: unknown
}

// How the caller reads one file of public/dict: fs in Node (tests, bench), the ASSETS binding in the Worker.
export type ReadDictFile = (name: string) => Promise<ArrayBuffer>

type Views = { [K in SectionName]: InstanceType<(typeof SECTION_TYPES)[(typeof SECTIONS)[K]['type']]> }

// Typed-array views straight over the fetched buffers: no copy, no per-entry objects.
function sectionViews(meta: DictMeta, files: Record<DictFile, ArrayBuffer>): Views {
  const views = {} as Record<SectionName, ArrayBufferView>
  for (const name of Object.keys(SECTIONS) as SectionName[]) {
    const { file, type } = SECTIONS[name]
    const place = meta.sections[name]
    const buf = files[file]
    const C = SECTION_TYPES[type]
    if (!place || place.offset + place.length * C.BYTES_PER_ELEMENT > buf.byteLength) throw new Error(`dictionary section ${name} is missing or truncated`)
    views[name] = new C(buf, place.offset, place.length)
  }
  return views as Views
}

export async function loadDictionary(read: ReadDictFile): Promise<KuromojiDictionaries> {
  const [metaBytes, ...bufs] = await Promise.all([read(META_FILE), ...DICT_FILES.map((f) => read(f))])
  const meta = JSON.parse(new TextDecoder().decode(metaBytes)) as DictMeta
  if (meta.version !== DICT_VERSION) throw new Error(`dictionary layout ${meta.version}, expected ${DICT_VERSION}`)
  const v = sectionViews(meta, Object.fromEntries(DICT_FILES.map((f, i) => [f, bufs[i]!])) as Record<DictFile, ArrayBuffer>)
  const lexicon = new CompactLexicon({
    ...v,
    classLeft: Int16Array.from(meta.classLeft),
    classRight: Int16Array.from(meta.classRight),
    posTuples: meta.classPos.map((p) => meta.posTuples[p]!),
  })
  const costs = new ConnectionCosts(0, 0)
  costs.loadConnectionCosts(v.costs)
  // kuromoji's own unknown-word dictionary and character classes, from the trimmed stock buffers (a few KB).
  // Object.create skips the constructor's two 10 MiB scratch buffers, which loadUnknownDictionaries replaces anyway.
  const unknown = Object.create(UnknownDictionary.prototype)
  unknown.loadUnknownDictionaries(v.unk, v.unkPos, v.unkMap, v.unkChar, v.unkCompat, v.unkInvoke)
  return { trie: lexicon, token_info_dictionary: lexicon, connection_costs: costs, unknown_dictionary: unknown }
}
