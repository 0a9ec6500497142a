import { describe, expect, it } from 'vitest'
import { AnalyzeResponse, type IntentType } from '../src/schemas/analyze'
import { postJson } from './support/worker'

// A short yes under a quoted offer accepts the one intent offered (src/nlp/short-reply.ts); anything else leaves the
// quote as the seller's words. Through POST /api/analyze, so the learned second opinion has its say too: in English it
// reads no quoted line, so it must not drop a request the rules read only there.
const intents = async (text: string) => {
  const res = await postJson('/api/analyze', { text })
  expect(res.status).toBe(200)
  const body = AnalyzeResponse.parse(await res.json())
  for (const i of body.intents) for (const e of i.evidence) expect(text.slice(e.start, e.end)).toBe(e.text)
  return body.intents.map((i) => i.type).sort()
}

type Case = [text: string, expected: IntentType[], why: string]
const cases: Case[] = [
  ['> Would you like us to cancel the order before it ships?\n\nyes please', ['cancel'], 'a yes accepts the offered cancel'],
  ['> We can send the parcel to the new address you gave us. Shall we go ahead?\n\nok go ahead', ['address_change'], 'a yes accepts the offered address change'],
  ['> Shall we email you a prepaid return label for the cracked bowl?\n\nyep, do it', ['return'], 'a yes accepts the offered return'],
  ['> Would you like us to cancel the order before it ships?\n\nNo, leave it. I still want it.', [], 'a no keeps the quote as context'],
  ['> Would you like us to cancel the order before it ships?\n\nsure — actually my wife says we need it for the weekend, so please hold on and I will let you know tomorrow what we decide', [], 'a long reply is read on its own words'],
  ['> We can either cancel the order or change the address to your new flat.\n\nyes please', [], 'two intents offered: a bare yes does not say which'],
  ['> Your order was cancelled because the item is out of stock.\n\nthanks', [], 'a notice acknowledged is no request'],
  ['> Shall we email you a return label?\n\nplease cancel it instead', ['cancel'], 'a reply that asks on its own words is read on them'],
  ['> ご注文のキャンセルをご希望とのことですが、このままキャンセルでよろしいでしょうか。\n\nはい、それでお願いします。', ['cancel'], 'はい、お願いします accepts the offered cancel'],
  ['> ご注文のキャンセルを承りました。\n\n了解です。', [], '了解 acknowledges a notice; it accepts nothing'],
  ["I'd really rather you didn't. I bought it at the listed price in good faith.\n\n> Due to a pricing error, unless you agree to pay the corrected price, we will be cancelling your order.", [], 'a bare refusal under a proposed cancel refuses it'],
  ["If you haven't boxed it up yet, I'd rather you didn't. My landlord doesn't allow space heaters.", ['cancel'], 'the same words with nothing quoted ask not to ship'],
  ['> 欠品のため入荷は来月になります。お待ちいただけますか。キャンセルをご希望の場合はお知らせください。\n\n待ちます！よろしくお願いします。', [], 'waiting is the buyer keeping the order'],
  ['yes', [], 'a bare yes with nothing quoted: what it answers is not in the message'],
  ['yes please, thanks', [], 'a bare yes and thanks: nothing to accept'],
  ['はい、お願いします', [], 'はい、お願いします with nothing quoted accepts nothing'],
  ['yes please cancel it', ['cancel'], 'a yes that names the action asks on its own words'],
]

// A reply that picks one line of a quoted numbered list asks for that line's offer only (src/nlp/option-pick.ts).
const picks: Case[] = [
  ['> 欠品のため発送が2週間ほど遅れます。\n> ①このままお待ちいただく\n> ②キャンセル\n> のいずれかをご返信ください。\n\n②でお願いいたします。出張に間に合わないので別で探します。', ['cancel'], '②で picks the cancel'],
  ['> ①このままお待ちいただく\n> ②キャンセル\n\n①でお願いします', [], '①で picks waiting, and its お願いします accepts nothing else'],
  ['待てないので、前者でお願いします。\n\n> ①ご注文をお取り消しいただく\n> ②入荷までお待ちいただく\n> のいずれかをお選びください。', ['cancel'], '前者 picks the first line'],
  ['> We can offer the following:\n> 1. Cancel the order now and refund you\n> 2. Wait for the restock (approx. 2 weeks)\n\nthe second one', [], '"the second one" picks waiting'],
  ['> We can offer the following:\n> 1. Cancel the order now and refund you\n> 2. Wait for the restock (approx. 2 weeks)\n\nOption 1 please', ['cancel'], '"Option 1" picks the cancel'],
]

describe('a pick from a quoted numbered list', () => {
  for (const [text, expected, why] of picks) {
    it(`${why}: ${text.replaceAll('\n', ' ⏎ ').slice(0, 70)}`, async () => {
      expect(await intents(text)).toEqual(expected)
    })
  }
})

describe('a short yes under a quoted offer', () => {
  for (const [text, expected, why] of cases) {
    it(`${why}: ${text.replaceAll('\n', ' ⏎ ').slice(0, 70)}`, async () => {
      expect(await intents(text)).toEqual(expected)
    })
  }
})
