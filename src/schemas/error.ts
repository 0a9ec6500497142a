import { z } from 'zod'

// The one error shape (src/errors.ts), as a schema for OpenAPI and tests.
export const ErrorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z
      .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), code: z.string().optional() }))
      .optional(),
  }),
})
export type ErrorResponse = z.infer<typeof ErrorResponse>
