import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, sep } from 'node:path'

import {
  createCompressedFiles,
  isCompressible,
  pickEncoding,
} from './compression.ts'
import { splitTarget } from './http-io.ts'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
}

/**
 * The file under `distDir` a raw target names, or null when the target is
 * refused: undecodable, a backslash or NUL, a `.`/`..` or dot-file segment
 * after decoding, or anything resolving outside `distDir`.
 */
export function resolveStaticPath(
  distDir: string,
  rawTarget: string,
): string | null {
  const { path } = splitTarget(rawTarget)
  let decoded: string

  if (!path.startsWith('/')) return null
  try {
    decoded = decodeURIComponent(path)
  } catch {
    return null
  }
  if (/[\\\0]/.test(decoded)) return null
  const segments = decoded.split('/').filter((segment) => segment !== '')
  if (segments.some((segment) => segment.startsWith('.'))) return null
  const file = join(distDir, ...segments)

  return file === distDir || file.startsWith(distDir + sep) ? file : null
}

/** Serves `dist/`, with `index.html` for app routes such as `/syncs/abc`. */
export function createStaticHandler(distDir: string) {
  const indexFile = join(distDir, 'index.html')
  const compressed = createCompressedFiles()

  return async (req: IncomingMessage, res: ServerResponse) => {
    const file = resolveStaticPath(distDir, req.url ?? '')

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendText(res, 405, 'Method not allowed.', { allow: 'GET, HEAD' })
    }
    if (file === null) return sendText(res, 404, 'Not found.')
    if (await isFile(file)) {
      const isAsset = file.startsWith(join(distDir, 'assets') + sep)
      const cache = isAsset ? 'public, max-age=31536000, immutable' : 'no-cache'
      return sendFile(req, res, file, cache, compressed)
    }
    // Only extension-less paths are app routes; a missing `.js` stays a 404.
    if (extname(file) !== '') return sendText(res, 404, 'Not found.')
    if (!(await isFile(indexFile))) {
      return sendText(
        res,
        503,
        'The dashboard is not built yet: run `npm run build`, then `npm start` again.',
      )
    }
    await sendFile(req, res, indexFile, 'no-cache', compressed)
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}

async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  cacheControl: string,
  compressed: ReturnType<typeof createCompressedFiles>,
) {
  const { size, mtimeMs } = await stat(file)
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'
  const headers = {
    'content-type': type,
    'cache-control': cacheControl,
    'x-content-type-options': 'nosniff',
  }

  if (isCompressible(type, size)) {
    const encoding = pickEncoding(req.headers['accept-encoding'])
    const vary = { ...headers, vary: 'accept-encoding' }
    if (encoding === null) return streamFile(req, res, file, size, vary)
    const body = await compressed(file, `${size}-${mtimeMs}`, encoding)
    res.writeHead(200, {
      ...vary,
      'content-encoding': encoding,
      'content-length': body.length,
    })
    return void res.end(req.method === 'HEAD' ? undefined : body)
  }
  streamFile(req, res, file, size, headers)
}

function streamFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  size: number,
  headers: Record<string, string>,
) {
  res.writeHead(200, { ...headers, 'content-length': size })
  if (req.method === 'HEAD') return void res.end()
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res)
}

function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    ...headers,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  })
  res.end(text)
}
