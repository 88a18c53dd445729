// The Klaster interchain flow with viem, written only from klaster-rpc.md:
// quote → signMessage({ raw: itxHash }) → klaster_sendInterchainTx → status.
import assert from 'node:assert/strict'
import {
  createClient, http, parseEther, isAddressEqual, encodeFunctionData, parseAbi, toHex, hexToBigInt,
  recoverMessageAddress, decodeAbiParameters, slice, getAddress,
} from 'viem'
import { privateKeyToAccount, generatePrivateKey } from 'viem/accounts'
import { createBundlerClient, getUserOperationHash, formatUserOperation } from 'viem/account-abstraction'
import { setTimeout as sleep } from 'node:timers/promises'
import { addresses, devKeys } from '../lib/klaster.js'
import { nodeClients, fund, userOpEventOnChain, timeout } from '../lib/chains.js'
import { leafOf, rootFromProof, signaturePrefix } from '../lib/itx.js'

export const factoryAbi = parseAbi([
  'function createAccount(address owner, uint256 salt) returns (address)',
  'function getAddress(address owner, uint256 salt) view returns (address)',
])
export const accountAbi = parseAbi(['function execute(address target, uint256 value, bytes data)'])
const entryPointAbi = parseAbi(['function getNonce(address sender, uint192 key) view returns (uint256)'])

const versionOf = (ep) => (isAddressEqual(ep, addresses.entryPoint08) ? '0.8' : '0.7')

function lookup(obj, address) {
  const key = Object.keys(obj ?? {}).find((a) => isAddressEqual(a, address))
  return key && obj[key]
}

// Builds one counterfactual KlasterAccount op per leg, funding each account first.
async function buildLegs(k, info, owner, legs) {
  const out = []
  for (const leg of legs) {
    const node = nodeClients(k, leg.chainId, owner)
    const chain = info.chains.find((c) => Number(c.chainId) === leg.chainId)
    assert.ok(chain, `klaster_getInfo lists chain ${leg.chainId}`)
    const factory = lookup(chain.accountFactories, leg.entryPoint)
    assert.ok(factory, `klaster_getInfo has a KlasterAccountFactory for ${leg.entryPoint} on ${leg.chainId}`)
    const salt = leg.salt ?? 0n
    const sender = await node.publicClient.readContract({ address: factory, abi: factoryAbi, functionName: 'getAddress', args: [owner.address, salt] })
    assert.equal(await node.publicClient.getCode({ address: sender }), undefined, 'the KlasterAccount starts counterfactual')
    await fund(node, sender, parseEther('1'))
    const nonce = await node.publicClient.readContract({ address: leg.entryPoint, abi: entryPointAbi, functionName: 'getNonce', args: [sender, 0n] })
    const recipient = privateKeyToAccount(generatePrivateKey()).address
    out.push({
      ...leg,
      node,
      sender,
      recipient,
      item: {
        chainId: toHex(leg.chainId),
        ...(leg.omitEntryPoint ? {} : { entryPoint: leg.entryPoint }),
        userOp: {
          sender,
          nonce: toHex(nonce),
          factory,
          factoryData: encodeFunctionData({ abi: factoryAbi, functionName: 'createAccount', args: [owner.address, salt] }),
          callData: encodeFunctionData({ abi: accountAbi, functionName: 'execute', args: [recipient, leg.value, '0x'] }),
        },
      },
    })
  }
  return out
}

