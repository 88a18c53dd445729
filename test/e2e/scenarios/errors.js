// Errors as a viem app sees them.
import assert from 'node:assert/strict'
import { http, parseEther, BaseError, createClient, toHex, encodeFunctionData } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { createBundlerClient, getUserOperationHash } from 'viem/account-abstraction'
import { toSimpleSmartAccount } from 'permissionless/accounts'
import { addresses, devKeys } from '../lib/klaster.js'
import { nodeClients, fund, timeout } from '../lib/chains.js'
import { factoryAbi, accountAbi } from './viem-klaster.js'

const chainId = 1337

// The JSON-RPC error code klaster answered with, found on viem's cause chain
// (viem wraps it, e.g. UserOperationExecutionError → UnknownRpcError (code -1) → RpcRequestError).
function rpcCodeOf(err) {
  assert.ok(err instanceof BaseError, `a viem error, got ${err}`)
  return err.walk((e) => e?.name === 'RpcRequestError')?.code
}

// A SimpleAccount op whose signature comes from the wrong key.
export async function wrongKeyUserOp(k, t) {
  const owner = privateKeyToAccount(devKeys[5])
  const node = nodeClients(k, chainId, owner)
  const bundlerClient = createBundlerClient({ client: node.publicClient, transport: http(k.bundlerUrl(chainId), { timeout }) })
  const account = await toSimpleSmartAccount({ client: node.publicClient, owner, entryPoint: { address: addresses.entryPoint07, version: '0.7' } })
  await fund(node, account.address, parseEther('1'))
  const impostor = await toSimpleSmartAccount({
    client: node.publicClient, owner: privateKeyToAccount(devKeys[6]), address: account.address,
    entryPoint: { address: addresses.entryPoint07, version: '0.7' },
  })

  const { account: _, ...op } = await bundlerClient.prepareUserOperation({ account, calls: [{ to: owner.address, value: 1n }] })
  const signature = await impostor.signUserOperation(op)
  const userOpHash = getUserOperationHash({ chainId, entryPointAddress: addresses.entryPoint07, entryPointVersion: '0.7', userOperation: { ...op, signature } })

  const err = await bundlerClient.sendUserOperation({ ...op, signature, entryPointAddress: addresses.entryPoint07 }).then(
    (h) => assert.fail(`bundler accepted an op signed by the wrong key: ${h}`),
    (e) => e,
  )
  t.diagnostic(`viem: ${err.name}: ${err.shortMessage} | details: ${err.details}`)
  assert.equal(rpcCodeOf(err), -32507, `JSON-RPC code -32507; error was: ${err.message}`)
  assert.match(`${err.shortMessage} ${err.details}`, /sig/i, 'the message says what is wrong')
  // Nothing was admitted.
  assert.equal(await bundlerClient.request({ method: 'eth_getUserOperationByHash', params: [userOpHash] }), null)
}

// An interchain tx whose root signature comes from the wrong key.
export async function wrongKeyInterchainTx(k, t) {
  const owner = privateKeyToAccount(devKeys[5])
  const node = nodeClients(k, chainId, owner)
  const klaster = createClient({ transport: http(k.url, { retryCount: 0, timeout }) })
  const info = await klaster.request({ method: 'klaster_getInfo', params: [] })
  const chain = info.chains.find((c) => Number(c.chainId) === chainId)
  const factory = Object.entries(chain.accountFactories).find(([ep]) => ep.toLowerCase() === addresses.entryPoint07.toLowerCase())[1]
  const sender = await node.publicClient.readContract({ address: factory, abi: factoryAbi, functionName: 'getAddress', args: [owner.address, 0n] })
  await fund(node, sender, parseEther('1'))
  const quote = await klaster.request({
    method: 'klaster_getQuote',
    params: [{ userOps: [{ chainId: toHex(chainId), entryPoint: addresses.entryPoint07, userOp: {
      sender, nonce: '0x0', factory,
      factoryData: encodeFunctionData({ abi: factoryAbi, functionName: 'createAccount', args: [owner.address, 0n] }),
      callData: encodeFunctionData({ abi: accountAbi, functionName: 'execute', args: [owner.address, 1n, '0x'] }),
    } }] }],
  })
  const signature = await privateKeyToAccount(devKeys[6]).signMessage({ message: { raw: quote.itxHash } })
  const err = await klaster.request({ method: 'klaster_sendInterchainTx', params: [{ userOps: quote.userOps, signature, commitment: quote.commitment }] }).then(
    (r) => assert.fail(`klaster accepted an iTx signed by the wrong key: ${JSON.stringify(r)}`),
    (e) => e,
  )
  t.diagnostic(`viem: ${err.name}: ${err.shortMessage} | details: ${err.details}`)
  assert.equal(rpcCodeOf(err), -32507, `JSON-RPC code -32507; error was: ${err.message}`)
  // A rejected iTx leaves nothing behind.
  assert.equal(await klaster.request({ method: 'klaster_getInterchainTxStatus', params: [quote.itxHash] }), null)
}
