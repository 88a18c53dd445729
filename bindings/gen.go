// Package bindings holds the generated Go bindings of the contracts klaster
// talks to:
//
//   - v07: ERC-4337 v0.7 EntryPoint, EntryPointSimulations, SimpleAccount(Factory),
//     from the published @account-abstraction/contracts@0.7.0 artifacts.
//   - v08: the same for v0.8.0, plus Simple7702Account.
//   - klasteraccount: KlasterMerkleValidator, KlasterAccount, KlasterAccountFactory,
//     compiled from contracts/src with solc 0.8.28.
//
// Regenerate everything (needs Node.js and npm) from the repository root with:
//
//	go generate ./bindings/...
//
// stale_test.go fails when contracts/ changed without regenerating.
package bindings

//go:generate bash ../contracts/scripts/gen-bindings.sh
