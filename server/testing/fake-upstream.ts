import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'

export type FakeHandler = (req: IncomingMessage, res: ServerResponse) => void

/** A bare upstream whose answer a test swaps at will; counts its hits. */
export async function startFakeUpstream(initial: FakeHandler) {
  let handler = initial
  const state = { hits: 0 }
  const server = createServer((req, res) => {
    state.hits += 1
    handler(req, res)
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`

  return {
    url,
    baseUrl: `${url}/api/public/v1`,
    get hits() {
      return state.hits
    },
    answerWith(next: FakeHandler) {
      handler = next
    },
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

/** A loopback URL nobody listens on. */
export async function closedPortUrl(): Promise<string> {
  const fake = await startFakeUpstream(() => {})
  await fake.close()

  return fake.baseUrl
}
