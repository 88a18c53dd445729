package devnet

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
	"github.com/klaster-dev/klaster/bindings/v06"
	"github.com/klaster-dev/klaster/bindings/v07"
	"github.com/klaster-dev/klaster/bindings/v08"
	"github.com/klaster-dev/klaster/bindings/v09"
	"github.com/klaster-dev/klaster/entrypoint"
)

// Salts with which the EntryPoints were deployed on public chains. With the
// npm packages' own bytecode they reproduce the canonical addresses of v0.6
// (salt zero), v0.7 and v0.8.
//
// v0.9 is the exception: npm serves only 0.9.0-rc.1, whose bytecode is not
// what was deployed at the canonical 0x433709009B8330FDa32311DF1C2AFA402eD8D009
// (and the salt of that deployment is not published). It is deployed with
// the eth-infinitism deployer's default salt (v0.8's) and lands at
// EntryPointV09DevAddress, which is what a dev chain serves and reports.
var (
	saltEntryPointV06 = common.Hash{}
	saltEntryPointV07 = common.HexToHash("0x90d8084deab30c2a37c45e8d47f49f2f7965183cb6990a98943ef94940681de3")
	saltEntryPointV08 = common.HexToHash("0x0a59dbff790c23c976a548690c27297883cc66b4c67024f9117b0238995e35e9")
	saltEntryPointV09 = saltEntryPointV08
)

// Where the npm v0.9.0-rc.1 EntryPoint and its SimpleAccountFactory land
// through the CREATE2 proxy (not the canonical v0.9 address; see above).
const (
	EntryPointV09DevAddress           = "0xF57e9E98dA1EeD5f7e4D5c6e76050bB9B3a4e0dA"
	SimpleAccountFactoryV09DevAddress = "0x519B5107474187799bD5B23677093c6BAaE3f30c"
)

// Contracts are the addresses of everything deployed on a dev chain. They are
// the same on every chain and every run.
type Contracts struct {
	EntryPointV07           common.Address
	EntryPointV08           common.Address
	SimpleAccountFactoryV07 common.Address
	SimpleAccountFactoryV08 common.Address
	// v0.6 (canonical addresses) and v0.9 (EntryPointV09DevAddress) with
	// their SimpleAccountFactory; klaster serves the versions in
	// entrypoint.Versions.
	EntryPointV06           common.Address
	EntryPointV09           common.Address
	SimpleAccountFactoryV06 common.Address
	SimpleAccountFactoryV09 common.Address
	// Simple7702AccountV09 is the v0.9 EIP-7702 delegate (bound to
	// EntryPointV09 by its constructor).
	Simple7702AccountV09 common.Address
	KlasterValidator     common.Address
	KlasterFactoryV07    common.Address
	KlasterFactoryV08    common.Address
	// KlasterFactoryV09 is the KlasterAccountFactory bound to EntryPointV09.
	KlasterFactoryV09 common.Address
	// Simple7702Account is the v0.8 delegate for EIP-7702 accounts.
	Simple7702Account common.Address
	// StakeManager is the KlasterStakeManager of nodes and witnesses
	// (StakeManagerConfig), reading KlasterValidator's executed registry.
	StakeManager common.Address
	// Klaster7702Account is the EIP-7702 delegate of plain EOAs in iTxs
	// (bound to EntryPointV08 and KlasterValidator), listed per chain in
	// klaster_getInfo as eip7702Account.
	Klaster7702Account common.Address
	// TestToken is the 6-decimal KlasterTestToken (KUSD) that dev chains
	// take payments in; the deployer mints it.
	TestToken common.Address
}

// StakeManagerConfig is what the KlasterStakeManager is deployed with. It is
// fixed at deployment.
type StakeManagerConfig struct {
	UnlockDelay    uint64 // seconds between unlock() and withdraw()
	ChallengeDelay uint64 // seconds after an op's upperBoundTimestamp before slash
	ThresholdBps   uint64 // votes needed, in basis points of all stake
	SlashBps       uint64 // share of the node's stake taken, in basis points
}

// DevStakeManager is the stake manager of dev chains and `klaster deploy`:
// a 1-day unlock, a 4 s challenge delay, slashing once the votes reach half
// of all stake, and half of the node's stake slashed. With three equal
// stakes (a node and two witnesses) both witnesses must vote.
var DevStakeManager = StakeManagerConfig{UnlockDelay: 86400, ChallengeDelay: 4, ThresholdBps: 5000, SlashBps: 5000}

