package validation

import (
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/vm"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

// ruleInput is what the rule checker needs besides the trace.
type ruleInput struct {
	cfg        *Config
	entryPoint common.Address
	version    entrypoint.Version
	op         *entrypoint.UserOperation
	entities   Entities
	context    []byte // paymaster context
	// blockTime is the validation block's timestamp and deadline the latest
	// inclusion time (beacon-roots reads, see beaconRootsWritten).
	blockTime, deadline uint64
	// delegated holds addresses whose code is an EIP-7702 delegation.
	delegated map[common.Address]bool
}

// traceReport is what the checker collects from a passing trace.
type traceReport struct {
	touched map[common.Address]bool                                // COD-010
	storage map[Entity]map[common.Address]map[common.Hash]struct{} // per entity
}

type checker struct {
	in           *ruleInput
	assoc        *associations
	report       traceReport
	create2Count int
}

type entityCtx struct {
	name   Entity
	addr   common.Address
	staked bool
	stake  StakeInfo
}

// checkRules applies the ERC-7562 rules to a simulateValidation trace.
func checkRules(in *ruleInput, root *Frame) (*traceReport, *erc7769.Error) {
	addrs := []common.Address{in.entities.Sender.Address}
	if f := in.entities.Factory; f != nil {
		addrs = append(addrs, f.Address)
	}
	if p := in.entities.Paymaster; p != nil {
		addrs = append(addrs, p.Address)
	}
	c := &checker{
		in:    in,
		assoc: newAssociations(root.Keccak, in.cfg.AssociatedSlotRange, addrs...),
		report: traceReport{
			touched: map[common.Address]bool{},
			storage: map[Entity]map[common.Address]map[common.Hash]struct{}{},
		},
	}
	if err := c.checkEntities(); err != nil {
		return nil, err
	}
	for i := range root.Calls {
		if err := c.topLevel(&root.Calls[i]); err != nil {
			return nil, err
		}
	}
	return &c.report, nil
}

func (c *checker) entity(name Entity) entityCtx {
	var info *EntityInfo
	switch name {
	case EntityAccount:
		info = &c.in.entities.Sender
	case EntityFactory:
		info = c.in.entities.Factory
	case EntityPaymaster:
		info = c.in.entities.Paymaster
	case EntityAggregator:
		info = c.in.entities.Aggregator
	}
	if info == nil {
		return entityCtx{name: name}
	}
	return entityCtx{name: name, addr: info.Address, staked: info.Staked, stake: info.Stake}
}

// checkEntities applies the rules that need no trace walk.
func (c *checker) checkEntities() *erc7769.Error {
	e := c.in.entities
	for _, ent := range []struct {
		name Entity
		info *EntityInfo
	}{{EntityFactory, e.Factory}, {EntityPaymaster, e.Paymaster}, {EntityAggregator, e.Aggregator}} {
		if ent.info != nil && c.in.delegated[ent.info.Address] {
			return ruleError("AUTH-020", ent.name, ent.info.Address, "%s %s is an EIP-7702 delegated account; only the sender may be one", ent.name, ent.info.Address.Hex())
		}
	}
	if e.Paymaster != nil && len(c.in.context) > 0 {
		if !e.Paymaster.Staked {
			return ruleError("EREP-050", EntityPaymaster, e.Paymaster.Address, "unstaked paymaster %s returned a context", e.Paymaster.Address.Hex())
		}
		if max := c.in.cfg.MaxContextSize; max > 0 && len(c.in.context) > max {
			return ruleError("LIM-020", EntityPaymaster, e.Paymaster.Address, "paymaster %s context of %d bytes exceeds %d", e.Paymaster.Address.Hex(), len(c.in.context), max)
		}
	}
	if e.Aggregator != nil && !e.Aggregator.Staked {
		agg := c.entity(EntityAggregator)
		return stakeError("EREP-040", agg, agg.addr, c.in.cfg, "aggregator must be staked")
	}
	return nil
}

// topLevel maps one call of the EntryPoint to its entity.
func (c *checker) topLevel(f *Frame) *erc7769.Error {
	in := c.in
	switch {
	case f.To == in.entryPoint:
		return nil
	case f.To == in.entities.Sender.Address:
		return c.walk(f, c.entity(EntityAccount), 0)
	case in.entities.Paymaster != nil && f.To == in.entities.Paymaster.Address:
		return c.walk(f, c.entity(EntityPaymaster), 0)
	}
	// The senderCreator: its calls are the factory (or the 7702 init call).
	for i := range f.Calls {
		ch := &f.Calls[i]
		switch {
		case in.entities.Factory != nil && ch.To == in.entities.Factory.Address:
			if err := c.walk(ch, c.entity(EntityFactory), 0); err != nil {
				return err
			}
		case ch.To == in.entities.Sender.Address:
			if err := c.walk(ch, c.entity(EntityAccount), 0); err != nil {
				return err
			}
		}
	}
	return nil
}

func (c *checker) walk(f *Frame, ent entityCtx, depth int) *erc7769.Error {
	if depth > maxFrameDepth {
		return ruleError("OP-020", ent.name, f.To, "%s call depth exceeds %d", ent.name, maxFrameDepth)
	}
	if depth > 0 && f.To == c.in.entryPoint {
		return c.entryPointCall(f, ent)
	}
	if f.Type != "SELFDESTRUCT" && f.To != (common.Address{}) {
		c.report.touched[f.To] = true
	}
	if f.OutOfGas {
		return ruleError("OP-020", ent.name, f.To, "%s internally reverts on oog in %s", ent.name, f.To.Hex())
	}
	if err := c.opcodes(f, ent); err != nil {
		return err
	}
	if err := c.accessedContracts(f, ent); err != nil {
		return err
	}
	for _, a := range f.ExtCodeAccessInfo {
		if a == c.in.entryPoint {
			if cs, ok := f.ContractSize[a]; ok && cs.Opcode == vm.EXTCODESIZE {
				// OP-051 allows only EXTCODESIZE ISZERO; any other use breaks OP-054.
				return ruleError("OP-054", ent.name, a, "%s accesses EntryPoint contract address %s with EXTCODESIZE not followed by ISZERO (OP-051 allows only EXTCODESIZE ISZERO)", ent.name, a.Hex())
			}
			return ruleError("OP-054", ent.name, a, "%s accesses EntryPoint contract address %s with EXTCODE* opcode", ent.name, a.Hex())
		}
	}
	for i := range f.Calls {
		ch := &f.Calls[i]
		if ch.Value != nil && ch.Value.ToInt().Sign() > 0 && ch.To != c.in.entryPoint && (ch.Type == "CALL" || ch.Type == "CALLCODE") {
			return ruleError("OP-061", ent.name, ch.To, "%s may not make a CALL with value to %s", ent.name, ch.To.Hex())
		}
	}
	if err := c.storage(f, ent); err != nil {
		return err
	}
	for i := range f.Calls {
		if err := c.walk(&f.Calls[i], ent, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// entryPointCall applies OP-052/053/054/055 to a call into the EntryPoint.
func (c *checker) entryPointCall(f *Frame, ent entityCtx) *erc7769.Error {
	if len(f.Input) == 0 {
		return nil // OP-053: fallback / receive (a deposit)
	}
	if len(f.Input) >= 4 {
		sel := [4]byte(f.Input[:4])
		for _, ok := range c.in.cfg.AllowedEntryPointSelectors {
			if sel == ok {
				return nil // OP-052 depositTo, OP-055 incrementNonce
			}
		}
	}
	n := len(f.Input)
	if n > 4 {
		n = 4
	}
	return ruleError("OP-054", ent.name, c.in.entryPoint, "illegal call into EntryPoint during validation %s by %s", hexutil.Encode(f.Input[:n]), ent.name)
}

func sortedOpcodes(m map[vm.OpCode]uint64) []vm.OpCode {
	out := make([]vm.OpCode, 0, len(m))
	for op, n := range m {
		if n > 0 {
			out = append(out, op)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// opcodes applies OP-011, 012, 013, 031, 032, 080 and EREP-060.
func (c *checker) opcodes(f *Frame, ent entityCtx) *erc7769.Error {
	sender := c.in.entities.Sender.Address
	factory := c.in.entities.Factory
	factoryStaked := factory != nil && factory.Staked
	self := f.StorageOwner() // the creating context
	for _, op := range sortedOpcodes(f.UsedOpcodes) {
		switch {
		case bannedOpcodes[op]:
			return ruleError("OP-011", ent.name, f.To, "%s uses banned opcode: %s (in %s)", ent.name, op, f.To.Hex())
		case op == vm.GAS:
			return ruleError("OP-012", ent.name, f.To, "%s uses banned opcode: GAS not followed by *CALL (in %s)", ent.name, f.To.Hex())
		case stakedOnlyOpcodes[op] && c.in.version == entrypoint.V06:
			// v0.6's rules banned BALANCE and SELFBALANCE outright; OP-080
			// (allowed for staked entities) came with v0.7.
			return ruleError("OP-011", ent.name, f.To, "%s uses banned opcode: %s (in %s; banned for every entity on EntryPoint v0.6, OP-080 is v0.7+)", ent.name, op, f.To.Hex())
		case stakedOnlyOpcodes[op] && !ent.staked:
			return ruleError("OP-080", ent.name, f.To, "unstaked %s uses banned opcode: %s (in %s)", ent.name, op, f.To.Hex())
		case op == vm.CREATE:
			if (factory != nil && self == sender) || (factoryStaked && (self == factory.Address || ent.name == EntityFactory)) {
				continue // OP-032, EREP-060, EREP-061 (a staked factory's utility contract)
			}
			return ruleError("OP-011", ent.name, f.To, "%s uses banned opcode: CREATE (in %s)%s", ent.name, f.To.Hex(), createHint(ent.name, factory != nil))
		case op == vm.CREATE2:
			if factoryStaked && (self == sender || self == factory.Address) {
				continue // EREP-060
			}
			if ent.name == EntityFactory && f.UsedOpcodes[op] == 1 && c.create2Count == 0 && createsOnly(f, vm.CREATE2, sender) {
				c.create2Count++
				continue // OP-031: the one CREATE2 deploying the sender
			}
			return ruleError("OP-031", ent.name, f.To, "%s uses banned opcode: CREATE2 (in %s); only one CREATE2 of the sender by the factory is allowed%s", ent.name, f.To.Hex(), create2Hint(factory != nil))
		case unassignedOpcode(op):
			return ruleError("OP-013", ent.name, f.To, "%s uses unassigned opcode 0x%02x (in %s)", ent.name, byte(op), f.To.Hex())
		}
	}
	return nil
}

// createHint names the rule that would have allowed a rejected CREATE.
func createHint(ent Entity, hasFactory bool) string {
	switch {
	case ent == EntityFactory:
		return "; EREP-061: only a staked factory (or its utility contract) may use CREATE"
	case hasFactory:
		return "; OP-032: only the sender itself may use CREATE (EREP-060/061: a staked factory lifts this)"
	}
	return "; OP-032: the sender may use CREATE only when the op has a factory"
}

// create2Hint names the rule that would have allowed a rejected CREATE2.
func create2Hint(hasFactory bool) string {
	if hasFactory {
		return " (EREP-060: a staked factory or its sender may use more)"
	}
	return ""
}

// createsOnly reports whether every typ child frame of f created want.
func createsOnly(f *Frame, typ vm.OpCode, want common.Address) bool {
	found := false
	for i := range f.Calls {
		if f.Calls[i].Type == typ.String() {
			if f.Calls[i].To != want {
				return false
			}
			found = true
		}
	}
	return found
}

// accessedContracts applies OP-041, OP-042, OP-062 and AUTH-030.
func (c *checker) accessedContracts(f *Frame, ent entityCtx) *erc7769.Error {
	sender := c.in.entities.Sender.Address
	addrs := make([]common.Address, 0, len(f.ContractSize))
	for a := range f.ContractSize {
		addrs = append(addrs, a)
	}
	sort.Slice(addrs, func(i, j int) bool { return addrs[i].Cmp(addrs[j]) < 0 })
	for _, a := range addrs {
		cs := f.ContractSize[a]
		if c.allowedPrecompile(a) {
			continue
		}
		if cs.ContractSize == 0 {
			if a == sender {
				continue // OP-042
			}
			if new(big.Int).SetBytes(a[:]).Cmp(new(big.Int).SetUint64(c.in.cfg.PrecompileRangeEnd)) < 0 {
				return ruleError("OP-062", ent.name, a, "%s calls forbidden precompile %s", ent.name, a.Hex())
			}
			return ruleError("OP-041", ent.name, a, "%s accesses un-deployed contract address %s with opcode %s", ent.name, a.Hex(), cs.Opcode)
		}
		if c.in.delegated[a] && a != sender {
			return ruleError("AUTH-030", ent.name, a, "%s accesses EIP-7702 delegated account %s that is not the sender", ent.name, a.Hex())
		}
		if a != c.in.entryPoint {
			c.report.touched[a] = true
		}
	}
	return nil
}

func (c *checker) allowedPrecompile(a common.Address) bool {
	for _, p := range c.in.cfg.AllowedPrecompiles {
		if p == a {
			return true
		}
	}
	return false
}