// Everything a client can check in a quote before signing it.
export async function checkQuote(quote, legs, info) {
  assert.match(quote.itxHash, /^0x[0-9a-f]{64}$/)
  assert.ok(isAddressEqual(quote.node, info.node))
  assert.ok(isAddressEqual(await recoverMessageAddress({ message: { raw: quote.itxHash }, signature: quote.commitment }), quote.node),
    'the commitment recovers to the node')
  assert.equal(quote.userOps.length, legs.length)
  quote.userOps.forEach((q, i) => {
    const leg = legs[i]
    assert.equal(Number(q.chainId), leg.chainId, 'request order kept')
    assert.ok(isAddressEqual(q.entryPoint, leg.entryPoint), `entryPoint of op ${i}`)
    assert.ok(isAddressEqual(q.userOp.sender, leg.sender))
    assert.equal(q.userOp.signature, '0x')
    assert.equal(q.userOp.callData, leg.item.userOp.callData)
    for (const f of ['callGasLimit', 'verificationGasLimit', 'preVerificationGas', 'maxFeePerGas', 'maxPriorityFeePerGas']) {
      assert.ok(hexToBigInt(q.userOp[f]) > 0n, `the node filled ${f}`)
    }
    const userOpHash = getUserOperationHash({
      chainId: leg.chainId, entryPointAddress: q.entryPoint, entryPointVersion: versionOf(q.entryPoint),
      userOperation: formatUserOperation(q.userOp),
    })
    assert.equal(q.userOpHash, userOpHash, `userOpHash of op ${i}`)
    assert.equal(q.leaf, leafOf(userOpHash, q.lowerBoundTimestamp, q.upperBoundTimestamp), `leaf of op ${i}`)
    assert.equal(rootFromProof(q.leaf, q.proof), quote.itxHash, `proof of op ${i} leads to the root`)
    assert.ok(Number(q.upperBoundTimestamp) > Date.now() / 1000, 'window still open')
  })
  for (const leg of legs) {
    const c = quote.cost.find((c) => Number(c.chainId) === leg.chainId)
    assert.ok(c && hexToBigInt(c.maxCost) > 0n, `maxCost for ${leg.chainId}`)
  }
}

export async function pollStatus(request, itxHash, { timeoutMs = 45_000 } = {}) {
  const seen = []
  const t0 = Date.now()
  for (;;) {
    const s = await request('klaster_getInterchainTxStatus', [itxHash])
    assert.ok(s, 'klaster_getInterchainTxStatus knows the iTx')
    if (seen.at(-1) !== s.status) seen.push(s.status)
    if (['SUCCESS', 'FAILED', 'EXPIRED'].includes(s.status)) return { final: s, seen }
    if (Date.now() - t0 > timeoutMs) throw new Error(`iTx ${itxHash} still ${s.status} after ${timeoutMs} ms: ${JSON.stringify(s)}`)
    await sleep(300)
  }
}

// The op signature the node put on chain is 0x177eee00 ‖ abi.encode(itxHash, lb, ub, proof, userSignature).
export function decodeOpSignature(sig) {
  assert.equal(slice(sig, 0, 4), signaturePrefix)
  const [itxHash, lb, ub, proof, userSignature] = decodeAbiParameters(
    [{ type: 'bytes32' }, { type: 'uint48' }, { type: 'uint48' }, { type: 'bytes32[]' }, { type: 'bytes' }],
    slice(sig, 4),
  )
  return { itxHash, lowerBoundTimestamp: lb, upperBoundTimestamp: ub, proof, userSignature }
}

