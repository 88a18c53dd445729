// A plain EOA pays once, in a token (klaster-rpc.md, "Paying once"): a fresh
// key holding only the dev test token (KUSD) on 1337 and no native coin on
// any chain signs ONE chainId-0 EIP-7702 authorization and ONE root; the
// node's payment op (index 0) moves the quoted amount of KUSD to the node on
// 1337, and the node's paymaster pays the gas of every op on 1337 and 1338.
import assert from 'node:assert/strict'
import {
  createClient, http, isAddressEqual, encodeFunctionData, toHex, hexToBigInt, parseAbi,
} from 'viem'
import { privateKeyToAccount, generatePrivateKey } from 'viem/accounts'
import { addresses, devKeys } from '../lib/klaster.js'
import { nodeClients, timeout } from '../lib/chains.js'
import { accountAbi, pollStatus } from './viem-klaster.js'

const chains = [1337, 1338]
const tokenAbi = parseAbi(['function mint(address to, uint256 amount)', 'function balanceOf(address) view returns (uint256)'])

function eip7702Auth(a) {
  return {
    chainId: toHex(a.chainId), address: a.address, nonce: toHex(a.nonce),
    yParity: toHex(a.yParity), r: toHex(hexToBigInt(a.r)), s: toHex(hexToBigInt(a.s)),
  }
}

export async function klaster7702PaidFlowViem(k, t) {
  const klaster = createClient({ transport: http(k.url, { retryCount: 0, timeout }) })
  const request = (method, params) => klaster.request({ method, params })
  const info = await request('klaster_getInfo', [])
  const c0 = info.chains.find((c) => Number(c.chainId) === chains[0])
  const impl = c0.eip7702Account
  const token = c0.paymentTokens[0].address
  assert.equal(c0.paymentTokens[0].decimals, 6)

  const eoa = privateKeyToAccount(generatePrivateKey())
  const minter = nodeClients(k, chains[0], privateKeyToAccount(devKeys[0]))
  const mint = await minter.walletClient.writeContract({ address: token, abi: tokenAbi, functionName: 'mint', args: [eoa.address, 1_000_000_000n] })
  await minter.publicClient.waitForTransactionReceipt({ hash: mint })
  for (const id of chains) {
    const { publicClient } = nodeClients(k, id)
    assert.equal(await publicClient.getBalance({ address: eoa.address }), 0n, `chain ${id}: no native coin`)
  }
  const authorization = await eoa.signAuthorization({ chainId: 0, contractAddress: impl, nonce: 0 })
  const recipients = chains.map(() => privateKeyToAccount(generatePrivateKey()).address)
  const items = chains.map((id, i) => ({
    chainId: toHex(id),
    entryPoint: addresses.entryPoint08,
    userOp: {
      sender: eoa.address,
      nonce: '0x0',
      callData: encodeFunctionData({ abi: accountAbi, functionName: 'execute', args: [recipients[i], 0n, '0x'] }),
      eip7702Auth: eip7702Auth(authorization),
    },
  }))
  const payment = { chainId: toHex(chains[0]), token, sender: eoa.address, entryPoint: addresses.entryPoint08 }
  const quote = await request('klaster_getQuote', [{ userOps: items, payment }])
  assert.equal(quote.userOps.length, 3, 'the payment op comes first')
  assert.ok(isAddressEqual(quote.userOps[0].userOp.sender, eoa.address))
  for (const q of quote.userOps) assert.ok(q.userOp.paymaster, 'every op is sponsored by the node paymaster')
  const amount = hexToBigInt(quote.paymentInfo.amount)
  t.diagnostic(`pays ${amount} KUSD units once for ${quote.userOps.length} ops on ${chains.join(' and ')}`)

  const signature = await eoa.signMessage({ message: { raw: quote.itxHash } })
  const before = await minter.publicClient.readContract({ address: token, abi: tokenAbi, functionName: 'balanceOf', args: [eoa.address] })
  await request('klaster_sendInterchainTx', [{ userOps: quote.userOps, signature, commitment: quote.commitment }])
  const { final, seen } = await pollStatus(request, quote.itxHash, { timeoutMs: 120_000 })
  t.diagnostic(`iTx statuses seen: ${seen.join(' → ')}`)
  assert.equal(final.status, 'SUCCESS', JSON.stringify(final))
  const after = await minter.publicClient.readContract({ address: token, abi: tokenAbi, functionName: 'balanceOf', args: [eoa.address] })
  assert.equal(before - after, amount, 'the EOA paid exactly paymentInfo.amount')
  assert.ok(hexToBigInt(final.userOps[1].blockNumber) > hexToBigInt(final.userOps[0].blockNumber), 'op 1 ran after the payment')
  for (const id of chains) {
    const { publicClient } = nodeClients(k, id)
    assert.equal(await publicClient.getBalance({ address: eoa.address }), 0n, `chain ${id}: still no native coin`)
  }
}
