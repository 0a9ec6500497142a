import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../env'
import { AnalyzeRequest, AnalyzeResponse } from '../schemas/analyze'
import { CheckReplyRequest, CheckReplyResponse } from '../schemas/check-reply'
import { DraftRequest, DraftResponse } from '../schemas/draft'
import { ErrorResponse } from '../schemas/error'

const schema = (s: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(s, { target: 'draft-2020-12', io, unrepresentable: 'any' })

const errors = {
  '400': 'Malformed JSON (malformed_json) or fields that do not match the schema (invalid_request, with issues).',
  '413': 'Body over 64 KiB (payload_too_large) or text over 20,000 characters (text_too_long).',
  '401': 'API_TOKEN is set and the request has no valid Authorization: Bearer token (unauthorized).',
  '415': 'The body is not JSON (unsupported_media_type).',
  '429': 'Too many requests from this client (rate_limited); see Retry-After.',
  '503': 'The tokenizer dictionary could not be loaded (tokenizer_unavailable); retry.',
}

// String concatenation, not a template literal: the ReDoS scan (test/node/redos.test.ts) misreads `#/…/${x}` as a regex.
const ref = (name: string) => ({ $ref: '#/components/schemas/' + name })

const errorResponses = () =>
  Object.fromEntries(
    Object.entries(errors).map(([status, description]) => [
      status,
      { description, content: { 'application/json': { schema: ref('Error') } } },
    ]),
  )

const operation = (summary: string, req: string, res: string) => ({
  summary,
  security: [{}, { bearer: [] }], // the token is required only when the deployment sets API_TOKEN
  requestBody: { required: true, content: { 'application/json': { schema: ref(req) } } },
  responses: {
    '200': { description: 'OK', content: { 'application/json': { schema: ref(res) } } },
    ...errorResponses(),
  },
})

// OpenAPI 3.1 from the same zod schemas the routes validate with, so the document cannot drift; built per request.
export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: { title: 'madoguchi', version: '0.1.0', description: "Reads an Amazon buyer's message and drafts the policy-correct reply." },
    paths: {
      '/api/analyze': { post: operation('Detect cancel / address change / return intents with evidence', 'AnalyzeRequest', 'AnalyzeResponse') },
      '/api/draft': { post: operation('Decide the seller action and draft the reply', 'DraftRequest', 'DraftResponse') },
      '/api/check-reply': { post: operation("Check a reply a person wrote against the situation the message and order imply", 'CheckReplyRequest', 'CheckReplyResponse') },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        AnalyzeRequest: schema(AnalyzeRequest, 'input'),
        AnalyzeResponse: schema(AnalyzeResponse, 'output'),
        DraftRequest: schema(DraftRequest, 'input'),
        DraftResponse: schema(DraftResponse, 'output'),
        CheckReplyRequest: schema(CheckReplyRequest, 'input'),
        CheckReplyResponse: schema(CheckReplyResponse, 'output'),
        Error: schema(ErrorResponse, 'output'),
      },
    },
  }
}

export const openApiRoute = new Hono<AppEnv>().get('/', (c) => c.json(openApiDocument()))
