// viem's bundler client with permissionless' SimpleAccount, on EntryPoints v0.6, v0.7 and v0.8.
import assert from 'node:assert/strict'
import { http, parseEther, isAddressEqual, zeroAddress } from 'viem'
import { privateKeyToAccount, generatePrivateKey } from 'viem/accounts'
import { createBundlerClient } from 'viem/account-abstraction'
import { toSimpleSmartAccount } from 'permissionless/accounts'
import { addresses, devKeys } from '../lib/klaster.js'
import { nodeClients, fund, userOpEventOnChain, timeout } from '../lib/chains.js'

const chainId = 1337

export async function simpleAccountRoundTrip(k, { version, entryPoint }) {
  const owner = privateKeyToAccount(devKeys[1])
  const node = nodeClients(k, chainId, owner)
  const { publicClient } = node
  const bundlerClient = createBundlerClient({
    client: publicClient,
    transport: http(k.bundlerUrl(chainId), { timeout }),
    pollingInterval: 250,
  })

  assert.equal(await bundlerClient.getChainId(), chainId)
  const supported = await bundlerClient.getSupportedEntryPoints()
  assert.ok(supported.some((a) => isAddressEqual(a, entryPoint)), `eth_supportedEntryPoints lists ${entryPoint}: ${supported}`)

  const account = await toSimpleSmartAccount({ client: publicClient, owner, entryPoint: { address: entryPoint, version } })
  if (version === '0.6') {
    // permissionless' default v0.6 factory is the one --dev deploys.
    const { factory } = await account.getFactoryArgs()
    assert.ok(isAddressEqual(factory, addresses.simpleAccountFactory06), `v0.6 factory ${factory}`)
  }
  assert.equal(await account.isDeployed(), false, 'the account starts counterfactual')
  await fund(node, account.address, parseEther('1'))

  const recipient = privateKeyToAccount(generatePrivateKey()).address
  const calls = [{ to: recipient, value: 12_345n }]

  const gas = await bundlerClient.estimateUserOperationGas({ account, calls })
  for (const f of ['preVerificationGas', 'verificationGasLimit', 'callGasLimit']) {
    assert.equal(typeof gas[f], 'bigint', f)
    assert.ok(gas[f] > 0n, `${f} > 0`)
  }

  for (const value of [12_345n, 1n]) {
    // The first op deploys the account through its factory; the second runs on the deployed account.
    const hash = await bundlerClient.sendUserOperation({ account, calls: [{ to: recipient, value }] })
    assert.match(hash, /^0x[0-9a-f]{64}$/)
    const receipt = await bundlerClient.waitForUserOperationReceipt({ hash, timeout: 60_000, pollingInterval: 250 })
    assert.equal(receipt.userOpHash, hash)
    assert.equal(receipt.success, true, `op ${hash} succeeded`)
    assert.ok(isAddressEqual(receipt.sender, account.address))
    assert.ok(isAddressEqual(receipt.entryPoint, entryPoint))
    // viem leaves the receipt's nonce a hex string. The account picks a fresh
    // nonce key per op (viem's nonce manager), so each op is sequence 0 of its key.
    const nonce = BigInt(receipt.nonce)
    assert.equal(nonce & 0xffffffffffffffffn, 0n)

    const byHash = await bundlerClient.getUserOperation({ hash })
    assert.ok(isAddressEqual(byHash.entryPoint, entryPoint))
    assert.equal(byHash.transactionHash, receipt.receipt.transactionHash)
    assert.equal(byHash.blockNumber, receipt.receipt.blockNumber)
    assert.ok(isAddressEqual(byHash.userOperation.sender, account.address))
    assert.equal(byHash.userOperation.nonce, nonce)
    assert.equal(byHash.userOperation.callData, await account.encodeCalls([{ to: recipient, value }]))

    // The bundler's receipt agrees with the chain.
    const { event, txReceipt } = await userOpEventOnChain(publicClient, {
      transactionHash: receipt.receipt.transactionHash, entryPoint, userOpHash: hash,
    })
    assert.equal(event.args.success, true)
    assert.ok(isAddressEqual(event.args.sender, account.address))
    assert.ok(isAddressEqual(event.args.paymaster, zeroAddress))
    assert.equal(event.args.nonce, nonce)
    assert.equal(event.args.actualGasCost, receipt.actualGasCost)
    assert.equal(event.args.actualGasUsed, receipt.actualGasUsed)
    assert.equal(txReceipt.blockHash, receipt.receipt.blockHash)
    assert.equal(txReceipt.blockNumber, receipt.receipt.blockNumber)
  }
  assert.equal(await account.isDeployed(), true)
  assert.equal(await publicClient.getBalance({ address: recipient }), 12_346n)
}