// EntryPoints lists every EntryPoint deployed, with its version, oldest
// version first (v0.9 at EntryPointV09DevAddress).
func (c Contracts) EntryPoints() []entrypoint.Deployment {
	return []entrypoint.Deployment{
		{Address: c.EntryPointV06, Version: entrypoint.V06},
		{Address: c.EntryPointV07, Version: entrypoint.V07},
		{Address: c.EntryPointV08, Version: entrypoint.V08},
		{Address: c.EntryPointV09, Version: entrypoint.V09},
	}
}

// SimpleAccountFactory returns the SimpleAccountFactory bound to entryPoint.
func (c Contracts) SimpleAccountFactory(entryPoint common.Address) (common.Address, bool) {
	switch entryPoint {
	case c.EntryPointV06:
		return c.SimpleAccountFactoryV06, true
	case c.EntryPointV07:
		return c.SimpleAccountFactoryV07, true
	case c.EntryPointV08:
		return c.SimpleAccountFactoryV08, true
	case c.EntryPointV09:
		return c.SimpleAccountFactoryV09, true
	}
	return common.Address{}, false
}

// KlasterFactory returns the KlasterAccountFactory bound to entryPoint.
func (c Contracts) KlasterFactory(entryPoint common.Address) (common.Address, bool) {
	switch entryPoint {
	case c.EntryPointV07:
		return c.KlasterFactoryV07, true
	case c.EntryPointV08:
		return c.KlasterFactoryV08, true
	case c.EntryPointV09:
		return c.KlasterFactoryV09, true
	}
	return common.Address{}, false
}

// deployment is one CREATE2 deployment through Create2Proxy.
type deployment struct {
	name     string
	salt     common.Hash
	initCode []byte
	address  common.Address
}

