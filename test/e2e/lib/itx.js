// The mee-v1 Merkle scheme of klaster-rpc.md, written from the spec only, so
// the suite can check a quote before the user signs it.
import { keccak256, encodeAbiParameters, concat, hexToBigInt } from 'viem'

export const signaturePrefix = '0x177eee00'

export function leafOf(userOpHash, lowerBoundTimestamp, upperBoundTimestamp) {
  const enc = encodeAbiParameters(
    [{ type: 'bytes32' }, { type: 'uint256' }, { type: 'uint256' }],
    [userOpHash, BigInt(lowerBoundTimestamp), BigInt(upperBoundTimestamp)],
  )
  return keccak256(keccak256(enc))
}

// OpenZeppelin MerkleProof.processProof with sorted pairs.
export function rootFromProof(leaf, proof) {
  let h = leaf
  for (const p of proof) {
    h = hexToBigInt(h) < hexToBigInt(p) ? keccak256(concat([h, p])) : keccak256(concat([p, h]))
  }
  return h
}
