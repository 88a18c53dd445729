// EntryPoint v0.9 with viem alone: toSimple7702SmartAccount on v0.9 (viem
// 2.57.1 supports it), pointed at where --dev serves v0.9 (the npm
// 0.9.0-rc.1 artifact does not land at the canonical address; README,
// "Contracts") and at the v0.9 Simple7702Account deployed with it.
import assert from 'node:assert/strict'
import { http, isAddressEqual, concat, parseEther } from 'viem'
import { privateKeyToAccount, generatePrivateKey } from 'viem/accounts'
import { createBundlerClient, toSimple7702SmartAccount, entryPoint09Abi } from 'viem/account-abstraction'
import { addresses, devKeys } from '../lib/klaster.js'
import { nodeClients, fund, userOpEventOnChain, timeout } from '../lib/chains.js'

const chainId = 1337

export async function simple7702V09(k) {
  const funder = nodeClients(k, chainId, privateKeyToAccount(devKeys[0]))
  const eoa = privateKeyToAccount(generatePrivateKey())
  const { publicClient, walletClient } = nodeClients(k, chainId, eoa)
  const bundlerClient = createBundlerClient({ client: publicClient, transport: http(k.bundlerUrl(chainId), { timeout }), pollingInterval: 250 })

  const supported = await bundlerClient.getSupportedEntryPoints()
  assert.ok(supported.some((a) => isAddressEqual(a, addresses.entryPoint09)), `eth_supportedEntryPoints lists v0.9 at ${addresses.entryPoint09}: ${supported}`)

  await fund(funder, eoa.address, parseEther('1')) // the account pays its own prefund
  const account = await toSimple7702SmartAccount({
    client: publicClient,
    owner: eoa,
    entryPoint: { abi: entryPoint09Abi, address: addresses.entryPoint09, version: '0.9' },
    implementation: addresses.simple7702Account09,
  })
  assert.equal(account.entryPoint.version, '0.9')

  const authorization = await walletClient.signAuthorization({ account: eoa, contractAddress: addresses.simple7702Account09 })
  const recipient = privateKeyToAccount(generatePrivateKey()).address
  const gas = await bundlerClient.estimateUserOperationGas({ account, calls: [{ to: recipient, value: 909n }], authorization })
  for (const f of ['preVerificationGas', 'verificationGasLimit', 'callGasLimit']) {
    assert.ok(typeof gas[f] === 'bigint' && gas[f] > 0n, `${f} estimated`)
  }
  const hash = await bundlerClient.sendUserOperation({ account, calls: [{ to: recipient, value: 909n }], authorization })
  const receipt = await bundlerClient.waitForUserOperationReceipt({ hash, timeout: 60_000, pollingInterval: 250 })
  assert.equal(receipt.userOpHash, hash)
  assert.equal(receipt.success, true)
  assert.ok(isAddressEqual(receipt.entryPoint, addresses.entryPoint09))
  assert.ok(isAddressEqual(receipt.sender, eoa.address))

  const byHash = await bundlerClient.getUserOperation({ hash })
  assert.ok(isAddressEqual(byHash.entryPoint, addresses.entryPoint09))
  assert.equal(byHash.transactionHash, receipt.receipt.transactionHash)
  assert.ok(isAddressEqual(byHash.userOperation.sender, eoa.address))

  const { event } = await userOpEventOnChain(publicClient, {
    transactionHash: receipt.receipt.transactionHash, entryPoint: addresses.entryPoint09, userOpHash: hash,
  })
  assert.equal(event.args.success, true)
  const code = await publicClient.getCode({ address: eoa.address })
  assert.equal(code?.toLowerCase(), concat(['0xef0100', addresses.simple7702Account09]).toLowerCase(), 'EOA delegated to the v0.9 Simple7702Account')
  assert.equal(await publicClient.getBalance({ address: recipient }), 909n)

  // Delegated now: a second op without authorization.
  const hash2 = await bundlerClient.sendUserOperation({ account, calls: [{ to: recipient, value: 1n }] })
  const receipt2 = await bundlerClient.waitForUserOperationReceipt({ hash: hash2, timeout: 60_000, pollingInterval: 250 })
  assert.equal(receipt2.success, true)
  assert.equal(await publicClient.getBalance({ address: recipient }), 910n)
}
