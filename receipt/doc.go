// Package receipt owns UserOperation receipts and lookups: the index of where
// each bundled op landed, ERC-7769 receipts built from the bundle
// transaction's receipt, and a bounded log scan for ops klaster did not
// bundle itself.
package receipt
