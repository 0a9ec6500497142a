import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../env'
import { validate } from '../http/json-body'
import { requireAdmin } from '../http/admin-auth'
import { DeliveryListResponse, DeliveryStatus } from '../schemas/webhooks'
import { listDeliveries } from '../webhooks/deliveries'

const DeliveryQuery = z.object({
  status: DeliveryStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
})

// Recent webhook deliveries, newest first (GET /api/deliveries?status=failed&limit=20), for operators only.
export const deliveriesRoute = new Hono<AppEnv>().use(requireAdmin).get('/', async (c) => {
  const q = validate(DeliveryQuery, c.req.query())
  return c.json(DeliveryListResponse.parse({ deliveries: await listDeliveries(c.env.DB, q) }))
})
