import { env as bindings } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import type { Env } from '../src/env'
import { analyzeByRules } from '../src/nlp/analyze'
import { AnalyzeResponse, type IntentType } from '../src/schemas/analyze'
import { postJson } from './support/worker'

// The hard cases named in issue 2 §4, through POST /api/analyze, each with why it is hard.
const analyze = async (text: string) => {
  const res = await postJson('/api/analyze', { text })
  expect(res.status).toBe(200)
  const body = AnalyzeResponse.parse(await res.json())
  for (const i of [...body.intents, ...body.negated]) {
    for (const e of i.evidence) expect(text.slice(e.start, e.end)).toBe(e.text) // offsets index the text as sent
  }
  return body
}
const types = (list: { type: IntentType }[]) => list.map((i) => i.type).sort()
const byRules = (text: string) => analyzeByRules((bindings as unknown as Env).ASSETS, { text })
const expectRead = (body: { intents: { type: IntentType }[]; negated: { type: IntentType }[] }, intents: IntentType[], negated: IntentType[]) => {
  expect(types(body.intents)).toEqual([...intents].sort())
  expect(types(body.negated)).toEqual([...negated].sort())
}

type Case = [text: string, intents: IntentType[], negated: IntentType[], why: string]
const cases: Case[] = [
  ['キャンセルしないでください', [], ['cancel'], 'negation after the keyword'],
  ['返品は考えていません', [], ['return'], 'negated intention (考える + ません)'],
  ['キャンセルは取り消して発送して', [], ['cancel'], 'retraction: 取り消す is itself a cancel word'],
  ['なぜキャンセルされたのですか', [], ['cancel'], 'passive: someone else cancelled'],
  ['先週キャンセルした注文の返金がまだです', [], ['cancel'], 'refund of a cancelled order is not a return'],
  ['発送前ならキャンセルしたい', ['cancel'], [], 'a conditional still asks to cancel'],
  ['ソックスを3色注文しましたが、ピンクだけ取り消せますか？', ['cancel'], [], 'the potential form 取り消せる asks to cancel'],
  ['Can I change the quantity from 5 to 3?', ['cancel'], [], 'a smaller quantity is a partial cancellation'],
  ['前の注文はキャンセルしてもらったので、注文し直しました。今度の注文はちゃんと発送お願いします。', [], ['cancel'], '今度の注文 is the order just placed'],
  ['キャンセルできますか', ['cancel'], [], 'a question about cancelling counts'],
  ['間違えて注文しました', ['cancel'], [], 'no keyword: a mistaken order'],
  ['二重注文になってしまいました', ['cancel'], [], 'no keyword: a duplicate order'],
  ['急に不要になりました', ['cancel'], [], 'no keyword: no longer needed (past tense is the situation)'],
  ['1個減らしてください', ['cancel'], [], 'no keyword: a partial cancellation'],
  ['発送を止めてください', ['cancel'], [], 'no keyword: stop the shipment'],
  ['取り消したいです', ['cancel'], [], 'base form 取り消す from 取り消し'],
  ['ｷｬﾝｾﾙしたいです', ['cancel'], [], 'half-width kana folded by NFKC'],
  ['きゃんせるおねがいします', ['cancel'], [], 'hiragana spelling respelled'],
  ['配達日時を変更したいです', [], [], 'a delivery date is not an address'],
  ['まだ買ってないんだけど、届いてから色違いに交換ってできる？', [], [], 'not bought yet: a question before buying, which the model may not turn into a return'],
  ['さっき取り消しをお願いしましたが、あれはナシで！普通に発送してください', [], ['cancel'], '普通に発送して takes the earlier cancellation back'],
  ['The payment screen froze and two orders went through. Please keep one and cancel the other one.', ['cancel'], [], '"the other one" is the duplicate, not an earlier order'],
  ["Earlier I said we didn't need the second stool. Turns out we do, so please send both after all.", [], ['cancel'], 'send both after all takes the earlier "not needed" back'],
  ['マグカップだけ取り消してください。ほかの2つは取り消さないで、そのまま送ってください', ['cancel'], [], 'the "not" is for the other items of a partial cancel'],
  ["It's only a small scuff, so we'll keep the lamp. No need for the return label.", [], ['return'], 'no need for the return label declines the return'],
  ['Please cancel the expedited shipping upgrade, regular delivery is fine.', [], ['cancel'], 'a paid extra is cancelled, not the order'],
  ['支払い方法をクレジットカードに変更したいです', [], [], 'payment is not an address'],
  ['領収書の宛名を会社名に変更してください', [], [], 'a receipt addressee is not the recipient'],
  ['お届け先の住所を変更したいです', ['address_change'], [], 'the plain address change'],
  ['please do NOT cancel my order', [], ['cancel'], 'English negation before the verb'],
  ['I cancelled my other order with another seller', [], ['cancel'], 'a past cancellation, another order'],
  ['no longer need it', ['cancel'], [], 'no keyword, English'],
  ["please don't ship it", ['cancel'], [], 'please don\'t ship = cancel'],
  ['why was it cancelled?', [], ['cancel'], 'passive, someone else'],
  ['can i cancle this? ordered by mistake', ['cancel'], [], 'typo folded by the spelling table'],
  ['ＣＡＮＣＥＬ ＰＬＥＡＳＥ', ['cancel'], [], 'full-width Latin'],
  ['the adress is wrong, it should be 12 Oak St', ['address_change'], [], 'typo in the address noun'],
  ['refnd please, it arrived broken', ['return'], [], 'typo in refund'],
  ['キャンセルも返品もしません。質問だけです', [], ['cancel', 'return'], 'one negation covers coordinated mentions (も…も)'],
  ["I didn't cancel or return anything", [], ['cancel', 'return'], 'one "not" covers "cancel or return"'],
  ['キャンセルしたいのですが、まだ届いていません', ['cancel'], [], 'the negation in the next clause does not reach back'],
  ['キャンセルはしたくありません。住所だけ変更してください', ['address_change'], ['cancel'], 'したくありません beats the たい request form'],
  ['Never mind my cancellation request, please ship it.', [], ['cancel'], 'a retraction that comes first'],
  ['> 2026/11/18 09:30 ショップ担当:\n> 在庫切れのため本注文をキャンセルさせていただきました。\n\n了解しました。入荷したら教えてください。', [], ['cancel'],
    'a quoted line ("> …") is the seller speaking, not a request from the buyer'],
  ['＞ ご注文ありがとうございます。キャンセルはマイページから可能です。\nやっぱりキャンセルしたいです', ['cancel'], [],
    "the buyer's own line under a quote (full-width ＞) still decides"],
  ['キャンセルをお願いします。\n\n> 2026/11/20 10:15 ショップ:\n> キャンセルの依頼は取り消しました。', ['cancel'], [],
    'a take-back inside the quoted older message does not retract the new request'],
  ['> 返品は未開封に限ります\n不要になったので止めてほしいです', ['cancel'], ['return'],
    "a return the seller quoted does not turn the buyer's 不要になった into a return"],
  ['---------- Forwarded message ---------\nFrom: Amazon.com\nSubject: Your order has been placed\nKettlebell 35 lb (Qty: 2)\n\n^ I only wanted one of these. Please cancel the second one.',
    ['cancel'], [], 'a forward with nothing above it: the buyer writes below the forwarded text'],
  ['Please cancel it, sorry.\n\n-----Original Message-----\nFrom: me\nI want to return the lamp.', ['cancel'], ['return'],
    'a separator under the new text: everything below it is the earlier message'],
  ['キャンセル依頼ってどこから出すんですか？', ['cancel'], [], 'the spoken の (出すんですか) is not the negative ん (出しません)'],
  ['キャンセルできますか？無理ならそのまま受け取ります', ['cancel'], [], 'the same fallback after a cancel question leaves the request standing'],
  ["Please cancel only the 3m cable and keep the rest. Don't cancel everything, I need the charger urgently.", ['cancel'], [],
    '"don\'t cancel everything" is the scope of a partial cancellation, not a "please don\'t cancel"'],
  ['Return it? No, I love the blanket, just asking what the care label means.', [], ['return'], 'the buyer answers their own question'],
  ["Could you slip a gift receipt in? If the size is wrong I'd like him to be able to swap them.", [], [],
    "the recipient's option to swap later is not a request"],
  ['娘は「そんなに待つならキャンセルして他で買えば」と申すのですが、私は待ちます', [], ['cancel'],
    "a relative's advice the buyer sets aside (申す is the humble 言う)"],
  ['4412のほうは、キャンセルせずそのまま送ってください。\n4413の方は昨日、注文履歴からキャンセル依頼を出してあります。', [], ['cancel'],
    'done already (〜てある), and the other order ships'],
  ['変品したいです。イメージとちがいました', ['return'], [], 'an IME slip (変品 for 返品) is respelled'],
  ['定期便のお米、今月の分だけお休みしたいです。来月からはまた普通に送ってください', ['cancel'], [],
    'one subscription delivery skipped (お休みし is a verb to kuromoji)'],
  ['こちらからキャンセルをお願いした覚えはありません。必要な物品ですので、キャンセルされていない方がありがたいです。', [], ['cancel'],
    'the buyer never asked, and wants the order kept'],
  ["Plans changed, the camping trip is off, so I won't be needing the tent. Not shipped yet I hope?", ['cancel'], [],
    'no keyword: the thing ordered will not be needed'],
  ['Could you put ATTN: Receiving - Dock 4 on the label? Same address.', ['address_change'], [], 'a recipient line added'],
  ['キャンセル', ['cancel'], [], 'one word is enough: the model does not withdraw a cancel it is itself certain of'],
  ['cancel', ['cancel'], [], 'one word is enough, English'],
  ['キャンセルはしなくていいです。サイズだけMからLに変えられますか？', [], ['cancel'],
    'a size change asks for a cancel only implicitly: the explicit "no need to cancel" outweighs it'],
  ["I don't want to cancel. Can I just switch it to the blue one?", [], ['cancel'], 'the same in English'],
  ['入荷が来月になるなら、今回はご縁がなかったということでお願いします', ['cancel'], [], 'the set phrase for calling a purchase off'],
  ['領収書の住所は事務所にしてほしいです。荷物の送り先は実家のままで大丈夫です。', [], ['address_change'],
    'a receipt address changes, the delivery address stays'],
  ['Can you drop it at the UPS Store on Elm St instead? Porch theft is bad here.', ['address_change'], [], 'a pickup point as the new destination'],
  ['Will the parcel wait at the depot until my return from Spain?', [], [], '"my return" is the buyer coming back'],
  ['キャンセルの件ですが、取り消しでお願いします。やはり使うことになりました', [], ['cancel'],
    'the matter of the cancellation is what is withdrawn'],
  ['定期おトク便は来月でやめようと思います。解約はアプリからできますか？', [], [],
    '解約 ends a subscription, not the order'],
  ['2個頼んだのは間違いじゃないです。両方送ってください', [], ['cancel'], 'the count ordered is meant'],
  ['Our system sent you a cancellation by mistake. Please ignore it and proceed with shipping as normal.', [], ['cancel'],
    'a cancellation sent in error, and the order goes ahead'],
  ['Please cancel the lamp; the rug should proceed as planned.', ['cancel'], [], 'the other named part goes ahead'],
  ['My bad, ordered 5 instead of 2. Can you drop it to 2?', ['cancel'], [], 'the count ordered was a slip'],
  ['The label says 4410 Pine Rd but I meant 4401 Pine Rd. Not shipped yet.', ['address_change'], [], 'the house number corrected'],
  ['Can I exchange the address on my order? its going to my old house', ['address_change'], [],
    'a learner\'s "exchange" with the address as its object changes the address, not the item'],
  ['まちがえてぽちった　この注文とめてください', ['cancel'], [], 'とめて in kana is 止めて: stop the order'],
  ["For future reference, what's your return window on sale items? I'm eyeing the matching scarf.", [], [],
    'a question for a later order asks nothing of this one'],
  ['Could you send 2 less of the mugs? Six is plenty for us.', ['cancel'], [], 'fewer than ordered, said as a difference'],
  ['定期便の今月分は今回はいりません。来月からはまたお願いします', ['cancel'], [], 'one delivery of a subscription not wanted'],
  ["The hinge is stiff but I'd rather oil it than return it.", [], ['return'], 'the thing after "than" is not wanted'],
  ['You guys sent the 2m cable. I ordered the 3m one.', ['return'], [], 'what was sent against what was ordered, no request word'],
  ["Please don't just cancel the whole order, I still want the lamp.", [], ['cancel'], '"do not simply" is still a not'],
  ['ポイント利用を取り消して、全額カード払いにしてもらえますか', [], [], 'undoing the points is a payment change, not a cancel'],
  ['キャンセルの件、やっぱり買います。取り消しの方を取り消してください', [], ['cancel'], 'cancelling the cancellation (の方を) takes it back'],
  ['他で買えたので、この注文はなしでお願いします', ['cancel'], [], 'kuromoji reads はなし as one word (話); 注文はなし still calls it off'],
  ['まだ送ってへんかったら止めといてもらえます？', ['cancel'], [], 'dialect: 止めといて (止めておいて) after a conditional'],
  ['住所じゃなくて電話番号が違ってました', [], ['address_change'], 'the address is named only to say it was not what was wrong'],
  ["I know a refund is off the table now, but could you tell me who repairs these?", [], ['return'], 'a refund ruled out by the buyer'],
  ["Ordered two by mistake last time. This time it's on purpose, I do want both.", [], ['cancel'], 'an earlier double order; this one is kept'],
  ['Can we skip just the December delivery of the paper towels? January onwards should continue as normal.', ['cancel'], [],
    'the part that goes ahead as normal, beside a skipped delivery, is not a take-back'],
  ['名入れなしに変えられますか？できないならそのまま送ってください', [], ['cancel'],
    'the fallback of another wish ("if not, send it as is") says the order goes ahead: nothing may add a cancel'],
  ['I went to cancel in the app but changed my mind before I hit submit. Can you confirm the order is still active?', [], ['cancel'],
    '"but changed my mind" sits in the next clause and still takes the cancel back'],
  ['> 申し訳ございません、ご注文のカラーが欠品しております。\n> ①他のカラーへの変更 ②ご注文のキャンセル\n> いずれかご指示ください。\n\n②で。', ['cancel'], [],
    'the options are on one quoted line; the reply picks the second'],
  ['> 1. ご注文をキャンセルし全額返金\n> 2. 在庫入荷（約3週間後）までお待ちいただく\n> のいずれかをお選びください。\n\n2でお願いします。待ちます。', [], ['cancel'],
    '「2でお願いします」 picks option 2 (waiting); a bare number is no count of items'],
  ['昨日「返金してほしい」と書きましたが撤回させてください。ちゃんと動いてます。', [], ['cancel', 'return'],
    'the take-back names no intent of its own: it withdraws whatever was quoted (and reads as a taken-back cancel too)'],
  ["I asked you to cancel the garden hose an hour ago. Can I take that back? I need it after all.", [], ['cancel'],
    '"take that back" withdraws the request (take it back stays a return)'],
  ['住所の番地まちがえたまま注文しちゃいました💦 直せないならいったんキャンセルして注文しなおします', ['address_change', 'cancel'], [],
    'the cancel is only the second choice (直せないなら), so the correction still stands'],
  ["I'm wondering if it's too late to stop the heater from coming? If it's already in transit I'll just keep it.", ['cancel'], [],
    '"if it\'s too late to" asks; keeping it is the fallback'],
  ['Everything arrived in the end, no need to send anything else or refund anything.', [], ['return'],
    'the "no need to" reaches across "or" to the refund'],
  ["They're for different things and both intentional, so please don't merge or cancel either one.", [], ['cancel'],
    'the "not" reaches across "or" to the cancel'],
  ['二重注文になっているようです。先に注文したほうだけ残してください。', ['cancel'], [],
    'a duplicate found (になっているよう) is no cancellation that happened to the order'],
  ['家族会議の結果、今回の購入は見送ることになりました…😢', ['cancel'], [], 'ことになりました is a decision, not something that happened'],
  ["Good morning, I wonder whether it might be too late to cancel my order for the rug? I ordered it late last night.", ['cancel'], [],
    '"whether it might be too late to" asks'],
  ['注文する前に確認すればよかったのですが、うっかりしておりました。発送前でしたら、この注文はなかったことにしていただけますか。', ['cancel'], [],
    'regret about checking before ordering is no question before buying'],
  ['注文前に質問です。開封後でも返品はできますか？', [], [], 'a return question before buying asks nothing of an order'],
  ['先日キャンセルをお願いしたのですが、キャンセルではなく配送を来週にずらしてもらうことは可能ですか？', [], ['cancel'],
    'an earlier request reported, then "not a cancellation but"'],
  ['夫が間違えて注文をキャンセルしてしまったので、もう一度注文し直しました。今度の注文はちゃんと届けてください。', [], [], '間違えて belongs to the cancelling, not the ordering'],
  ['もう発送済みなのは分かっているのですが、受け取り拒否をすればキャンセル扱いになりますか？', ['cancel'], [],
    'refusing the parcel to cancel asks how to cancel (になりますか is no worry here)'],
  ['以前二重注文してしまった件は、片方キャンセル済みです。今回は別件で、残った方の注文の領収書を発行していただきたいです。', [], ['cancel'],
    'a duplicate already dealt with'],
  ['Please cancel my subscribe and save order for the Cheerios, the one coming on the 14th.', ['cancel'], [],
    'one Subscribe & Save order, not the subscription'],
  ['yo did my pre order actually go through or did it get cancelled? havent gotten any email', [], ['cancel'],
    '"did it get cancelled" asks what happened'],
  ['Nintendo Switch『スプラトゥーン3』を注文しましたが、やはりダウンロード版で買うことにしました。まだ出荷前でしたら止めていただけますか。', ['cancel'], [],
    'やはり…版で買う is buying another way, no take-back of the cancel'],
  ['キャンセル済みのはずの注文が、まだ「出荷準備中」と表示されています', ['cancel'], [],
    'a cancellation that has not taken while the order is still going out: the cancel is still wanted'],
  ['届いたパーカーが別の商品（トレーナー）でした。', ['return'], [], 'what arrived was a different item, named in brackets'],
  ['If I order the lamp today, could it be shipped to my office instead of home?', [], [], 'an address asked about before ordering'],
  ['The mirror in the set arrived cracked. Everything else is fine.', ['return'], [], '"everything else is fine" speaks of the other things'],
  ['I never requested a refund, why did I get this email?', [], ['return'], '"never requested" denies having asked'],
  ['「キャンセルできますか」って聞こうと思ったけど、やめときます。このまま送ってください', [], ['cancel'],
    'a question only thought of, then not asked (やめときます drops the asking, not the order)'],
  ['パーティーに間に合わないならキャンセル、間に合うならそのまま送ってください', ['cancel'], [],
    '間に合うなら is the condition of a request, not "too late"'],
  ['住所を変えたかったんですが、もう変更できないと言われたので、キャンセルして注文し直します', ['cancel'], ['address_change'],
    'a wish the buyer was told cannot be met; the cancel is the request'],
  ['Can a business order with a purchase order number still be cancelled once our manager has approved it?', ['cancel'], [],
    'a long subject before "be cancelled" still asks'],
  ['My card was declined, I updated it. Can you retry the payment so the order does not get cancelled?', [], [],
    'a worry about losing the order is no cancel'],
  ['Please fix the house number on my order, it is 1152 not 1125. No need to cancel anything.', ['address_change'], ['cancel'],
    '"no need to cancel" speaks of the cancel, not the address'],
  ["Please don't send anything on order 114-2290318-6648201, the office has closed for good.", ['cancel'], [],
    '"on order …" is no day of delivery'],
  ["It won't pair with my hub. Returning it would be a hassle, so any tips?", [], ['return'], 'the cost of a return weighed, not asked for'],
  ['ボールペンを50本注文しましたが、参加者が確定したので40本に訂正させてください', ['cancel'], [], 'a smaller count 訂正 (corrected) is a partial cancel'],
  ['先月10箱で注文したコピー用紙ですが、倉庫が狭いので6箱に減らしてもらえますか', ['cancel'], [],
    '先月 says when it was ordered; the reduction is asked now'],
  ['電気ポットのふたが割れてしまいました。交換用のふただけ購入できますか？', [], [], 'a spare part to buy, no remedy for the order'],
  ['返品をお願いしていた椅子ですが、やっぱり返品はやめます。手続きを取り消していただけますか', [], ['return'],
    'the procedure undone is the return\'s, not the order'],
  ['定期おトク便は解約します。今後は送らなくて大丈夫です', [], ['cancel'], 'a subscription ended from now on cancels no order'],
  ['定期便の一時停止と解約って何が違うんですか？', [], [], 'two terms compared, nothing asked'],
  ['届け先のアパート名、「ハイツ桜」じゃなくて「ハイツ櫻」でした。直していただけますか', ['address_change'], [],
    'a quoted wrong form of the building name, then the right one'],
  ['さきほど番地を5-12と書きましたが、正しくは5-21です', ['address_change'], [], 'what the buyer wrote, then 正しくは'],
  ['お届け先の名前が旧姓のままでした。「森 彩」を「林 彩」に直してください。住所はそのままで大丈夫です。', ['address_change'], [],
    'the rest of the address stays; the name still changes'],
  ['I need a replacement filter for the air purifier I got from you last spring. Which part number should I order?', [], [],
    'a spare part the buyer will buy'],
  ["We're moving on the 3rd, please deliver to 22 Oak St instead. Please don't ship it to our old house.", ['address_change'], [],
    '"don\'t ship it to our old house" says where, not whether'],
  ["Which button skips a delivery? I'm worried about clicking the wrong one.", [], [], 'a mis-click feared is no wrong delivery'],
  ['3/2に注文した財布、まだ届きません😢 お店の方でキャンセル扱いとかになってないですよね?', [], ['cancel'],
    'a date (3/2) is no order placed twice, and the worry that the seller cancelled it is no wish to cancel'],
  ['会議用のお茶を24本×2ケース頼みましたが、参加者が増えたので3ケースにしたいです。追加分は別注文にした方がいいですか？', [], [],
    'a pack count (×2) is no order placed twice, and more is no cancel'],
  ['先日まとめて注文した保健室用品のうち、冷却シートだけ不要になりました。他の消毒液や包帯などはそのまま送ってください。', ['cancel'], [],
    'the other items, listed, ship as planned: the one named is still cancelled'],
  ['妻が同じソフトを買っていました。届いてから返品するのも申し訳ないので、出荷前に止めていただけますか。', ['cancel'], ['return'],
    'a return after delivery is the alternative turned down'],
  ['キャンセルしたつもりが、まだ注文が生きてるっぽいです。キャンセル届いてますか?', ['cancel'], [],
    'the buyer thought it was cancelled and it was not'],
  ['先週キャンセルをお願いしたのですが、まだ注文が有効のままです。ちゃんと受け付けられていますか？', ['cancel'], [],
    'an order still valid after a cancellation asked for is a complaint, not "keep it"'],
  ["We tried to cancel part of the order, but it only let us cancel everything, so we left it alone. Turns out we'll use all 40 chairs after all.",
    [], ['cancel'], '"we\'ll use all 40 chairs after all" takes the cancel back'],
  ["I bought it at full price and now it's 30% off. Any way to get a price adjustment without having to return it?", [], ['return'],
    '"without having to return it" declines the return'],
  ['Could you write ATTN: Pharmacy on the box? Same address as the order, nothing to change there.', [], ['address_change'],
    '"nothing to change there" keeps the address'],
  ['The locker code expired before I got there. Can you resend them to my home address instead of the locker?', ['address_change'], [],
    'a different destination named with "instead of"'],
  ["Why did I get a $4.99 refund?? I didn't return anything.", [], ['return'], 'asks about money already received, not for a refund'],
  ['Don\'t cancel please! 届くのが遅れても大丈夫なので待っています。', [], ['cancel'], 'an English "don\'t cancel" in a Japanese message'],
  ['kyanseru onegaishimasu. order 114-2231109-0092211', ['cancel'], [], 'kyanseru is cancel written in romaji'],
  ['Koukan dekimasu ka? The shirt is M but I need L.', ['return'], [], 'koukan is an exchange written in romaji'],
  ['How do I get my money back? I already cancelled it. 注文はキャンセル済みです。', [], ['cancel'], 'キャンセル済み: the cancel already happened'],
  ['部屋番号typoでした。502→520でお願いします', ['address_change'], [], 'a typo in the room number, named in the past tense, is still to correct'],
  ['You sent me the 2-cycle oil and I ordered the bar oil.', ['return'], [], 'what came set against what was ordered is a wrong item'],
  ["Why did you send me a return label? I didn't ask for one, the drill works fine.", [], [], 'asks about a label that came, not for a return'],
  ['Can you skip just the next delivery, the one scheduled for the 8th? Keep the subscription after that.', ['cancel'], [],
    '"the one scheduled for the 8th" names the delivery to skip; it is no "as scheduled"'],
  ['2点まとめて注文したのですが、まだ1点しか届いていません。キャンセルにはなっていませんよね？', [], ['cancel'],
    'two items bought together are no double order, and the cancel is a worry'],
  ['気が変わったので、届いてから返品するのも悪いので、発送前に止めてください', ['cancel'], ['return'], 'a return after delivery turned down as 悪い'],
]

