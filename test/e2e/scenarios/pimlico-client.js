// permissionless's Pimlico client against klaster, as an app moving its bundler
// URL from Alto would use it: fees from pimlico_getUserOperationGasPrice, the op
// sent through createSmartAccountClient, then pimlico_getUserOperationStatus
// polled until the op is included.
import assert from 'node:assert/strict'
import { http, parseEther, isAddressEqual } from 'viem'
import { privateKeyToAccount, generatePrivateKey } from 'viem/accounts'
import { createSmartAccountClient } from 'permissionless'
import { createPimlicoClient } from 'permissionless/clients/pimlico'
import { toSimpleSmartAccount } from 'permissionless/accounts'
import { addresses, devKeys } from '../lib/klaster.js'
import { nodeClients, fund, userOpEventOnChain, timeout } from '../lib/chains.js'

const chainId = 1337
// Alto's status words (pimlico_getUserOperationStatus).
const altoStatuses = ['not_found', 'not_submitted', 'submitted', 'rejected', 'reverted', 'included', 'failed']

export async function pimlicoClientFlow(k, { version, entryPoint }) {
  const funder = nodeClients(k, chainId, privateKeyToAccount(devKeys[0]))
  const { publicClient, chain } = funder
  const pimlicoClient = createPimlicoClient({
    transport: http(k.bundlerUrl(chainId), { timeout }),
    entryPoint: { address: entryPoint, version },
  })

  // The gas price tiers: each complete, ordered, above the base fee.
  const prices = await pimlicoClient.getUserOperationGasPrice()
  const { baseFeePerGas } = await publicClient.getBlock()
  let prevTip = 0n
  for (const tier of ['slow', 'standard', 'fast']) {
    const { maxFeePerGas, maxPriorityFeePerGas } = prices[tier]
    assert.ok(maxPriorityFeePerGas >= prevTip, `${tier} tip ${maxPriorityFeePerGas} below the slower tier's`)
    assert.ok(maxFeePerGas >= maxPriorityFeePerGas && maxFeePerGas > baseFeePerGas, `${tier}: ${maxFeePerGas} vs base fee ${baseFeePerGas}`)
    prevTip = maxPriorityFeePerGas
  }

  const owner = privateKeyToAccount(generatePrivateKey())
  const account = await toSimpleSmartAccount({ client: publicClient, owner, entryPoint: { address: entryPoint, version } })
  await fund(funder, account.address, parseEther('1'))
  const smartAccountClient = createSmartAccountClient({
    account,
    chain,
    client: publicClient,
    bundlerTransport: http(k.bundlerUrl(chainId), { timeout }),
    pollingInterval: 250,
    userOperation: {
      // As Pimlico's guides do: the bundler's own fee suggestion.
      estimateFeesPerGas: async () => (await pimlicoClient.getUserOperationGasPrice()).standard,
    },
  })

  const recipient = privateKeyToAccount(generatePrivateKey()).address
  const hash = await smartAccountClient.sendUserOperation({ calls: [{ to: recipient, value: 4_337n }] })
  assert.match(hash, /^0x[0-9a-f]{64}$/)

  // Poll the status until included; every answer is one of Alto's words and
  // the op never goes back (not_submitted -> submitted -> included).
  const order = ['not_submitted', 'submitted', 'included']
  let last = -1
  let status
  for (const deadline = Date.now() + 60_000; ;) {
    status = await pimlicoClient.getUserOperationStatus({ hash })
    assert.ok(altoStatuses.includes(status.status), `status ${status.status}`)
    const i = order.indexOf(status.status)
    assert.ok(i >= last, `status went from ${order[last]} back to ${status.status}`)
    last = i
    if (status.status === 'included') break
    assert.ok(Date.now() < deadline, `op ${hash} not included; last status ${status.status}`)
    await new Promise((r) => setTimeout(r, 200))
  }
  assert.match(status.transactionHash, /^0x[0-9a-f]{64}$/)

  const receipt = await smartAccountClient.waitForUserOperationReceipt({ hash, timeout: 60_000, pollingInterval: 250 })
  assert.equal(receipt.success, true)
  assert.equal(receipt.receipt.transactionHash, status.transactionHash, 'the status names the bundle the op was mined in')
  const { event } = await userOpEventOnChain(publicClient, { transactionHash: status.transactionHash, entryPoint, userOpHash: hash })
  assert.equal(event.args.success, true)
  assert.ok(isAddressEqual(event.args.sender, account.address))

  // The op was priced from the gas price method (the standard tier at the time).
  const byHash = await smartAccountClient.getUserOperation({ hash })
  assert.ok(byHash.userOperation.maxPriorityFeePerGas > 0n)
  assert.ok(byHash.userOperation.maxFeePerGas > baseFeePerGas)
  assert.equal(await publicClient.getBalance({ address: recipient }), 4_337n)

  // An unknown hash is not_found, not an error.
  const unknown = await pimlicoClient.getUserOperationStatus({ hash: `0x${'ab'.repeat(32)}` })
  assert.deepEqual(unknown, { status: 'not_found', transactionHash: null })
}
