package mempool

import "github.com/klaster-dev/klaster/erc7769"

// checkEntityRoles enforces STO-040 in both directions: the new op's factory
// or paymaster may not be the sender of a live op, and the new op's sender
// may not be the factory or paymaster of a live op.
func (p *Pool) checkEntityRoles(it *item) error {
	sender := it.nonce.sender
	for _, r := range [...]struct {
		title string
		ent   *Entity
	}{{"Factory", it.Factory}, {"Paymaster", it.Paymaster}} {
		if r.ent == nil || r.ent.Address == sender {
			continue
		}
		if p.senders[r.ent.Address] > 0 {
			return sto040(map[string]any{"entity": r.ent.Address},
				"STO-040: A %s at %s in this UserOperation is used as a sender entity in another UserOperation currently in mempool.", r.title, r.ent.Address)
		}
	}
	// Ops referring to the sender other than as their sender (the replaced
	// op has the same sender, so it cancels out).
	if p.entities[sender]-p.senders[sender] > 0 {
		return sto040(map[string]any{"sender": sender},
			"STO-040: The sender address %q is used as a different entity in another UserOperation currently in mempool", sender.Hex())
	}
	return nil
}

// sto040 is a -32502 STO-040 rejection (a local rule: no entity is blamed).
func sto040(data any, format string, args ...any) *erc7769.Error {
	e := newError(ErrEntityRole, erc7769.CodeOpcodeValidation, data, format, args...)
	e.Rule = "STO-040"
	return e
}

// checkDelegate enforces AUTH-040: every live op of a sender that carries an
// EIP-7702 authorization must name the same delegate. The op being replaced
// does not count. It scans the live ops only when the sender has some.
func (p *Pool) checkDelegate(it, old *item) error {
	auth := it.Op.EIP7702Auth
	if auth == nil || p.senders[it.nonce.sender] == 0 {
		return nil
	}
	for _, o := range p.live {
		if o == old || o.Waiting || o.nonce.sender != it.nonce.sender || o.Op.EIP7702Auth == nil {
			continue
		}
		if d := o.Op.EIP7702Auth.Address; d != auth.Address {
			return newError(ErrInvalid, erc7769.CodeInvalidParams, map[string]any{"sender": it.nonce.sender, "delegate": d},
				"AUTH-040: sender %s has a mempool op whose eip7702Auth delegates to %s; this op delegates to %s", it.nonce.sender, d, auth.Address)
		}
	}
	return nil
}
