import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../src/nlp/language'

describe('detectLanguage', () => {
  it.each([
    ['注文をキャンセルしたいです', 'ja'],
    ['Please cancel my order, thanks', 'en'],
    ['Order 250-1234567-1234567 キャンセルお願いします', 'ja'],
    // Helpdesks forward HTML: the markup's Latin letters are not the buyer's language.
    ['<div style="font-family: Arial, sans-serif; color: #333"><p>キャンセルしたい</p></div>', 'ja'],
    ['詳細 https://www.amazon.co.jp/gp/your-account/order-details?orderID=250-1234567-1234567 返品したい', 'ja'],
    ['連絡先 taro.yamada@example.co.jp 住所変更', 'ja'],
    ['<p>Hi, please <b>cancel</b> it.</p>', 'en'],
    ['<p></p>', 'en'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang)
  })

})
