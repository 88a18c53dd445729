package devnet

import (
	"maps"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// Create2Proxy is the deterministic-deployment proxy (Arachnid's) at its
// canonical address. Everything klaster deploys on a dev chain goes through it,
// so addresses depend only on bytecode and salt.
var Create2Proxy = common.HexToAddress("0x4e59b44847b379578588920ca78fbf26c0b4956c")

// create2ProxyCode is the runtime code of Create2Proxy: calldata is
// salt(32) ‖ initcode, the result is the 20-byte address of the new contract.
var create2ProxyCode = common.FromHex("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe03601600081602082378035828234f58015156039578182fd5b8082525050506014600cf3")

// DefaultBlockGasLimit leaves room for large bundles; a single transaction is
// still capped at 16,777,216 gas by EIP-7825 (Osaka is active on dev chains).
const DefaultBlockGasLimit = 60_000_000

// devBalance is what each prefunded dev account starts with: 10000 ETH.
var devBalance = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))

// Genesis returns the genesis of a dev chain: every shipped fork active from
// block 0, up to and including Osaka, the system contracts (EIP-4788 beacon roots among them),
// the CREATE2 proxy and the prefunded dev accounts. It is deterministic, so a
// chain kept in a datadir reopens with the same genesis hash.
func Genesis(chainID uint64, gasLimit uint64, accounts []Account) *core.Genesis {
	cfg := *params.AllDevChainProtocolChanges
	cfg.ChainID = new(big.Int).SetUint64(chainID)
	// Stop at Osaka, what production chains run. go-ethereum's dev preset
	// also schedules the unfinished Amsterdam/Bogota rules (EIP-8037 state
	// gas), under which gas figures match no real chain.
	cfg.AmsterdamTime, cfg.BogotaTime = nil, nil

	alloc := types.GenesisAlloc{}
	// Precompiles hold 1 wei, as in geth's own dev genesis, so they are never
	// "empty" accounts.
	for i := 1; i <= 0x11; i++ {
		alloc[common.BytesToAddress([]byte{byte(i)})] = types.Account{Balance: big.NewInt(1)}
	}
	alloc[common.BytesToAddress([]byte{0x1, 0x00})] = types.Account{Balance: big.NewInt(1)} // P256VERIFY
	maps.Copy(alloc, core.SystemContractAllocs())
	alloc[Create2Proxy] = types.Account{Code: create2ProxyCode, Balance: new(big.Int)}
	for _, a := range accounts {
		alloc[a.Address] = types.Account{Balance: new(big.Int).Set(devBalance)}
	}
	return &core.Genesis{
		Config:     &cfg,
		GasLimit:   gasLimit,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: big.NewInt(0),
		Timestamp:  0,
		Alloc:      alloc,
	}
}