export async function klasterFlowViem(k, t) {
  const owner = privateKeyToAccount(devKeys[3])
  const klaster = createClient({ transport: http(k.url, { retryCount: 0, timeout }) })
  const request = (method, params) => klaster.request({ method, params })

  const info = await request('klaster_getInfo', [])
  assert.equal(info.leafScheme, 'mee-v1')
  assert.equal(info.signaturePrefix, signaturePrefix)

  const legs = await buildLegs(k, info, owner, [
    // entryPoint omitted: the spec's default is the chain's v0.7 EntryPoint.
    { chainId: 1337, entryPoint: addresses.entryPoint07, omitEntryPoint: true, value: 1_001n },
    { chainId: 1338, entryPoint: addresses.entryPoint08, value: 2_002n },
  ])

  const quote = await request('klaster_getQuote', [{ userOps: legs.map((l) => l.item) }])
  await checkQuote(quote, legs, info)

  const signature = await owner.signMessage({ message: { raw: quote.itxHash } })
  const signed = { userOps: quote.userOps, signature, commitment: quote.commitment }
  const sent = await request('klaster_sendInterchainTx', [signed])
  assert.equal(sent.itxHash, quote.itxHash)
  assert.deepEqual(sent.userOpHashes, quote.userOps.map((q) => q.userOpHash))

  const { final, seen } = await pollStatus(request, quote.itxHash)
  t.diagnostic(`iTx statuses seen: ${seen.join(' → ')}`)
  assert.equal(final.status, 'SUCCESS', JSON.stringify(final))
  assert.equal(final.itxHash, quote.itxHash)
  assert.ok(isAddressEqual(final.node, info.node))
  assert.equal(final.commitment, quote.commitment)
  assert.equal(final.userOps.length, legs.length)

  // Re-sending the identical iTx returns the same answer and creates nothing new.
  assert.deepEqual(await request('klaster_sendInterchainTx', [signed]), sent)

  const receipts = await request('klaster_getInterchainTxReceipts', [quote.itxHash])
  assert.equal(receipts.length, legs.length)

  for (const [i, leg] of legs.entries()) {
    const op = final.userOps[i]
    const userOpHash = quote.userOps[i].userOpHash
    assert.equal(op.status, 'MINED_SUCCESS')
    assert.equal(op.userOpHash, userOpHash)
    assert.equal(Number(op.chainId), leg.chainId)
    assert.ok(isAddressEqual(op.entryPoint, leg.entryPoint))

    // The chain agrees: the UserOperationEvent is in the transaction the status names.
    const { event, txReceipt } = await userOpEventOnChain(leg.node.publicClient, {
      transactionHash: op.transactionHash, entryPoint: leg.entryPoint, userOpHash,
    })
    assert.equal(event.args.success, true)
    assert.ok(isAddressEqual(event.args.sender, leg.sender))
    assert.equal(hexToBigInt(op.blockNumber), txReceipt.blockNumber)
    assert.equal(op.blockHash, txReceipt.blockHash)
    assert.equal(await leg.node.publicClient.getBalance({ address: leg.recipient }), leg.value)

    const r = receipts[i]
    assert.ok(r, `receipt of op ${i}`)
    assert.equal(r.userOpHash, userOpHash)
    assert.equal(r.success, true)
    assert.equal(r.receipt.transactionHash, op.transactionHash)

    // The op on chain carries the Merkle signature the spec describes, with the user's signature.
    const bundler = createBundlerClient({ transport: http(k.bundlerUrl(leg.chainId), { timeout }) })
    const byHash = await bundler.getUserOperation({ hash: userOpHash })
    const decoded = decodeOpSignature(byHash.userOperation.signature)
    assert.equal(decoded.itxHash, quote.itxHash)
    assert.equal(decoded.userSignature, signature)
    assert.deepEqual(decoded.proof, quote.userOps[i].proof)
    assert.equal(BigInt(decoded.upperBoundTimestamp), BigInt(quote.userOps[i].upperBoundTimestamp))

    // What a witness checks, without trusting the node.
    const proof = await request('klaster_getInterchainTxProof', [quote.itxHash, userOpHash])
    assert.equal(proof.itxHash, quote.itxHash)
    assert.equal(rootFromProof(proof.leaf, proof.proof), quote.itxHash)
    assert.equal(proof.leaf, leafOf(userOpHash, proof.lowerBoundTimestamp, proof.upperBoundTimestamp))
    assert.ok(isAddressEqual(await recoverMessageAddress({ message: { raw: quote.itxHash }, signature: proof.userSignature }), owner.address))
    assert.ok(isAddressEqual(await recoverMessageAddress({ message: { raw: quote.itxHash }, signature: proof.commitment }), getAddress(info.node)))
  }
}
