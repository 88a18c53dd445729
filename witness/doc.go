// Package witness holds committing nodes to their word. It owns the iTxs a
// node witnesses (checked without chain state, stored durably), the witness
// reports served by klaster_getWitnessReports, and witness mode: it
// simulates each op inside its window, gives a verdict once the deadline
// (upperBoundTimestamp + the stake manager's challenge delay) has passed,
// and votes to slash the committing node with KlasterStakeManager.slash
// when an op that could have run was missed.
package witness
