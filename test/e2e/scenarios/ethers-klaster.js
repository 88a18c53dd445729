// The Klaster flow with ethers v6 only: JsonRpcProvider.send for the klaster_*
// methods, Wallet.signMessage(getBytes(itxHash)), and a WebSocketProvider
// subscription to klaster_subscribe("interchainTxs", { itxHash }).
import assert from 'node:assert/strict'
import {
  JsonRpcProvider, WebSocketProvider, Network, Wallet, Contract, Interface, getBytes, parseEther, toQuantity,
  verifyMessage, keccak256, AbiCoder, concat, getAddress,
} from 'ethers'
import { addresses, devKeys } from '../lib/klaster.js'

const factoryIface = new Interface([
  'function createAccount(address owner, uint256 salt) returns (address)',
  'function getAddress(address owner, uint256 salt) view returns (address)',
])
const accountIface = new Interface(['function execute(address target, uint256 value, bytes data)'])
const entryPointIface = new Interface([
  'function getNonce(address sender, uint192 key) view returns (uint256)',
  'event UserOperationEvent(bytes32 indexed userOpHash, address indexed sender, address indexed paymaster, uint256 nonce, bool success, uint256 actualGasCost, uint256 actualGasUsed)',
])
const coder = AbiCoder.defaultAbiCoder()