// The rules alone, where the model happens to drop what they used to read wrong (so the full analyzer cannot show it).
const rulesOnly: Case[] = [
  ['2週間前に注文したマスクの領収書はどこから出せますか？', [], [], 'a length of time (2週間) is no order placed twice'],
  ['2時ごろ注文したマスク、領収書の宛名を会社名にできますか？', [], [], 'a clock time (2時) is no order placed twice'],
  ['リターンしたいです。思ったより重くて毎日は持ち歩けないので', ['return'], [], 'リターン is a return'],
  ['エクスチェンジできますか？色違いがほしいです', ['return'], [], 'エクスチェンジ is an exchange'],
  ['定期便、今月はskipでお願いします', ['cancel'], [], 'skip is a skipped delivery, as スキップ'],
  ['Prime会員をcancelしたいのですが、こちらで手続きできますか？', [], [], 'a membership cancelled is not this order'],
  ['メールaddressを変更したいのですが、どこでできますか？', [], [], 'an e-mail address is not the delivery address'],
  ['商品ページの「返品について」のリンクが開けません', [], [], 'the title of a page is no return'],
  ['追跡を見たら会社に届いてるみたいです。受け取りに行きます', [], [], 'where the parcel is now is no new destination'],
  ['The email says a refund of $12.50 was issued, but I never sent anything back. I still have the kettle.', [], ['return'],
    'a refund the buyer did not expect: "I never sent anything back"'],
  ['Please wrap it well. The last vase I bought from another shop came in pieces.', [], [], 'another shop\'s item, not this order'],
  ['I ordered 6 and only 4 came in the box. Can you send the other 2?', [], [], 'a short shipment with the rest still wanted'],
  ['Thanks, the address change went through.', [], ['address_change'], 'an address change that is done'],
  ['If I want to send another one of these to my mom, can I reuse the address?', [], [], 'the buyer sending another gift is no replacement'],
  ['了解です。交換品の到着を楽しみにお待ちしています。', [], [], 'waiting for an arranged exchange asks nothing more'],
]

