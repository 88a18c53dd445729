// viem clients for the dev chains' own nodes, plus small chain helpers.
import assert from 'node:assert/strict'
import { createPublicClient, createWalletClient, defineChain, http, parseEventLogs, isAddressEqual } from 'viem'
import { entryPoint07Abi } from 'viem/account-abstraction'

// Per-request timeout of the viem transports. viem's default (10 s) is short
// on a busy 2-core CI machine: a quote estimates every op on its chain.
export const timeout = 30_000

export function devChain(k, chainId) {
  return defineChain({
    id: chainId,
    name: `klaster dev ${chainId}`,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [k.nodeUrl(chainId)] } },
  })
}

export function nodeClients(k, chainId, account) {
  const chain = devChain(k, chainId)
  const transport = http(k.nodeUrl(chainId), { timeout })
  return {
    chain,
    publicClient: createPublicClient({ chain, transport, pollingInterval: 250 }),
    walletClient: account ? createWalletClient({ chain, transport, account, pollingInterval: 250 }) : undefined,
  }
}

// A plain value transfer, waited for.
export async function fund({ publicClient, walletClient }, to, value) {
  const hash = await walletClient.sendTransaction({ to, value })
  const r = await publicClient.waitForTransactionReceipt({ hash, pollingInterval: 250, timeout: 30_000 })
  assert.equal(r.status, 'success', `funding ${to}`)
  return r
}

// Fetches the bundle transaction's receipt from the node itself and returns
// the UserOperationEvent of userOpHash (v0.7 and v0.8 share the event).
export async function userOpEventOnChain(publicClient, { transactionHash, entryPoint, userOpHash }) {
  const txReceipt = await publicClient.getTransactionReceipt({ hash: transactionHash })
  assert.equal(txReceipt.status, 'success', 'bundle transaction reverted')
  const events = parseEventLogs({ abi: entryPoint07Abi, eventName: 'UserOperationEvent', logs: txReceipt.logs })
    .filter((l) => isAddressEqual(l.address, entryPoint) && l.args.userOpHash === userOpHash)
  assert.equal(events.length, 1, `exactly one UserOperationEvent for ${userOpHash} in ${transactionHash}`)
  return { event: events[0], txReceipt }
}
