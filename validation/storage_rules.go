package validation

import (
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/klaster-dev/klaster/erc7769"
)

type slotAccess struct {
	slot      common.Hash
	kind      string // "read from", "write to", "transient read from", "transient write to"
	write     bool
	transient bool
}

func frameAccesses(f *Frame) []slotAccess {
	s := &f.AccessedSlots
	out := make([]slotAccess, 0, len(s.Reads)+len(s.Writes)+len(s.TransientReads)+len(s.TransientWrites))
	for k := range s.Reads {
		out = append(out, slotAccess{slot: k, kind: "read from"})
	}
	for k := range s.Writes {
		out = append(out, slotAccess{slot: k, kind: "write to", write: true})
	}
	for k := range s.TransientReads {
		out = append(out, slotAccess{slot: k, kind: "transient read from", transient: true})
	}
	for k := range s.TransientWrites {
		out = append(out, slotAccess{slot: k, kind: "transient write to", write: true, transient: true})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].slot != out[j].slot {
			return out[i].slot.Cmp(out[j].slot) < 0
		}
		return out[i].kind < out[j].kind
	})
	return out
}

// storage applies STO-010..033, OP-070 and the storage allowlist to one frame.
func (c *checker) storage(f *Frame, ent entityCtx) *erc7769.Error {
	accesses := frameAccesses(f)
	if len(accesses) == 0 {
		return nil
	}
	owner := f.StorageOwner()
	if owner == c.in.entryPoint {
		return nil
	}
	written := map[common.Hash]bool{}
	for _, a := range accesses {
		if a.write {
			written[a.slot] = true
		}
	}
	byOwner := c.report.storage[ent.name]
	if byOwner == nil {
		byOwner = map[common.Address]map[common.Hash]struct{}{}
		c.report.storage[ent.name] = byOwner
	}
	if byOwner[owner] == nil {
		byOwner[owner] = map[common.Hash]struct{}{}
	}
	for _, a := range accesses {
		byOwner[owner][a.slot] = struct{}{}
		if err := c.slot(owner, a, written[a.slot], ent); err != nil {
			return err
		}
	}
	return nil
}

func (c *checker) slot(owner common.Address, a slotAccess, written bool, ent entityCtx) *erc7769.Error {
	sender := c.in.entities.Sender.Address
	factory := c.in.entities.Factory
	if owner == sender {
		return nil // STO-010
	}
	senderAssoc := c.assoc.associated(sender, a.slot)
	if senderAssoc && (factory == nil || factory.Staked) {
		return nil // STO-021, STO-022
	}
	ownEntity := ent.addr != (common.Address{}) && owner == ent.addr
	entityAssoc := ent.addr != (common.Address{}) && c.assoc.associated(ent.addr, a.slot)
	readOnly := !written
	if ent.staked && (ownEntity || entityAssoc || readOnly) {
		return nil // STO-031, STO-032, STO-033
	}
	beaconNote := ""
	for _, al := range c.in.cfg.StorageAllowlist {
		if al.Contract != owner || !(!al.ReadOnly || (readOnly && !a.transient)) {
			continue
		}
		if owner == BeaconRootsAddress && !a.transient {
			// The protocol rewrites one ring-buffer index per block: a read
			// is only stable if no block before the deadline writes it.
			if idx, w := beaconRootsWritten(a.slot, c.in.blockTime, c.in.deadline); w {
				beaconNote = fmt.Sprintf(" (EIP-4788 ring-buffer index %d is written by a block before the inclusion deadline %d; validation block time %d)", idx, c.in.deadline, c.in.blockTime)
				break
			}
		}
		return nil // local extension (EIP-4788 beacon roots)
	}

	rule := storageRuleBroken(senderAssoc, ownEntity, entityAssoc)
	kind := a.kind
	if written && !a.write {
		kind = strings.Replace(kind, "read from", "read from and write to", 1) // the write is what breaks the rule
	}
	if a.transient {
		kind += " (OP-070)"
	}
	who := string(ent.name)
	if !ent.staked {
		who = "unstaked " + who
	}
	msg := fmt.Sprintf("%s %s has forbidden %s %s slot %s", who, ent.addr.Hex(), kind, owner.Hex(), a.slot.Hex())
	if rule == "STO-022" {
		msg += " (associated with the sender, but the factory is not staked)"
	}
	msg += beaconNote
	needsStake := !ent.staked && (ownEntity || entityAssoc || readOnly) && rule != "STO-022"
	if needsStake && hasSomeStake(ent.stake) && beaconNote == "" {
		return stakeError(rule, ent, owner, c.in.cfg, msg)
	}
	return newError(erc7769.CodeOpcodeValidation, rule, ent.name, &owner, map[string]any{"slot": a.slot.Hex()}, "%s: %s", rule, msg)
}

// storageRuleBroken names the ERC-7562 storage rule a refused access broke:
// the one rule whose condition decides this kind of access (slot 010 and
// the allowances already failed).
//   - STO-022: a slot associated with the sender, while the op's factory is
//     not staked (without a factory, or with a staked one, STO-021/022
//     allow it);
//   - STO-031: the entity's own storage, by an unstaked entity;
//   - STO-032: a slot associated with the entity in another contract, by an
//     unstaked entity;
//   - STO-033: any other slot of another contract: a read needs a staked
//     entity, and a write is never allowed (STO-033 is read-only). This
//     holds for the account too: STO-021 only covers slots associated with
//     it.
func storageRuleBroken(senderAssoc, ownEntity, entityAssoc bool) string {
	switch {
	case senderAssoc:
		return "STO-022"
	case ownEntity:
		return "STO-031"
	case entityAssoc:
		return "STO-032"
	}
	return "STO-033"
}

func hasSomeStake(s StakeInfo) bool {
	return (s.Stake != nil && s.Stake.Sign() > 0) || s.UnstakeDelay > 0
}

// stakeError is -32505: the entity needs stake for what it did.
//
// addr is the contract whose use needs the stake (the entity itself, or
// the storage owner it touched).
func stakeError(rule string, ent entityCtx, addr common.Address, cfg *Config, what string) *erc7769.Error {
	stake := "0"
	if ent.stake.Stake != nil {
		stake = ent.stake.Stake.String()
	}
	minStake := "0"
	if cfg.MinStake != nil {
		minStake = cfg.MinStake.String()
	}
	return newError(erc7769.CodeStakeTooLow, rule, ent.name, &addr,
		map[string]any{
			string(ent.name):      ent.addr.Hex(),
			"minimumStake":        "0x" + new(big.Int).Set(orZero(cfg.MinStake)).Text(16),
			"minimumUnstakeDelay": fmt.Sprintf("0x%x", cfg.MinUnstakeDelay),
		},
		"%s: %s %s stake %s (unstake delay %d s) is too low (SREP-010: min stake %s, min unstake delay %d s): %s",
		rule, ent.name, ent.addr.Hex(), stake, ent.stake.UnstakeDelay, minStake, cfg.MinUnstakeDelay, what)
}

func orZero(b *big.Int) *big.Int {
	if b == nil {
		return new(big.Int)
	}
	return b
}