// Cases the rules read right and the full analyzer gets wrong, listed in README ("Detection quality"): the rules are held
// to them here, and the full analyzer is expected to fail them until a model gets them right again, when `it.fails`
// turns red and the case goes back to `cases` (「名入れなしに変えられますか？…」 did in round 19, when the model stopped
// adding an address change to it; round 21's model, with min_count 8, added one again at 0.515 against add 0.5, and
// round 23's, trained on more, stopped again). The
// return case keeps its return only while the model gives it the keep threshold: 0.15 met it in round 16; round 17
// raised Japanese keep for returns to 0.25 (dictionaries/model.yaml) and it reads 0.14. The swap in a pending order
// (round 34) loses its cancel: the model gives it 0.024 against the English cancel keep of 0.15. Swapping the wheels
// around (round 35) gets a return the rules set aside: the model reads "swap" and gives it 0.96.
const modelMisses: Case[] = [
  ['返品したいので、キャンセルはしないでください', ['return'], ['cancel'], 'two intents, each with its own cue'],
  ['hi! 2 questions: 1) can i swap the Lemon Lysol for the Lavender one in my pending order, 2) can you deliver it after 5pm?', ['cancel'], [],
    'a swap in a pending order changes the order; "deliver it after 5pm" is no "send it after all"'],
  ['How do I swap the front and back wheels around on this scooter?', [], [], 'swapping parts around on the item is no exchange'],
  ['Hello, sorry my English is not so good. I want 返金 for this order please.', ['return'], [],
    'English with 返金 for refund: the model reads the apology and "not" and gives the return 0.14 against the English keep of 0.2'],
]

