// Deterministic varied Japanese for the identity gate: unknown words, numbers, symbols, emoji, widths, long lines.
const SENTENCES = [
  '東京都千代田区丸の内一丁目９番２号 グラントウキョウサウスタワー１２階',
  '〒530-0001 大阪府大阪市北区梅田3-1-3 ルクア大阪 5F',
  '北海道札幌市中央区北1条西2丁目 札幌時計台前ビル',
  '今日は朝から雨が降っていたので、傘を持って出かけました。',
  '明日の会議は午後３時からに変更になりました。資料の準備をお願いします。',
  'すもももももももものうち',
  '彼女は東京大学で機械学習を研究している。',
  'このスマートフォンはバッテリーの持ちが良く、カメラの性能も申し分ない。',
  'ワイヤレスイヤホンのノイズキャンセリング機能がすごい！',
  'お問い合わせ番号：250-1234567-7654321（注文日：2024年12月24日）',
  '注文番号 503-9876543-2109876 の件でご連絡しました',
  'ご注文の商品（ＳＫＵ：ABC-12345-XL）は明日発送予定です。',
  '価格は￥12,800（税込）です。送料は全国一律550円となります。',
  '気温は-3.5℃、湿度は45%でした。',
  '1/2カップの牛乳と大さじ3の砂糖を混ぜる。',
  '平成31年4月30日から令和元年5月1日へ。',
  'ｷｬﾝｾﾙ ﾍﾝﾋﾟﾝ ｼﾞｭｳｼｮﾍﾝｺｳ ｵﾈｶﾞｲｼﾏｽ',
  'ＣＡＮＣＥＬ ＰＬＥＡＳＥ １２３４５',
  'メールアドレスは taro.yamada+shop@example.co.jp です',
  'https://www.amazon.co.jp/gp/css/order-history?ref_=nav_orders_first を見てください',
  '😀😃😄 ありがとうございます🙏✨ 👨‍👩‍👧‍👦 🇯🇵 👍🏽',
  '𠮷野家で𩸽を食べた。',
  '①②③④⑤ ⅠⅡⅢ ㈱ ㍻ ㌔ ㎞',
  '※注意：【重要】「至急」『確認』〜〜〜…‥・♪★☆◎○●◇◆□■△▲▽▼→←↑↓',
  'ファーストクラスのラウンジでシャンパンを飲みながらラップトップでプレゼンテーションを作成した',
  'アンチエイジングクリームとヒアルロン酸配合のモイスチャライジングローション',
  'Ｗｉ－Ｆｉ接続が不安定で、Bluetoothもペアリングできません。',
  'iPhone15ProMaxの256GBモデル（ナチュラルチタニウム）',
  'ΑΒΓΔ αβγδ ПРИВЕТ привет 안녕하세요 مرحبا שלום',
  'café naïve résumé Ångström façade',
  'かな漢字変換の精度が向上した。',
  'ぁぃぅぇぉゃゅょっゎ ァィゥェォャュョッヮヵヶ ゔ ヴ ヷ',
  'ーーー！！！？？？　　　',
  '\t\tタブ区切り\tのテキスト\t',
  '改行を\n含む\r\nテキスト\nです',
  '全角スペース　と半角スペース と\u00a0ノーブレークスペース',
  'ｱｲｳｴｵ ｶﾞｷﾞｸﾞｹﾞｺﾞ ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ ｰ ｯ',
  '０１２３４５６７８９ 0123456789 〇一二三四五六七八九十百千万億兆',
  '三千五百二十一円 ３５２１円 3,521円 3521.00円',
  'ＡＢＣｄｅｆ ABCdef ａｂｃ',
  '吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。',
  '国境の長いトンネルを抜けると雪国であった。夜の底が白くなった。',
  '行った 行って 行かない 行こう 行けば 行け 行きます',
  '美しかった 美しくない 美しければ 美しさ',
  '勉強させられたくなかったらしい',
  'そうなんだよねー、まじでやばいっしょ笑',
  'おっけー！りょ！あざまる〜',
  'ｗｗｗｗ ww 草生える (笑) (^_^;) m(_ _)m ＼(^o^)／',
  '株式会社メルカリ、ＬＩＮＥヤフー株式会社、ソフトバンクグループ',
  '山田太郎様、佐藤花子様、鈴木一郎様',
  '第2四半期の営業利益は前年同期比12.3%増の4,567億円だった。',
  '新型コロナウイルス感染症の影響で、イベントは中止となりました。',
  'ヽ(・∀・)ﾉ　(´・ω・`)　(｀・ω・´)ゞ',
  '電話番号：03-1234-5678 / 090-1234-5678 / +81-90-1234-5678',
  '郵便番号〒100-8111、東京都千代田区千代田1-1',
  '沖縄県那覇市おもろまち４丁目１８－２８',
  'クレジットカード（ＶＩＳＡ末尾1234）で支払いました',
  '配送業者はヤマト運輸（伝票番号：1234-5678-9012）です。',
  '商品名：【2個セット】ステンレス製 保温 マグカップ 350ml ブラック',
  'サイズ表記：S/M/L/XL/XXL、カラー：ネイビー×ホワイト',
  'A4サイズのコピー用紙500枚×5冊',
  'ÀÉÎÕÜ àéîõü ß œ æ',
  '\u0001制御文字\u007f',
  '結合文字：か\u3099 は\u309a e\u0301',
  '異体字セレクタ：葛\u{E0100}城市',
  '孤立した下位サロゲート\udc00を含む',
  'ＵＲＬ：ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ',
]
const KANA = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんがぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ'
const KATA = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポァィゥェォャュョッー'
const KANJI = '日本語注文商品発送返品交換住所変更取消確認連絡対応予定届到着配達支払金額円個点様方店舗購入希望問題不良破損傷汚色柄形状大小長短高低新旧'
const SYMBOLS = '、。，．・：；？！゛゜´｀¨＾￣＿ヽヾゝゞ〃仝々〆〇ー―‐／＼～∥｜…‥‘’“”（）〔〕［］｛｝〈〉《》「」『』【】＋－±×÷＝≠＜＞≦≧∞∴♂♀°′″℃￥＄￠￡％＃＆＊＠§☆★○●◎◇◆□■△▲▽▼※〒→←↑↓〓'
const EMOJI = ['😊', '🙇‍♀️', '📦', '🚚', '❤️', '💦', '🎁', '✅', '❌', '⚠️', '🆗', '🔥', '😭', '🤔', '👏🏻']
const WORDS = ['キャンセル', '返品', '住所変更', 'ノートパソコン', 'スニーカー', 'ダウンジャケット', 'プライム', 'マーケットプレイス', 'ギフトラッピング', 'クーポン', 'ポイント', 'レビュー', 'サポート', 'カスタマー', 'デリバリー', 'コンビニ受取', '置き配', '宅配ボックス', '再配達', '領収書']

