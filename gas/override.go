package gas

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// OverrideAccount is one account of an eth_call state override, in the
// JSON form nodes accept (and eth_estimateUserOperationGas receives).
type OverrideAccount struct {
	Nonce            *hexutil.Uint64             `json:"nonce,omitempty"`
	Code             *hexutil.Bytes              `json:"code,omitempty"`
	Balance          *hexutil.Big                `json:"balance,omitempty"`
	State            map[common.Hash]common.Hash `json:"state,omitempty"`
	StateDiff        map[common.Hash]common.Hash `json:"stateDiff,omitempty"`
	MovePrecompileTo *common.Address             `json:"movePrecompileToAddress,omitempty"`
}

// StateOverride maps addresses to their overrides.
type StateOverride map[common.Address]OverrideAccount

// clone copies the map; account values are copied shallowly (their maps
// and pointers are never written through).
func (s StateOverride) clone() StateOverride {
	out := make(StateOverride, len(s)+2)
	for a, o := range s {
		out[a] = o
	}
	return out
}

// withCode returns a copy of s with addr's code replaced; the rest of a
// user's override of addr (balance, storage) is kept.
func (s StateOverride) withCode(addr common.Address, code []byte) StateOverride {
	out := s.clone()
	o := out[addr]
	c := hexutil.Bytes(code)
	o.Code = &c
	out[addr] = o
	return out
}

// balance returns the overridden balance of addr, if any.
func (s StateOverride) balance(addr common.Address) (*big.Int, bool) {
	if o, ok := s[addr]; ok && o.Balance != nil {
		return (*big.Int)(o.Balance), true
	}
	return nil, false
}

// withBalance returns a copy of s with addr's balance set.
func (s StateOverride) withBalance(addr common.Address, bal *big.Int) StateOverride {
	out := s.clone()
	o := out[addr]
	o.Balance = (*hexutil.Big)(new(big.Int).Set(bal))
	out[addr] = o
	return out
}
