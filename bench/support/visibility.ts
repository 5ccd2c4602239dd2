export function isStatusRequest(url: string) {
  return /\/connections\/sync\/[^/]+\/status$/.test(new URL(url).pathname)
}

export const sleep = (ms: number) =>
  new Promise<void>((done) => setTimeout(done, ms))
