package validation

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

// A synthetic trace: EntryPoint → account → beacon roots, with the given slots.
func beaconTrace(reads, writes []common.Hash) (*ruleInput, *Frame) {
	ep := common.HexToAddress(entrypoint.EntryPointV08Address)
	sender := common.HexToAddress("0xaaaa")
	beacon := Frame{Type: "STATICCALL", From: sender, To: BeaconRootsAddress,
		UsedOpcodes:   map[vm.OpCode]uint64{vm.SLOAD: uint64(len(reads))},
		AccessedSlots: AccessedSlots{Reads: map[common.Hash][]common.Hash{}, Writes: map[common.Hash]uint64{}}}
	for _, r := range reads {
		beacon.AccessedSlots.Reads[r] = []common.Hash{{}}
	}
	for _, w := range writes {
		beacon.AccessedSlots.Writes[w] = 1
	}
	account := Frame{Type: "CALL", From: ep, To: sender, Calls: []Frame{beacon},
		ContractSize: map[common.Address]ContractSize{BeaconRootsAddress: {ContractSize: 97, Opcode: vm.STATICCALL}}}
	root := &Frame{Type: "CALL", To: ep, Calls: []Frame{account}}
	cfg := DefaultConfig()
	return &ruleInput{cfg: &cfg, entryPoint: ep, op: &entrypoint.UserOperation{Sender: sender}, entities: Entities{Sender: EntityInfo{Address: sender}}}, root
}

func TestBeaconRootsAllowlist(t *testing.T) {
	s1, s2 := common.BigToHash(common.Big1), common.BigToHash(common.Big2)
	if _, err := checkRules(beaconTrace([]common.Hash{s1, s2}, nil)); err != nil {
		t.Fatalf("read rejected: %v", err)
	}
	_, err := checkRules(beaconTrace(nil, []common.Hash{s1}))
	if err == nil || err.Code != erc7769.CodeOpcodeValidation || !strings.HasPrefix(err.Message, "STO-033: ") {
		t.Fatalf("write: %v", err)
	}
	in, root := beaconTrace([]common.Hash{s1}, nil)
	in.cfg.StorageAllowlist = nil
	if _, err := checkRules(in, root); err == nil || err.Rule != "STO-033" {
		t.Fatalf("no allowlist: %v", err)
	}
}

func TestErrorShape(t *testing.T) {
	e := ruleError("OP-011", EntityAccount, common.HexToAddress("0x01"), "account uses banned opcode: %s", vm.TIMESTAMP)
	d := e.ErrorData().(map[string]any)
	if e.ErrorCode() != -32502 || d["rule"] != "OP-011" || d["entity"] != "account" || d["address"] != "0x0000000000000000000000000000000000000001" {
		t.Fatalf("%v %v", e, d)
	}
	if !strings.HasPrefix(e.Error(), "OP-011: account uses banned opcode: TIMESTAMP") {
		t.Fatal(e.Error())
	}
}
