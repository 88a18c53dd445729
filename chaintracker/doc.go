// Package chaintracker is the reader of one chain's heads. A Tracker polls
// the node's latest header, links each new head to the blocks it already
// knows, and tells its subscribers, block by block and in order, which
// blocks joined the canonical chain and which left it (a reorg), with every
// UserOperationEvent of the chain's EntryPoints in them and its log index.
//
// It is how the rest of klaster learns that an op was mined by anyone
// (another bundler included) and that a reorg unmined it: the mempool and
// the receipt index subscribe in package app.
package chaintracker
