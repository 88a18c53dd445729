// Starts `klaster --dev`, built from this checkout, on free loopback ports, and
// stops it again whatever happens.
import { spawn, execFileSync } from 'node:child_process'
import { createServer } from 'node:net'
import { mkdtempSync, rmSync, createWriteStream, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setTimeout as sleep } from 'node:timers/promises'

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

// Fixed --dev addresses (README, start-up banner).
export const addresses = {
  // v0.6 at its canonical addresses (CREATE2 proxy, salt zero).
  entryPoint06: '0x5FF137D4b0FDCD49DcA30c7CF57E578a026d2789',
  simpleAccountFactory06: '0x9406Cc6185a346906296840746125a0E44976454',
  entryPoint07: '0x0000000071727De22E5E9d8BAf0edAc6f37da032',
  entryPoint08: '0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108',
  simpleAccountFactory07: '0x91E60e0613810449d098b0b5Ec8b51A0FE8c8985',
  simpleAccountFactory08: '0x13E9ed32155810FDbd067D4522C492D6f68E5944',
  simple7702Account: '0xe6Cae83BdE06E4c305530e199D7217f42808555B',
  // v0.9 where the npm 0.9.0-rc.1 artifacts land (not the canonical v0.9 address).
  entryPoint09: '0xF57e9E98dA1EeD5f7e4D5c6e76050bB9B3a4e0dA',
  simpleAccountFactory09: '0x519B5107474187799bD5B23677093c6BAaE3f30c',
  simple7702Account09: '0x8a53932266D361FB512bD14173fF265d2Ecfd3C7',
}

// Dev accounts 0–6 of "test test … junk" (7, 8 and 9 belong to the node).
// Each scenario owns one, so nonces never collide.
export const devKeys = [
  '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
  '0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6',
  '0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a',
  '0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba',
  '0x92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e',
]

export const chainIds = [1337, 1338]

function canListen(port) {
  return new Promise((res) => {
    const srv = createServer()
    srv.once('error', () => res(false))
    srv.listen(port, '127.0.0.1', () => srv.close(() => res(true)))
  })
}

async function ephemeralPort() {
  return new Promise((res, rej) => {
    const srv = createServer()
    srv.once('error', rej)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => res(port))
    })
  })
}

// A port p such that p … p+n-1 are all free on 127.0.0.1.
async function freePorts(n) {
  for (let i = 0; i < 50; i++) {
    const p = await ephemeralPort()
    if (p + n > 65535) continue
    let ok = true
    for (let k = 1; k < n && ok; k++) ok = await canListen(p + k)
    if (ok) return p
  }
  throw new Error(`no ${n} consecutive free ports`)
}

// Builds the binary from the checkout (KLASTER_BIN skips the build).
export function buildKlaster(dir) {
  if (process.env.KLASTER_BIN) return process.env.KLASTER_BIN
  const bin = join(dir, 'klaster')
  execFileSync('go', ['build', '-o', bin, './cmd/klaster'], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 10 * 60_000,
  })
  return bin
}

const running = new Set()
function killAll() {
  for (const child of running) {
    try { child.kill('SIGKILL') } catch {}
  }
}
// Whatever ends this process, klaster goes with it: 'exit' covers normal ends
// and crashes, the signal handlers cover Ctrl-C and the runner's SIGTERM.
process.on('exit', killAll)
for (const [sig, n] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
  process.once(sig, () => { killAll(); process.exit(128 + n) })
}

// Starts klaster --dev and resolves once GET /health answers 200.
export async function startKlaster({ timeoutMs = 90_000 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'klaster-e2e-'))
  const bin = buildKlaster(dir)
  const listenPort = await freePorts(1)
  let nodePort = await freePorts(chainIds.length)
  if (nodePort <= listenPort && listenPort < nodePort + chainIds.length) nodePort = await freePorts(chainIds.length)
  const logPath = join(dir, 'klaster.log')
  const log = createWriteStream(logPath)
  // Every test client shares 127.0.0.1: a per-client rate far above what the
  // suite sends (the default, 50/s, is for production).
  const child = spawn(bin, ['--dev', '--listen', `127.0.0.1:${listenPort}`, '--dev.node-port', String(nodePort), '--rpc.rate-limit', '100000'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.add(child)
  child.stdout.pipe(log, { end: false })
  child.stderr.pipe(log, { end: false })
  let exited = null
  child.once('exit', (code, signal) => { exited = { code, signal }; running.delete(child) })

  const url = `http://127.0.0.1:${listenPort}`
  const k = {
    url,
    wsUrl: `ws://127.0.0.1:${listenPort}`,
    bundlerUrl: (chainId) => `${url}/rpc/${chainId}`,
    bundlerWsUrl: (chainId) => `ws://127.0.0.1:${listenPort}/rpc/${chainId}`,
    nodeUrl: (chainId) => `http://127.0.0.1:${nodePort + chainIds.indexOf(chainId)}`,
    logPath,
    logTail: (n = 60) => {
      try { return readFileSync(logPath, 'utf8').split('\n').slice(-n).join('\n') } catch { return '' }
    },
    async stop() {
      if (exited === null) {
        child.kill('SIGTERM')
        const t0 = Date.now()
        while (exited === null && Date.now() - t0 < 10_000) await sleep(50)
        if (exited === null) child.kill('SIGKILL')
        while (exited === null && Date.now() - t0 < 15_000) await sleep(50)
      }
      log.end()
      if (!process.env.KLASTER_E2E_KEEP) rmSync(dir, { recursive: true, force: true })
    },
  }

  const t0 = Date.now()
  for (;;) {
    if (exited !== null) {
      const tail = k.logTail()
      await k.stop()
      throw new Error(`klaster --dev exited (${JSON.stringify(exited)}) before it was healthy:\n${tail}`)
    }
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) })
      if (res.status === 200) break
    } catch {}
    if (Date.now() - t0 > timeoutMs) {
      const tail = k.logTail()
      await k.stop()
      throw new Error(`klaster --dev not healthy after ${timeoutMs} ms:\n${tail}`)
    }
    await sleep(200)
  }
  return k
}

