#!/usr/bin/env node
// Produces the combined-JSON inputs for abigen.
//
//   node scripts/compile.mjs <outDir>
//
// Writes six files into <outDir>:
//   v06.combined.json            - ERC-4337 v0.6 artifacts, taken verbatim from node_modules/aa06
//   v07.combined.json            - ERC-4337 v0.7 artifacts, taken verbatim from node_modules/aa07
//   v08.combined.json            - ERC-4337 v0.8 artifacts, taken verbatim from node_modules/aa08
//   v09.combined.json            - ERC-4337 v0.9 artifacts, taken verbatim from node_modules/aa09
//   klasteraccount.combined.json - our contracts in src/, compiled with solc-js
//   testcontracts.combined.json  - our test-only contracts in test/, compiled the same way
//
// The format is the one `solc --combined-json abi,bin,bin-runtime` emits,
// which is what `abigen --combined-json` reads. The runtime bytecode is kept
// under "bin-runtime" so gen-bindings.sh can emit *DeployedBin constants.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const solc = require('solc');

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..'); // contracts/
const nodeModules = path.join(root, 'node_modules');

const SOLC_VERSION = '0.8.28';
const EVM_VERSION = 'cancun';
const OPTIMIZER_RUNS = 1000000;

// Contracts that are bound from the published, pre-built artifacts.
const ARTIFACT_SETS = {
  // v0.6 has no EntryPointSimulations: simulateValidation is on the EntryPoint.
  v06: { pkg: 'aa06', contracts: ['EntryPoint', 'SimpleAccountFactory', 'SimpleAccount'] },
  v07: { pkg: 'aa07', contracts: ['EntryPoint', 'EntryPointSimulations', 'SimpleAccountFactory', 'SimpleAccount'] },
  v08: {
    pkg: 'aa08',
    contracts: ['EntryPoint', 'EntryPointSimulations', 'SimpleAccountFactory', 'SimpleAccount', 'Simple7702Account'],
  },
  v09: {
    pkg: 'aa09',
    contracts: ['EntryPoint', 'EntryPointSimulations', 'SimpleAccountFactory', 'SimpleAccount', 'Simple7702Account'],
  },
};

function strip0x(hex) {
  return hex.startsWith('0x') ? hex.slice(2) : hex;
}

function writeJSON(file, obj) {
  fs.writeFileSync(file, JSON.stringify(obj, null, 1) + '\n');
}

function artifactsToCombined(set) {
  const out = { contracts: {}, version: '' };
  for (const name of set.contracts) {
    const file = path.join(nodeModules, set.pkg, 'artifacts', `${name}.json`);
    const art = JSON.parse(fs.readFileSync(file, 'utf8'));
    const linked = Object.keys(art.linkReferences || {}).length + Object.keys(art.deployedLinkReferences || {}).length;
    if (linked !== 0) {
      throw new Error(`${file}: library linking is not supported`);
    }
    if (!art.bytecode || strip0x(art.bytecode).length === 0) {
      throw new Error(`${file}: empty creation bytecode`);
    }
    out.contracts[`${art.sourceName}:${art.contractName}`] = {
      abi: art.abi,
      bin: strip0x(art.bytecode),
      'bin-runtime': strip0x(art.deployedBytecode),
    };
  }
  return out;
}

function listSol(dir) {
  const res = [];
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) res.push(...listSol(p));
    else if (ent.isFile() && ent.name.endsWith('.sol')) res.push(p);
  }
  return res.sort();
}

function compileSources(dir) {
  const version = solc.version();
  if (!version.startsWith(SOLC_VERSION + '+')) {
    throw new Error(`solc-js is ${version}, expected ${SOLC_VERSION}; run npm ci`);
  }
  const srcDir = path.join(root, dir);
  const sources = {};
  for (const file of listSol(srcDir)) {
    // Keys are posix-style paths relative to contracts/ so the metadata hash
    // does not depend on where the repository is checked out.
    const key = path.relative(root, file).split(path.sep).join('/');
    sources[key] = { content: fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n') };
  }
  const input = {
    language: 'Solidity',
    sources,
    settings: {
      evmVersion: EVM_VERSION,
      optimizer: { enabled: true, runs: OPTIMIZER_RUNS },
      remappings: ['@account-abstraction/contracts/=aa08/'],
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
    },
  };
  const findImports = (importPath) => {
    const candidate = path.resolve(nodeModules, importPath);
    if (!candidate.startsWith(nodeModules + path.sep)) {
      return { error: `import outside node_modules: ${importPath}` };
    }
    try {
      return { contents: fs.readFileSync(candidate, 'utf8') };
    } catch {
      return { error: `not found: ${importPath}` };
    }
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  let failed = false;
  for (const e of output.errors || []) {
    const msg = e.formattedMessage || e.message;
    if (e.severity === 'error') {
      failed = true;
      console.error(msg);
    } else {
      console.warn(msg);
    }
  }
  if (failed) {
    throw new Error('solc compilation failed');
  }
  const out = { contracts: {}, version };
  // Bind only deployable contracts that are declared in dir (not the
  // interfaces and libraries pulled in from node_modules).
  for (const file of Object.keys(sources).sort()) {
    const units = output.contracts[file] || {};
    for (const name of Object.keys(units).sort()) {
      const c = units[name];
      const bin = c.evm.bytecode.object;
      if (!bin) continue;
      out.contracts[`${file}:${name}`] = { abi: c.abi, bin, 'bin-runtime': c.evm.deployedBytecode.object };
    }
  }
  return out;
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(root, 'build'));
  const only = process.argv[3]; // optional: "artifacts" or "sources"
  fs.mkdirSync(outDir, { recursive: true });
  if (!only || only === 'artifacts') {
    for (const [pkg, set] of Object.entries(ARTIFACT_SETS)) {
      writeJSON(path.join(outDir, `${pkg}.combined.json`), artifactsToCombined(set));
    }
  }
  if (!only || only === 'sources') {
    writeJSON(path.join(outDir, 'klasteraccount.combined.json'), compileSources('src'));
    writeJSON(path.join(outDir, 'testcontracts.combined.json'), compileSources('test'));
  }
}

main();
