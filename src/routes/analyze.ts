import { Hono } from 'hono'
import type { AppEnv } from '../env'
import { jsonBody } from '../http/json-body'
import { analyze } from '../nlp/analyze'
import { AnalyzeRequest, AnalyzeResponse } from '../schemas/analyze'

export const analyzeRoute = new Hono<AppEnv>().post('/', async (c) => {
  const req = await jsonBody(c, AnalyzeRequest, { sizeLimitedPaths: ['text'] })
  return c.json(AnalyzeResponse.parse(await analyze(c.env.ASSETS, req)))
})
