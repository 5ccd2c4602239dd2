import { readFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

export type Encoding = 'br' | 'gzip'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

// Below about a kilobyte the headers cost more than compression saves.
export const MIN_COMPRESS_BYTES = 1024

const TEXT_TYPE =
  /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg\+xml)/

export function isCompressible(contentType: string, size: number): boolean {
  return size >= MIN_COMPRESS_BYTES && TEXT_TYPE.test(contentType)
}

/**
 * The coding to answer with, from an `Accept-Encoding` value (RFC 9110,
 * section 12.5.3): brotli when acceptable, else gzip, else none. A coding
 * with `q=0` is refused, and `*` stands for any coding not named.
 */
export function pickEncoding(accept: string | undefined): Encoding | null {
  const weights = new Map<string, number>()

  for (const part of (accept ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim())
    const q = params.find((p) => p.toLowerCase().startsWith('q='))
    const weight = q === undefined ? 1 : Number(q.slice(2))
    if (name) weights.set(name.toLowerCase(), Number.isNaN(weight) ? 0 : weight)
  }
  const weightOf = (coding: Encoding) =>
    weights.get(coding) ?? weights.get('*') ?? 0

  if (weightOf('br') > 0) return 'br'
  if (weightOf('gzip') > 0) return 'gzip'
  return null
}

/**
 * Compressed copies of built files, made on first request and kept, since
 * `dist/` is small and fixed while the server runs. A file changed on disk
 * (a rebuild) is recompressed, as its size or mtime differ.
 */
export function createCompressedFiles() {
  const copies = new Map<string, Promise<Buffer>>()

  return (file: string, version: string, encoding: Encoding) => {
    const key = `${encoding}:${version}:${file}`
    let copy = copies.get(key)
    if (copy === undefined) {
      copy = compressFile(file, encoding)
      copy.catch(() => copies.delete(key))
      copies.set(key, copy)
    }
    return copy
  }
}

async function compressFile(file: string, encoding: Encoding) {
  const raw = await readFile(file)

  // Quality 9 of 11: near the best ratio at a fraction of the time, which
  // matters for the first visitor after a deploy.
  return encoding === 'br'
    ? brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
    : gzipAsync(raw, { level: 9 })
}
