import { Hono } from 'hono'
import { checkReply, hasErrors } from '../checker/check-reply'
import { situationOf } from '../checker/situation-of'
import type { AppEnv } from '../env'
import { jsonBody } from '../http/json-body'
import { CheckReplyRequest, CheckReplyResponse } from '../schemas/check-reply'

export const checkReplyRoute = new Hono<AppEnv>().post('/', async (c) => {
  const req = await jsonBody(c, CheckReplyRequest, { sizeLimitedPaths: ['reply', 'message'] })
  const { situation, buyerLang } = await situationOf(c.env.ASSETS, req)
  const findings = checkReply(req.reply, { situation, buyerLang, latestShipDate: req.order?.latestShipDate, lang: req.lang })
  return c.json(CheckReplyResponse.parse({ findings, ok: !hasErrors(findings) }))
})
