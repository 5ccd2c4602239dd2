import type { IncomingMessage, ServerResponse } from 'node:http'

export type HeaderMap = Record<string, string>

export function writeJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: HeaderMap = {},
) {
  const text = JSON.stringify(body)

  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  })
  res.end(text)
}

export type BodyResult =
  { ok: true; text: string } | { ok: false; reason: 'too_large' }

/**
 * Reads a request body as UTF-8, giving up once it passes `limitBytes`.
 * Rejects when the client aborts mid-body. After `too_large` the rest of the
 * body is drained unread; answer with `connection: close` so it stops soon.
 */
export function readBody(
  req: IncomingMessage,
  limitBytes: number,
): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'])

  // A declared length over the limit is refused before a byte is read.
  if (declared > limitBytes) {
    req.resume()
    return Promise.resolve({ ok: false, reason: 'too_large' })
  }

  // Events rather than `for await`: leaving an async iterator early destroys
  // the request, and with it the socket the 413 must be written to.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= limitBytes) return void chunks.push(chunk)
      req.off('data', onData).off('end', onEnd).off('error', reject)
      resolve({ ok: false, reason: 'too_large' })
    }
    const onEnd = () =>
      resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') })
    req.on('data', onData).on('end', onEnd).on('error', reject)
    req.on('close', () => reject(new Error('The client closed mid-body.')))
  })
}

/** The raw request target split at the first `?`; nothing is decoded. */
export function splitTarget(rawTarget: string): {
  path: string
  hasQuery: boolean
} {
  const at = rawTarget.indexOf('?')

  return at === -1
    ? { path: rawTarget, hasQuery: false }
    : { path: rawTarget.slice(0, at), hasQuery: true }
}
