package rpc

import (
	"encoding/json"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/klaster"
)

// paymentJSON is klaster_getQuote's itx.payment as it arrives.
type paymentJSON struct {
	ChainID    json.RawMessage `json:"chainId"`
	Token      json.RawMessage `json:"token"`
	Sender     json.RawMessage `json:"sender"`
	EntryPoint json.RawMessage `json:"entryPoint"`
	Lower      json.RawMessage `json:"lowerBoundTimestamp"`
	Upper      json.RawMessage `json:"upperBoundTimestamp"`
}

// decodePayment decodes itx.payment; nil when absent. An unknown chain or
// token is -32602 (the token is checked by the service).
func decodePayment(raw json.RawMessage) (*klaster.PaymentRequest, error) {
	if absent(raw) {
		return nil, nil
	}
	var p paymentJSON
	if err := decodeObject(raw, "payment", &p); err != nil {
		return nil, err
	}
	var out klaster.PaymentRequest
	if absent(p.ChainID) {
		return nil, InvalidParams("missing payment.chainId")
	}
	var err error
	if out.ChainID, err = parseUintParam(p.ChainID, "payment.chainId"); err != nil {
		return nil, err
	}
	addr := func(raw json.RawMessage, field string, required bool) (common.Address, error) {
		var a common.Address
		if absent(raw) {
			if required {
				return a, InvalidParams("missing %s", field)
			}
			return a, nil
		}
		if err := json.Unmarshal(raw, &a); err != nil {
			return a, InvalidParams("%s: %s is not an address", field, raw)
		}
		return a, nil
	}
	if out.Token, err = addr(p.Token, "payment.token", true); err != nil {
		return nil, err
	}
	if out.Sender, err = addr(p.Sender, "payment.sender", true); err != nil {
		return nil, err
	}
	if out.EntryPoint, err = addr(p.EntryPoint, "payment.entryPoint", false); err != nil {
		return nil, err
	}
	if out.Lower, err = optUintParam(p.Lower, "payment.lowerBoundTimestamp"); err != nil {
		return nil, err
	}
	if out.Upper, err = optUintParam(p.Upper, "payment.upperBoundTimestamp"); err != nil {
		return nil, err
	}
	return &out, nil
}