// ethers' SocketProvider dispatches only "eth_subscription" notifications (and
// emits an UNEXPECTED_MESSAGE error for any other method), so klaster's
// "klaster_subscription" pushes are taken here, before ethers sees them.
// _processMessage is the documented hook every SocketProvider subclass feeds.
class KlasterWebSocketProvider extends WebSocketProvider {
  #listeners = new Map()
  #early = new Map()
  async _processMessage(message) {
    const msg = JSON.parse(message)
    if (msg && msg.method === 'klaster_subscription') {
      const { subscription, result } = msg.params
      const fn = this.#listeners.get(subscription)
      if (fn) fn(result)
      else this.#early.set(subscription, [...(this.#early.get(subscription) ?? []), result])
      return
    }
    return super._processMessage(message)
  }
  async klasterSubscribe(kind, filter, onResult) {
    const id = await this.send('klaster_subscribe', filter === undefined ? [kind] : [kind, filter])
    this.#listeners.set(id, onResult)
    for (const r of this.#early.get(id) ?? []) onResult(r)
    this.#early.delete(id)
    return id
  }
  async klasterUnsubscribe(id) {
    this.#listeners.delete(id)
    return this.send('klaster_unsubscribe', [id])
  }
}

const sortedHash = (a, b) => (BigInt(a) < BigInt(b) ? keccak256(concat([a, b])) : keccak256(concat([b, a])))
const leafOf = (h, lb, ub) => keccak256(keccak256(coder.encode(['bytes32', 'uint256', 'uint256'], [h, lb, ub])))

export async function klasterFlowEthers(k, t) {
  // "/" serves several chains, so it has no eth_chainId: give ethers a static
  // network or it retries network detection forever.
  const klaster = new JsonRpcProvider(k.url, Network.from(1337), { staticNetwork: true })
  const ws = new KlasterWebSocketProvider(k.wsUrl, Network.from(1337), { staticNetwork: true })
  try {
    const owner = new Wallet(devKeys[4])
    const info = await klaster.send('klaster_getInfo', [])

    const legs = []
    for (const [chainId, entryPoint, value] of [[1337, addresses.entryPoint08, 3_003n], [1338, addresses.entryPoint07, 4_004n]]) {
      const node = new JsonRpcProvider(k.nodeUrl(chainId), Network.from(chainId), { staticNetwork: true, pollingInterval: 250 })
      const chain = info.chains.find((c) => Number(c.chainId) === chainId)
      const factoryAddr = Object.entries(chain.accountFactories).find(([ep]) => getAddress(ep) === getAddress(entryPoint))[1]
      const factory = new Contract(factoryAddr, factoryIface, node)
      // `getAddress` clashes with BaseContract.getAddress(), so call it by signature.
      const sender = await factory['getAddress(address,uint256)'](owner.address, 7n)
      const funding = await owner.connect(node).sendTransaction({ to: sender, value: parseEther('1') })
      assert.equal((await funding.wait()).status, 1)
      const nonce = await new Contract(entryPoint, entryPointIface, node).getNonce(sender, 0n)
      const recipient = Wallet.createRandom().address
      legs.push({
        chainId, entryPoint, value, node, sender, recipient,
        item: {
          chainId: toQuantity(chainId),
          entryPoint,
          userOp: {
            sender,
            nonce: toQuantity(nonce),
            factory: factoryAddr,
            factoryData: factoryIface.encodeFunctionData('createAccount', [owner.address, 7n]),
            callData: accountIface.encodeFunctionData('execute', [recipient, value, '0x']),
          },
        },
      })
    }

    const quote = await klaster.send('klaster_getQuote', [{ userOps: legs.map((l) => l.item) }])
    assert.equal(verifyMessage(getBytes(quote.itxHash), quote.commitment), getAddress(info.node))
    for (const q of quote.userOps) {
      assert.equal(q.leaf, leafOf(q.userOpHash, q.lowerBoundTimestamp, q.upperBoundTimestamp))
      assert.equal(q.proof.reduce(sortedHash, q.leaf), quote.itxHash)
    }

    // Subscribe before sending so that no status change is missed.
    const updates = []
    let resolveDone
    const done = new Promise((res) => { resolveDone = res })
    const subId = await ws.klasterSubscribe('interchainTxs', { itxHash: quote.itxHash }, (status) => {
      updates.push(status)
      if (['SUCCESS', 'FAILED', 'EXPIRED'].includes(status.status)) resolveDone(status)
    })
    assert.ok(subId, 'klaster_subscribe returns a subscription id')

    const signature = await owner.signMessage(getBytes(quote.itxHash))
    const sent = await klaster.send('klaster_sendInterchainTx', [{ userOps: quote.userOps, signature, commitment: quote.commitment }])
    assert.equal(sent.itxHash, quote.itxHash)

    let timer
    const final = await Promise.race([
      done,
      new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`no final klaster_subscription push in 45 s; got ${JSON.stringify(updates)}`)), 45_000) }),
    ]).finally(() => clearTimeout(timer))
    t.diagnostic(`pushed statuses: ${updates.map((u) => u.status).join(' → ')}`)
    assert.equal(final.status, 'SUCCESS', JSON.stringify(final))
    assert.equal(final.itxHash, quote.itxHash)
    assert.ok(updates.every((u) => u.itxHash === quote.itxHash), 'only this iTx is pushed')
    assert.deepEqual(final.userOps.map((o) => o.status), legs.map(() => 'MINED_SUCCESS'))
    await ws.klasterUnsubscribe(subId)

    // Polling agrees with the push, and the chain agrees with both.
    const polled = await klaster.send('klaster_getInterchainTxStatus', [quote.itxHash])
    assert.equal(polled.status, 'SUCCESS')
    for (const [i, leg] of legs.entries()) {
      const op = final.userOps[i]
      const receipt = await leg.node.getTransactionReceipt(op.transactionHash)
      const ev = receipt.logs
        .filter((l) => getAddress(l.address) === getAddress(leg.entryPoint))
        .map((l) => entryPointIface.parseLog(l))
        .find((e) => e?.name === 'UserOperationEvent' && e.args.userOpHash === quote.userOps[i].userOpHash)
      assert.ok(ev, `UserOperationEvent of op ${i} in ${op.transactionHash}`)
      assert.equal(ev.args.success, true)
      assert.equal(getAddress(ev.args.sender), getAddress(leg.sender))
      assert.equal(await leg.node.getBalance(leg.recipient), leg.value)
      leg.node.destroy()
    }
  } finally {
    klaster.destroy()
    await ws.destroy()
  }
}
