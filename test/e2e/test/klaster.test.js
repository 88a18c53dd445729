// Real clients end to end against `klaster --dev`, built from this checkout.
// One klaster process serves every scenario; each scenario uses its own dev
// accounts (0–6), so they never share a nonce.
import { before, after, test } from 'node:test'
import { startKlaster, addresses } from '../lib/klaster.js'
import { simpleAccountRoundTrip } from '../scenarios/viem-aa.js'
import { simple7702 } from '../scenarios/viem-7702.js'
import { simple7702WithoutMarker } from '../scenarios/viem-7702-nomarker.js'
import { simple7702V09 } from '../scenarios/viem-v09.js'
import { pimlicoClientFlow } from '../scenarios/pimlico-client.js'
import { klasterFlowViem } from '../scenarios/viem-klaster.js'
import { klasterFlowEthers } from '../scenarios/ethers-klaster.js'
import { klaster7702FlowViem } from '../scenarios/viem-klaster-7702.js'
import { klaster7702PaidFlowViem } from '../scenarios/viem-klaster-7702-paid.js'
import { wrongKeyUserOp, wrongKeyInterchainTx } from '../scenarios/errors.js'

let k
before(async () => {
  k = await startKlaster()
}, { timeout: 10 * 60_000 }) // includes `go build` on a cold cache

after(async () => {
  await k?.stop()
})

// On failure, show what klaster logged.
function withLog(fn) {
  return async (t) => {
    try {
      await fn(t)
    } catch (err) {
      t.diagnostic(`klaster log tail:\n${k?.logTail(40)}`)
      throw err
    }
  }
}

const timeout = 180_000

test('viem account abstraction: permissionless SimpleAccount through createBundlerClient', { timeout }, async (t) => {
  await t.test('EntryPoint v0.6', withLog(() => simpleAccountRoundTrip(k, { version: '0.6', entryPoint: addresses.entryPoint06 })))
  await t.test('EntryPoint v0.7', withLog(() => simpleAccountRoundTrip(k, { version: '0.7', entryPoint: addresses.entryPoint07 })))
  await t.test('EntryPoint v0.8', withLog(() => simpleAccountRoundTrip(k, { version: '0.8', entryPoint: addresses.entryPoint08 })))
})

test('viem EIP-7702: EOA delegated to Simple7702Account via the op\'s authorization', { timeout }, withLog(() => simple7702(k)))

test('viem EIP-7702 without the 0x7702 marker: eip7702Auth only, fresh delegation, re-sent after it, foreign chain refused', { timeout }, withLog(() => simple7702WithoutMarker(k)))

test('viem on EntryPoint v0.9: toSimple7702SmartAccount with the v0.9 EntryPoint, estimate, send, receipt, by hash', { timeout }, withLog(() => simple7702V09(k)))

test('permissionless Pimlico client: fees from pimlico_getUserOperationGasPrice, send, pimlico_getUserOperationStatus until included', { timeout }, async (t) => {
  await t.test('EntryPoint v0.7', withLog(() => pimlicoClientFlow(k, { version: '0.7', entryPoint: addresses.entryPoint07 })))
  await t.test('EntryPoint v0.8', withLog(() => pimlicoClientFlow(k, { version: '0.8', entryPoint: addresses.entryPoint08 })))
})

test('viem klaster flow: quote, sign the root, sendInterchainTx, status SUCCESS on chains 1337 and 1338', { timeout }, withLog((t) => klasterFlowViem(k, t)))

test('viem klaster flow for a plain EOA: one chainId-0 EIP-7702 authorization and one root, ops on 1337 and 1338', { timeout }, withLog((t) => klaster7702FlowViem(k, t)))

test('viem klaster flow for a plain EOA paying once in the test token: no native coin anywhere, one 7702 authorization, one root', { timeout }, withLog((t) => klaster7702PaidFlowViem(k, t)))

test('ethers v6 klaster flow: JsonRpcProvider.send, Wallet.signMessage, WebSocket klaster_subscribe', { timeout }, withLog((t) => klasterFlowEthers(k, t)))

test('errors as viem sees them: wrong-key signatures answer -32507', { timeout }, async (t) => {
  await t.test('eth_sendUserOperation, SimpleAccount op signed by another key', withLog((t) => wrongKeyUserOp(k, t)))
  await t.test('klaster_sendInterchainTx, root signed by another key', withLog((t) => wrongKeyInterchainTx(k, t)))
})