describe('hard cases for the rules alone', () => {
  for (const [text, intents, negated, why] of rulesOnly) {
    it(`${why}: ${text}`, async () => {
      const body = await byRules(text)
      expectRead(body, intents, negated)
    })
  }
})

describe('hard cases the model misses', () => {
  for (const [text, intents, negated, why] of modelMisses) {
    it(`rules alone: ${why}: ${text}`, async () => {
      const body = await byRules(text)
      expectRead(body, intents, negated)
    })
    it.fails(`rules + model (known miss): ${why}: ${text}`, async () => {
      const body = await analyze(text)
      expectRead(body, intents, negated)
    })
  }
})

// English with Japanese words dropped in: the English rules read them as the English word (dictionaries/en/words.yaml),
// so the Japanese word is part of the evidence.
const mixed: Array<[...Case, word: string]> = [
  ['Please 取り消し my order, thank you.', ['cancel'], [], '取り消し for cancel', '取り消し'],
  ["Please don't キャンセル the order, my husband still wants the lamp.", [], ['cancel'], 'a Japanese keyword under an English "don\'t"', 'キャンセル'],
  ['Hi, we are moving next week. Can you change the 届け先 of my order to my new office?', ['address_change'], [], '届け先 is the delivery address', '届け先'],
  ['Hi, is 交換 possible? I would like the same jacket in a larger size instead.', ['return'], [], '交換 is an exchange', '交換'],
  ['I understand the policy, but I do not want a 返金. The item is fine, just tell me when the second one ships.', [], ['return'],
    'a refund declined in English around a Japanese word', '返金'],
  ['キャンセルしないでください, I still need this item, I am only asking about the delivery date', [], ['cancel'],
    'a Japanese negative ending after the keyword', 'キャンセルしないで'],
]

