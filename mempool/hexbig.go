package mempool

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// hexBig marshals a big.Int as a JSON hex quantity (nil: null).
type hexBig big.Int

func (b *hexBig) MarshalText() ([]byte, error) { return (*hexutil.Big)(b).MarshalText() }

func (b *hexBig) String() string { return (*hexutil.Big)(b).String() }
