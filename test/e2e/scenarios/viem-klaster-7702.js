// A plain EOA in an interchain transaction (klaster-rpc.md, "Paying once",
// bullet "EOAs"): a fresh key with no code signs ONE EIP-7702 authorization
// with chainId 0, delegating to the eip7702Account klaster_getInfo lists,
// and ONE root; its ops run on chains 1337 and 1338, each in a type-4 bundle.
// The EOA holds native coin on both chains for now (no node paymaster yet).
import assert from 'node:assert/strict'
import {
  createClient, http, parseEther, isAddressEqual, encodeFunctionData, toHex, hexToBigInt, concat,
} from 'viem'
import { privateKeyToAccount, generatePrivateKey } from 'viem/accounts'
import { getUserOperationHash, formatUserOperation } from 'viem/account-abstraction'
import { addresses, devKeys } from '../lib/klaster.js'
import { nodeClients, fund, userOpEventOnChain, timeout } from '../lib/chains.js'
import { leafOf, rootFromProof } from '../lib/itx.js'
import { accountAbi, pollStatus } from './viem-klaster.js'

const chains = [1337, 1338]

// The ERC-7769 eip7702Auth JSON of a viem-signed authorization.
function eip7702Auth(a) {
  return {
    chainId: toHex(a.chainId), address: a.address, nonce: toHex(a.nonce),
    yParity: toHex(a.yParity), r: toHex(hexToBigInt(a.r)), s: toHex(hexToBigInt(a.s)),
  }
}

export async function klaster7702FlowViem(k, t) {
  const klaster = createClient({ transport: http(k.url, { retryCount: 0, timeout }) })
  const request = (method, params) => klaster.request({ method, params })
  const info = await request('klaster_getInfo', [])
  const impl = info.chains.find((c) => Number(c.chainId) === chains[0]).eip7702Account
  assert.ok(impl, 'klaster_getInfo lists eip7702Account')
  for (const c of info.chains) assert.ok(isAddressEqual(c.eip7702Account, impl), `chain ${Number(c.chainId)} lists the same eip7702Account`)

  const eoa = privateKeyToAccount(generatePrivateKey())
  const recipients = {}
  for (const id of chains) {
    const node = nodeClients(k, id, privateKeyToAccount(devKeys[0]))
    assert.equal(await node.publicClient.getCode({ address: eoa.address }), undefined, 'a plain EOA: no code')
    await fund(node, eoa.address, parseEther('1'))
    recipients[id] = privateKeyToAccount(generatePrivateKey()).address
  }
  // One authorization for every chain: chainId 0, the EOA's nonce (0 on both).
  const authorization = await eoa.signAuthorization({ chainId: 0, contractAddress: impl, nonce: 0 })
  assert.equal(authorization.chainId, 0)

  const items = chains.map((id, i) => ({
    chainId: toHex(id),
    entryPoint: addresses.entryPoint08,
    userOp: {
      sender: eoa.address,
      nonce: '0x0',
      callData: encodeFunctionData({ abi: accountAbi, functionName: 'execute', args: [recipients[id], BigInt(701 + i), '0x'] }),
      eip7702Auth: eip7702Auth(authorization),
    },
  }))
  const quote = await request('klaster_getQuote', [{ userOps: items }])
  quote.userOps.forEach((q, i) => {
    assert.ok(isAddressEqual(q.userOp.sender, eoa.address))
    assert.ok(isAddressEqual(q.userOp.eip7702Auth.address, impl), `op ${i} keeps its authorization`)
    for (const f of ['callGasLimit', 'verificationGasLimit', 'preVerificationGas']) {
      assert.ok(hexToBigInt(q.userOp[f]) > 0n, `the node filled ${f} of op ${i} (estimated with the delegation applied)`)
    }
    const userOpHash = getUserOperationHash({
      chainId: chains[i], entryPointAddress: q.entryPoint, entryPointVersion: '0.8', userOperation: formatUserOperation(q.userOp),
    })
    assert.equal(q.userOpHash, userOpHash, `userOpHash of op ${i}`)
    assert.equal(rootFromProof(leafOf(userOpHash, q.lowerBoundTimestamp, q.upperBoundTimestamp), q.proof), quote.itxHash)
  })

  // The EOA's own key signs the root: one signature for both chains.
  const signature = await eoa.signMessage({ message: { raw: quote.itxHash } })
  const sent = await request('klaster_sendInterchainTx', [{ userOps: quote.userOps, signature, commitment: quote.commitment }])
  assert.equal(sent.itxHash, quote.itxHash)
  const { final, seen } = await pollStatus(request, quote.itxHash, { timeoutMs: 90_000 })
  t.diagnostic(`iTx statuses seen: ${seen.join(' → ')}`)
  assert.equal(final.status, 'SUCCESS', JSON.stringify(final))

  for (const [i, op] of final.userOps.entries()) {
    const id = Number(op.chainId)
    const { publicClient } = nodeClients(k, id)
    const tx = await publicClient.getTransaction({ hash: op.transactionHash })
    assert.equal(tx.type, 'eip7702', `chain ${id}: the bundle is a type-4 transaction`)
    assert.ok(tx.authorizationList.some((a) => isAddressEqual(a.address, impl) && a.chainId === 0), `chain ${id}: it carries the chainId-0 authorization`)
    const { event } = await userOpEventOnChain(publicClient, { transactionHash: op.transactionHash, entryPoint: addresses.entryPoint08, userOpHash: op.userOpHash })
    assert.equal(event.args.success, true)
    assert.ok(isAddressEqual(event.args.sender, eoa.address))
    assert.equal((await publicClient.getCode({ address: eoa.address }))?.toLowerCase(), concat(['0xef0100', impl]).toLowerCase(),
      `chain ${id}: the EOA is delegated`)
    assert.equal(await publicClient.getBalance({ address: recipients[id] }), BigInt(701 + i), `chain ${id}: the op's call ran`)
  }
}
