package rpc

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/klaster-dev/klaster/erc7769"
)

// errorResponse is a JSON-RPC error response written by the transport itself,
// before go-ethereum sees the request.
type errorResponse struct {
	Version string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Error   *erc7769.Error  `json:"error"`
}

var nullID = json.RawMessage("null")

// writeError writes a JSON-RPC error with the given HTTP status. A nil id is
// written as null.
func writeError(w http.ResponseWriter, status int, id json.RawMessage, e *erc7769.Error) {
	if id == nil {
		id = nullID
	}
	writeJSON(w, status, errorResponse{Version: "2.0", ID: id, Error: e})
}

// writeJSON writes v as a JSON body with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		body = []byte(`{"jsonrpc":"2.0","id":null,"error":{"code":-32603,"message":"internal error: cannot encode response"}}`)
	}
	body = append(body, '\n')
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	_, _ = w.Write(body)
}