// plan lists the deployments of a dev chain in dependency order, with the
// address each one lands at. factoryOwner may unlock and withdraw the Klaster
// factories' stake.
func plan(factoryOwner common.Address) ([]deployment, Contracts, error) {
	var (
		out []deployment
		c   Contracts
	)
	add := func(name string, salt common.Hash, bin string, meta abiGetter, args ...any) (common.Address, error) {
		initCode := common.FromHex(bin)
		if len(args) > 0 {
			parsed, err := meta()
			if err != nil {
				return common.Address{}, fmt.Errorf("%s abi: %w", name, err)
			}
			packed, err := parsed.Pack("", args...)
			if err != nil {
				return common.Address{}, fmt.Errorf("%s constructor args: %w", name, err)
			}
			initCode = append(initCode, packed...)
		}
		addr := crypto.CreateAddress2(Create2Proxy, salt, crypto.Keccak256(initCode))
		out = append(out, deployment{name: name, salt: salt, initCode: initCode, address: addr})
		return addr, nil
	}
	var err error
	if c.EntryPointV07, err = add("EntryPoint v0.7", saltEntryPointV07, v07.EntryPointMetaData.Bin, v07.EntryPointMetaData.GetAbi); err != nil {
		return nil, c, err
	}
	if c.EntryPointV08, err = add("EntryPoint v0.8", saltEntryPointV08, v08.EntryPointMetaData.Bin, v08.EntryPointMetaData.GetAbi); err != nil {
		return nil, c, err
	}
	if c.SimpleAccountFactoryV07, err = add("SimpleAccountFactory v0.7", common.Hash{}, v07.SimpleAccountFactoryMetaData.Bin, v07.SimpleAccountFactoryMetaData.GetAbi, c.EntryPointV07); err != nil {
		return nil, c, err
	}
	if c.SimpleAccountFactoryV08, err = add("SimpleAccountFactory v0.8", common.Hash{}, v08.SimpleAccountFactoryMetaData.Bin, v08.SimpleAccountFactoryMetaData.GetAbi, c.EntryPointV08); err != nil {
		return nil, c, err
	}
	if c.EntryPointV06, err = add("EntryPoint v0.6", saltEntryPointV06, v06.EntryPointMetaData.Bin, v06.EntryPointMetaData.GetAbi); err != nil {
		return nil, c, err
	}
	if c.EntryPointV09, err = add("EntryPoint v0.9", saltEntryPointV09, v09.EntryPointMetaData.Bin, v09.EntryPointMetaData.GetAbi); err != nil {
		return nil, c, err
	}
	if c.SimpleAccountFactoryV06, err = add("SimpleAccountFactory v0.6", common.Hash{}, v06.SimpleAccountFactoryMetaData.Bin, v06.SimpleAccountFactoryMetaData.GetAbi, c.EntryPointV06); err != nil {
		return nil, c, err
	}
	if c.SimpleAccountFactoryV09, err = add("SimpleAccountFactory v0.9", common.Hash{}, v09.SimpleAccountFactoryMetaData.Bin, v09.SimpleAccountFactoryMetaData.GetAbi, c.EntryPointV09); err != nil {
		return nil, c, err
	}
	if c.Simple7702AccountV09, err = add("Simple7702Account v0.9", common.Hash{}, v09.Simple7702AccountMetaData.Bin, v09.Simple7702AccountMetaData.GetAbi, c.EntryPointV09); err != nil {
		return nil, c, err
	}
	if c.Simple7702Account, err = add("Simple7702Account", common.Hash{}, v08.Simple7702AccountMetaData.Bin, v08.Simple7702AccountMetaData.GetAbi); err != nil {
		return nil, c, err
	}
	if c.KlasterValidator, err = add("KlasterMerkleValidator", common.Hash{}, klasteraccount.KlasterMerkleValidatorMetaData.Bin, klasteraccount.KlasterMerkleValidatorMetaData.GetAbi); err != nil {
		return nil, c, err
	}
	if c.KlasterFactoryV07, err = add("KlasterAccountFactory v0.7", common.Hash{}, klasteraccount.KlasterAccountFactoryMetaData.Bin, klasteraccount.KlasterAccountFactoryMetaData.GetAbi, c.EntryPointV07, c.KlasterValidator, factoryOwner); err != nil {
		return nil, c, err
	}
	if c.KlasterFactoryV08, err = add("KlasterAccountFactory v0.8", common.Hash{}, klasteraccount.KlasterAccountFactoryMetaData.Bin, klasteraccount.KlasterAccountFactoryMetaData.GetAbi, c.EntryPointV08, c.KlasterValidator, factoryOwner); err != nil {
		return nil, c, err
	}
	if c.KlasterFactoryV09, err = add("KlasterAccountFactory v0.9", common.Hash{}, klasteraccount.KlasterAccountFactoryMetaData.Bin, klasteraccount.KlasterAccountFactoryMetaData.GetAbi, c.EntryPointV09, c.KlasterValidator, factoryOwner); err != nil {
		return nil, c, err
	}
	if c.Klaster7702Account, err = add("Klaster7702Account", common.Hash{}, klasteraccount.Klaster7702AccountMetaData.Bin, klasteraccount.Klaster7702AccountMetaData.GetAbi, c.EntryPointV08, c.KlasterValidator); err != nil {
		return nil, c, err
	}
	if c.StakeManager, err = add("KlasterStakeManager", common.Hash{}, klasteraccount.KlasterStakeManagerMetaData.Bin, klasteraccount.KlasterStakeManagerMetaData.GetAbi,
		c.KlasterValidator, []common.Address{c.EntryPointV07, c.EntryPointV08, c.EntryPointV09},
		new(big.Int).SetUint64(DevStakeManager.UnlockDelay), new(big.Int).SetUint64(DevStakeManager.ChallengeDelay),
		new(big.Int).SetUint64(DevStakeManager.ThresholdBps), new(big.Int).SetUint64(DevStakeManager.SlashBps)); err != nil {
		return nil, c, err
	}
	if c.TestToken, err = add("KlasterTestToken", common.Hash{}, klasteraccount.KlasterTestTokenMetaData.Bin, klasteraccount.KlasterTestTokenMetaData.GetAbi, factoryOwner); err != nil {
		return nil, c, err
	}
	// The npm bytecode must reproduce the canonical addresses, or wallets'
	// defaults would not find the contracts (v0.9: the documented address
	// it lands at instead).
	for _, check := range []struct {
		name      string
		got, want common.Address
	}{
		{"EntryPoint v0.7", c.EntryPointV07, entrypoint.V07.EntryPoint()},
		{"EntryPoint v0.8", c.EntryPointV08, entrypoint.V08.EntryPoint()},
		{"SimpleAccountFactory v0.7", c.SimpleAccountFactoryV07, entrypoint.V07.SimpleAccountFactory()},
		{"SimpleAccountFactory v0.8", c.SimpleAccountFactoryV08, entrypoint.V08.SimpleAccountFactory()},
		{"EntryPoint v0.6", c.EntryPointV06, entrypoint.V06.EntryPoint()},
		{"SimpleAccountFactory v0.6", c.SimpleAccountFactoryV06, entrypoint.V06.SimpleAccountFactory()},
		{"EntryPoint v0.9 (npm 0.9.0-rc.1, not canonical)", c.EntryPointV09, common.HexToAddress(EntryPointV09DevAddress)},
		{"SimpleAccountFactory v0.9 (npm 0.9.0-rc.1)", c.SimpleAccountFactoryV09, common.HexToAddress(SimpleAccountFactoryV09DevAddress)},
	} {
		if check.got != check.want {
			return nil, c, fmt.Errorf("%s would deploy at %s, not at %s: the bindings' bytecode differs from the npm package's", check.name, check.got, check.want)
		}
	}
	return out, c, nil
}

type abiGetter func() (*abi.ABI, error)
