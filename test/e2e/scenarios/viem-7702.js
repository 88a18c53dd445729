// An EOA delegated to Simple7702Account (EntryPoint v0.8) through the op's
// eip7702Auth, with viem's toSimple7702SmartAccount.
import assert from 'node:assert/strict'
import { http, isAddressEqual, concat } from 'viem'
import { privateKeyToAccount, generatePrivateKey } from 'viem/accounts'
import { createBundlerClient, toSimple7702SmartAccount } from 'viem/account-abstraction'
import { addresses, devKeys } from '../lib/klaster.js'
import { nodeClients, userOpEventOnChain, timeout } from '../lib/chains.js'

const chainId = 1337

export async function simple7702(k) {
  const eoa = privateKeyToAccount(devKeys[2])
  const { publicClient, walletClient } = nodeClients(k, chainId, eoa)
  const bundlerClient = createBundlerClient({ client: publicClient, transport: http(k.bundlerUrl(chainId), { timeout }), pollingInterval: 250 })

  const account = await toSimple7702SmartAccount({ client: publicClient, owner: eoa })
  assert.ok(isAddressEqual(account.address, eoa.address))
  assert.ok(isAddressEqual(account.authorization.address, addresses.simple7702Account), 'viem defaults to the canonical Simple7702Account')
  assert.ok(isAddressEqual(account.entryPoint.address, addresses.entryPoint08))
  assert.equal(await publicClient.getCode({ address: eoa.address }), undefined, 'the EOA starts without code')

  // viem docs: sign the authorization and pass it to sendUserOperation.
  const authorization = await walletClient.signAuthorization({ account: eoa, contractAddress: account.authorization.address })
  assert.equal(authorization.chainId, chainId)

  const recipient = privateKeyToAccount(generatePrivateKey()).address
  const hash = await bundlerClient.sendUserOperation({
    account,
    calls: [{ to: recipient, value: 777n }],
    authorization,
  })
  const receipt = await bundlerClient.waitForUserOperationReceipt({ hash, timeout: 60_000, pollingInterval: 250 })
  assert.equal(receipt.success, true)
  assert.ok(isAddressEqual(receipt.sender, eoa.address))
  assert.ok(isAddressEqual(receipt.entryPoint, addresses.entryPoint08))

  const { event } = await userOpEventOnChain(publicClient, {
    transactionHash: receipt.receipt.transactionHash, entryPoint: addresses.entryPoint08, userOpHash: hash,
  })
  assert.equal(event.args.success, true)
  assert.ok(isAddressEqual(event.args.sender, eoa.address))

  // The bundle carried the authorization (a type-4 transaction) and the EOA is now delegated.
  const tx = await publicClient.getTransaction({ hash: receipt.receipt.transactionHash })
  assert.equal(tx.type, 'eip7702')
  assert.ok(tx.authorizationList.some((a) => isAddressEqual(a.address, addresses.simple7702Account)))
  const code = await publicClient.getCode({ address: eoa.address })
  assert.equal(code?.toLowerCase(), concat(['0xef0100', addresses.simple7702Account]).toLowerCase(), 'EOA code is the 0xef0100 delegation')
  assert.equal(await publicClient.getBalance({ address: recipient }), 777n)

  // Once delegated, viem sends no authorization and the op still goes through.
  const hash2 = await bundlerClient.sendUserOperation({ account, calls: [{ to: recipient, value: 1n }] })
  const receipt2 = await bundlerClient.waitForUserOperationReceipt({ hash: hash2, timeout: 60_000, pollingInterval: 250 })
  assert.equal(receipt2.success, true)
  assert.ok(isAddressEqual(receipt2.sender, eoa.address))
  assert.equal(await publicClient.getBalance({ address: recipient }), 778n)
}
