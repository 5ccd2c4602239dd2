import * as z from 'zod/mini'

// zod/mini keeps the bundle about 17 KB lighter than classic zod; it ships
// no English messages, so failures are described here from the raw issues.

/** An ISO timestamp parsed once into a Date; an unparseable one is rejected. */
export const timestamp = z.pipe(
  z.string(),
  z.transform((value, ctx) => {
    const date = new Date(value)
    if (Number.isNaN(date.getTime())) {
      ctx.issues.push({
        code: 'custom',
        message: `"${value}" is not a timestamp`,
        input: value,
      })
      return z.NEVER
    }
    return date
  }),
)

/** A field the reference documents but which may be absent or null. */
export function maybe<T extends z.ZodMiniType>(schema: T) {
  return z._default(z.nullable(z.optional(schema)), null)
}

export const meta = z.object({
  apiVersion: maybe(z.string()),
  requestId: maybe(z.string()),
  correlationId: maybe(z.string()),
  workspaceIdentifier: maybe(z.string()),
  timestamp: maybe(z.string()),
})

export type ResponseMeta = z.infer<typeof meta>

/** The `{ data, meta }` envelope every xPnA answer comes in. */
export function envelope<T extends z.ZodMiniType>(data: T) {
  return z.object({
    data,
    meta: z._default(z.nullable(z.optional(meta)), null),
  })
}

type Issue = {
  code: string
  path: PropertyKey[]
  message: string
  expected?: string
}

function describePath(path: PropertyKey[]) {
  if (path.length === 0) return 'the body'
  return path
    .map((part, index) =>
      typeof part === 'number'
        ? `[${part}]`
        : `${index ? '.' : ''}${String(part)}`,
    )
    .join('')
}

/** Turns zod issues into short sentences such as "data[0].entityId: expected string". */
export function describeIssues(issues: readonly Issue[]) {
  return issues.map((issue) => {
    const where = describePath(issue.path)
    if (issue.code === 'invalid_type' && issue.expected) {
      return `${where}: expected ${issue.expected}`
    }
    return `${where}: ${issue.message}`
  })
}
