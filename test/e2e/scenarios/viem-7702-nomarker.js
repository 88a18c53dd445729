// An EOA op carrying eip7702Auth without the 0x7702 factory marker, as SDKs
// that only attach the authorization send it (ERC-7769 applies the tuple
// whenever it is present): viem's toSimple7702SmartAccount with its factory
// args emptied, so the op has no factory and a plain userOpHash.
import assert from 'node:assert/strict'
import { http, parseEther, isAddressEqual, concat } from 'viem'
import { privateKeyToAccount, generatePrivateKey } from 'viem/accounts'
import { createBundlerClient, toSimple7702SmartAccount } from 'viem/account-abstraction'
import { addresses, devKeys } from '../lib/klaster.js'
import { nodeClients, fund, timeout } from '../lib/chains.js'

const chainId = 1337

async function accountWithoutMarker(publicClient, eoa) {
  const account = await toSimple7702SmartAccount({ client: publicClient, owner: eoa })
  account.getFactoryArgs = async () => ({ factory: undefined, factoryData: undefined })
  return account
}

export async function simple7702WithoutMarker(k) {
  const funder = nodeClients(k, chainId, privateKeyToAccount(devKeys[0]))
  const eoa = privateKeyToAccount(generatePrivateKey())
  await fund(funder, eoa.address, parseEther('1'))
  const { publicClient, walletClient } = nodeClients(k, chainId, eoa)
  const bundlerClient = createBundlerClient({ client: publicClient, transport: http(k.bundlerUrl(chainId), { timeout }), pollingInterval: 250 })

  const account = await accountWithoutMarker(publicClient, eoa)
  assert.ok(isAddressEqual(account.address, eoa.address))
  assert.deepEqual(await account.getFactoryArgs(), { factory: undefined, factoryData: undefined })
  const authorization = await walletClient.signAuthorization({ account: eoa, contractAddress: addresses.simple7702Account })

  const recipient = privateKeyToAccount(generatePrivateKey()).address
  const gas = await bundlerClient.estimateUserOperationGas({ account, calls: [{ to: recipient, value: 1n }], authorization })
  for (const f of ['preVerificationGas', 'verificationGasLimit', 'callGasLimit']) assert.ok(gas[f] > 0n, `${f} > 0`)

  const hash = await bundlerClient.sendUserOperation({ account, calls: [{ to: recipient, value: 702n }], authorization })
  const byHash = await bundlerClient.getUserOperation({ hash })
  assert.equal(byHash.userOperation.factory ?? null, null, 'the op has no factory marker')
  const receipt = await bundlerClient.waitForUserOperationReceipt({ hash, timeout: 60_000, pollingInterval: 250 })
  assert.equal(receipt.success, true)
  const tx = await publicClient.getTransaction({ hash: receipt.receipt.transactionHash })
  assert.equal(tx.type, 'eip7702')
  assert.ok(tx.authorizationList.some((a) => isAddressEqual(a.address, addresses.simple7702Account)))
  const code = await publicClient.getCode({ address: eoa.address })
  assert.equal(code?.toLowerCase(), concat(['0xef0100', addresses.simple7702Account]).toLowerCase())

  // Re-sent after the delegation, still with the (now used) authorization.
  const hash2 = await bundlerClient.sendUserOperation({ account, calls: [{ to: recipient, value: 1n }], authorization })
  const receipt2 = await bundlerClient.waitForUserOperationReceipt({ hash: hash2, timeout: 60_000, pollingInterval: 250 })
  assert.equal(receipt2.success, true)
  assert.equal(await publicClient.getBalance({ address: recipient }), 703n)

  // An authorization for another chain is refused, naming the chains.
  const other = privateKeyToAccount(generatePrivateKey())
  const otherAccount = await accountWithoutMarker(publicClient, other)
  const foreign = await other.signAuthorization({ chainId: 5, contractAddress: addresses.simple7702Account, nonce: 0 })
  await assert.rejects(
    bundlerClient.sendUserOperation({ account: otherAccount, calls: [{ to: recipient, value: 1n }], authorization: foreign }),
    (err) => {
      assert.match(err.details ?? err.message, /chain 5.*chain 1337/)
      return true
    },
  )
}
