// kuromoji's IPADIC token, as every consumer in src/ sees it (the tokenizer module is the only kuromoji importer).
export type Token = {
  word_id: number
  word_type: 'KNOWN' | 'UNKNOWN'
  word_position: number // 1-based UTF-16 position, as kuromoji reports it
  surface_form: string
  pos: string
  pos_detail_1: string
  pos_detail_2: string
  pos_detail_3: string
  conjugated_type: string
  conjugated_form: string
  basic_form: string
  reading?: string
  pronunciation?: string
}

export interface Tokenizer {
  tokenize(text: string): Token[]
}
