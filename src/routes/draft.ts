import { Hono } from 'hono'
import type { AppEnv } from '../env'
import { jsonBody } from '../http/json-body'
import { draftReply } from '../reply/draft-reply'
import { DraftRequest, DraftResponse } from '../schemas/draft'

export const draftRoute = new Hono<AppEnv>().post('/', async (c) => {
  const req = await jsonBody(c, DraftRequest, { sizeLimitedPaths: ['message'] })
  return c.json(DraftResponse.parse(await draftReply(c.env.ASSETS, req)))
})