// Mulberry32: a small seeded PRNG so the corpus is the same on every run.
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function generalJapanese(count: number, seedTexts: string[], seed = 20261122): string[] {
  const rnd = prng(seed)
  const int = (n: number) => Math.floor(rnd() * n)
  const pick = <T>(xs: readonly T[] | string): T => xs[int(xs.length)] as T
  const chars = (src: string, n: number) => Array.from({ length: n }, () => pick<string>(src)).join('')
  const number = () => {
    const v = String(int(10 ** (1 + int(8))))
    const forms = [v, Number(v).toLocaleString('en-US'), v.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))), `${v}.${int(100)}`, `-${v}`]
    return pick(forms)
  }
  const orderId = () => `${100 + int(900)}-${String(int(1e7)).padStart(7, '0')}-${String(int(1e7)).padStart(7, '0')}`
  const fragment = (): string => {
    switch (int(12)) {
      case 0: return pick(SENTENCES)
      case 1: return pick(seedTexts)
      case 2: { const s = Array.from(pick(seedTexts)); const a = int(s.length); return s.slice(a, a + 1 + int(40)).join('') } // whole code points
      case 3: return number() + pick(['円', '個', '点', '件', 'mm', 'kg', '％', '', '年', '月', '日'])
      case 4: return orderId()
      case 5: return pick(EMOJI) + (rnd() < 0.5 ? pick(EMOJI) : '')
      case 6: return chars(KATA, 2 + int(10)) // unknown katakana loanwords
      case 7: return chars(KANA, 1 + int(8))
      case 8: return chars(KANJI, 1 + int(6))
      case 9: return chars(SYMBOLS, 1 + int(4))
      case 10: return pick(WORDS) + pick(['を', 'が', 'は', 'の', 'に', 'で', 'したい', 'してください', 'できますか', ''])
      default: return String.fromCharCode(0x21 + int(0x5e)).repeat(1 + int(3))
    }
  }
  const out: string[] = [...SENTENCES]
  while (out.length < count) {
    const parts = Array.from({ length: 1 + int(6) }, fragment)
    let s = parts.join(pick(['', '', ' ', '　', '、', '。', '\n', '！']))
    if (int(40) === 0) s = Array.from({ length: 20 + int(30) }, fragment).join('') // long line, few sentence breaks
    out.push(s)
  }
  return out
}
