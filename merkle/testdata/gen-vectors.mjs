// gen-vectors.mjs writes the OpenZeppelin SimpleMerkleTree test vectors that
// merkle/vectors_test.go checks the Go implementation against.
//
// Run once, from this directory:
//
//	npm ci && node gen-vectors.mjs
//
// The output is deterministic: leaf i is keccak256(uint256(i)), so re-running
// it must not change the committed *.json files.
import { writeFileSync } from 'node:fs';
import { SimpleMerkleTree } from '@openzeppelin/merkle-tree';
import { keccak256 } from 'ethereum-cryptography/keccak.js';
import { bytesToHex } from 'ethereum-cryptography/utils.js';

const hex = (b) => '0x' + bytesToHex(b);

// leafFor returns keccak256 of the 32-byte big-endian encoding of i.
function leafFor(i) {
  const word = new Uint8Array(32);
  new DataView(word.buffer).setUint32(28, i);
  return hex(keccak256(word));
}

function vector(name, leaves) {
  const tree = SimpleMerkleTree.of(leaves); // sortLeaves defaults to true
  const dump = tree.dump();
  const out = {
    generator: 'gen-vectors.mjs with @openzeppelin/merkle-tree SimpleMerkleTree.of',
    leaves,
    root: tree.root,
    tree: dump.tree,
    // treeIndex[i] is the tree position of input leaf i.
    treeIndex: dump.values.map((v) => v.treeIndex),
    // proofs[i] is tree.getProof(i): the proof of input leaf i.
    proofs: leaves.map((_, i) => tree.getProof(i)),
    // proofsByValue[i] is tree.getProof(leaves[i]): lookup by value, which
    // differs from proofs[i] only for duplicate leaves.
    proofsByValue: leaves.map((leaf) => tree.getProof(leaf)),
  };
  for (const [i, proof] of out.proofs.entries()) {
    if (!SimpleMerkleTree.verify(tree.root, leaves[i], proof)) {
      throw new Error(`${name}: proof ${i} does not verify`);
    }
  }
  writeFileSync(`${name}.json`, JSON.stringify(out, null, 2) + '\n');
}

for (const n of [1, 2, 3, 7, 64]) {
  vector(`simple-${n}`, Array.from({ length: n }, (_, i) => leafFor(i)));
}
// Duplicate leaves: OpenZeppelin keeps them (stable sort, no dedup).
vector('simple-dup-6', [0, 1, 2, 1, 3, 1].map(leafFor));
