// Package payment is how a klaster node gets paid once, in one token, on one
// chain, for a whole interchain transaction, and fronts the gas everywhere
// else through its own paymaster (contracts/src/KlasterNodePaymaster.sol):
//
//   - sponsor.go: the node paymaster's sponsorship (the paymasterData the
//     node signs for each op it commits to), its hash and its signature;
//   - payop.go: the payment op's callData and the payment reference that
//     ties every sponsored op of an iTx to its payment op;
//   - price.go and amount.go: price sources (a fixed rate or a Chainlink-style
//     feed with a staleness limit) and the amount formula of the wire spec;
//   - deposit.go: keeping the paymaster's EntryPoint deposit between bounds.
package payment
