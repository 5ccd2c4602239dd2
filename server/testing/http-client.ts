import { request, type OutgoingHttpHeaders } from 'node:http'

export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
  json(): unknown
}

/**
 * Sends a request with the target exactly as given (`..`, `%2f`, absolute
 * form), which fetch and undici would normalise or refuse.
 */
export function sendRaw(
  baseUrl: string,
  target: string,
  options: {
    method?: string
    headers?: OutgoingHttpHeaders
    body?: string
  } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl)

  return new Promise((resolve, reject) => {
    const req = request(
      {
        hostname,
        port,
        path: target,
        method: options.method ?? 'GET',
        headers: options.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', reject)
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: () => JSON.parse(text) as unknown,
          })
        })
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}
