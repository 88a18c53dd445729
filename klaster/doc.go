// Package klaster implements the Klaster interchain-transaction protocol: the
// mee-v1 Merkle signature scheme, iTx admission, scheduling and witness
// records.
package klaster
