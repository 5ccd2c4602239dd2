import { readConfig } from '../config.ts'
import { startSimulatorServer } from './server.ts'

// The simulator as its own process, to run the dashboard in live mode
// against it: XPNA_API_KEY=k XPNA_API_URL=<printed base URL> npm start
const env = process.env
const port = Number(env.SIMULATOR_PORT || 4010)
const { simulatorStepMs, simulatorConnectionCount } = readConfig({
  XPNA_SIMULATOR_STEP_MS: env.SIMULATOR_STEP_MS ?? env.XPNA_SIMULATOR_STEP_MS,
  XPNA_SIMULATOR_CONNECTIONS: env.XPNA_SIMULATOR_CONNECTIONS,
})
const simulator = await startSimulatorServer({
  stepMs: simulatorStepMs,
  connectionCount: simulatorConnectionCount ?? undefined,
  apiKey: env.SIMULATOR_API_KEY || null,
  host: env.SIMULATOR_HOST || '127.0.0.1',
  port,
})

process.stdout.write(
  `${JSON.stringify({
    time: new Date().toISOString(),
    level: 'info',
    msg: 'simulator listening',
    baseUrl: simulator.baseUrl,
    hasKey: Boolean(env.SIMULATOR_API_KEY),
  })}\n`,
)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void simulator.close())
}
