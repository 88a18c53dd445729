// Package bindings holds the generated Go bindings of the contracts klaster
// talks to:
//
//   - v06: ERC-4337 v0.6 EntryPoint (simulateValidation is on it),
//     SimpleAccount(Factory), from @account-abstraction/contracts@0.6.0.
//   - v07: ERC-4337 v0.7 EntryPoint, EntryPointSimulations, SimpleAccount(Factory),
//     from the published @account-abstraction/contracts@0.7.0 artifacts.
//   - v08: the same for v0.8.0, plus Simple7702Account.
//   - v09: the same as v08 for v0.9.0-rc.1.
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
