package validation

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Selectors of the validation calls the EntryPoint makes (v0.7 to v0.9
// share the PackedUserOperation layout).
var (
	SelectorValidateUserOp          = selector("validateUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes),bytes32,uint256)")
	SelectorValidatePaymasterUserOp = selector("validatePaymasterUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes),bytes32,uint256)")
)

func selector(sig string) [4]byte {
	var s [4]byte
	copy(s[:], crypto.Keccak256([]byte(sig))[:4])
	return s
}

// HasSelector reports whether input calls the function sel.
func HasSelector(input []byte, sel [4]byte) bool {
	return len(input) >= 4 && [4]byte(input[:4]) == sel
}

// entityGas is the gas each entity's validation frame used in a
// simulateValidation trace: the account's validateUserOp, the paymaster's
// validatePaymasterUserOp and the factory's call from the senderCreator.
// EREP-070 compares it with the same frames in the bundle.
func entityGas(root *Frame, ents Entities) map[Entity]uint64 {
	out := map[Entity]uint64{}
	for i := range root.Calls {
		f := &root.Calls[i]
		switch {
		case f.To == ents.Sender.Address && HasSelector(f.Input, SelectorValidateUserOp):
			out[EntityAccount] += f.GasUsed
		case ents.Paymaster != nil && f.To == ents.Paymaster.Address && HasSelector(f.Input, SelectorValidatePaymasterUserOp):
			out[EntityPaymaster] += f.GasUsed
		case ents.Factory != nil:
			for j := range f.Calls {
				if f.Calls[j].To == ents.Factory.Address {
					out[EntityFactory] += f.Calls[j].GasUsed
				}
			}
		}
	}
	return out
}

// StakedValidationGas is the validation gas of each staked entity of res
// (EREP-070: a staked entity may not use much less gas when the bundle is
// built than at this validation); nil when no entity is staked or the
// validation was not traced.
func (r *Result) StakedValidationGas() map[common.Address]uint64 {
	var out map[common.Address]uint64
	for _, e := range []struct {
		name Entity
		info *EntityInfo
	}{{EntityAccount, &r.Entities.Sender}, {EntityFactory, r.Entities.Factory}, {EntityPaymaster, r.Entities.Paymaster}} {
		g, ok := r.ValidationGas[e.name]
		if e.info == nil || !e.info.Staked || !ok {
			continue
		}
		if out == nil {
			out = map[common.Address]uint64{}
		}
		out[e.info.Address] = g
	}
	return out
}