describe('English messages with Japanese words', () => {
  for (const [text, intents, negated, why, word] of mixed) {
    it(`${why}: ${text}`, async () => {
      const body = await analyze(text)
      expect(body.language).toBe('en')
      expectRead(body, intents, negated)
      expect([...body.intents, ...body.negated].flatMap((i) => i.evidence.map((e) => e.text)).join(' ')).toContain(word)
    })
  }
})

describe('hard cases from issue 2', () => {
  for (const [text, intents, negated, why] of cases) {
    it(`${why}: ${text}`, async () => {
      const body = await analyze(text)
      expectRead(body, intents, negated)
    })
  }

  it('orders intents by confidence and puts a strong request above an implicit one', async () => {
    const body = await analyze('返品したいです。あと、注文が重複していました')
    expect(body.intents.map((i) => i.confidence)).toEqual([...body.intents.map((i) => i.confidence)].sort((a, b) => b - a))
    expect(body.intents[0]!.type).toBe('return')
  })

  it('maps evidence back through NFKC length changes (ｶﾞ, ㍻) and emoji', async () => {
    const text = '㍻のｶﾞｰﾃﾞﾝ用品😢ｷｬﾝｾﾙしたいです'
    const body = await analyze(text)
    expect(body.intents[0]!.evidence[0]!.text).toContain('ｷｬﾝｾﾙ')
  })

  it('analyses a 20,000-character message quickly', async () => {
    const text = ('お世話になっております。注文した商品の件です。キャンセルしないでください。住所は合っています。').repeat(400).slice(0, 20000)
    const started = Date.now()
    const body = await analyze(text)
    expect(Date.now() - started).toBeLessThan(5000)
    expect(types(body.intents)).toEqual([])
  }, 30_000)
})
