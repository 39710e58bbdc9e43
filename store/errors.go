package store

import "errors"

// Sentinel errors returned (wrapped) by every Store; test with errors.Is.
var (
	// ErrNotFound: no article (or story) with that ID.
	ErrNotFound = errors.New("store: not found")
	// ErrInvalid: an argument is malformed (empty ID, bad query, ...).
	ErrInvalid = errors.New("store: invalid argument")
	// ErrClosed: the store was closed.
	ErrClosed = errors.New("store: closed")
)

// Errors of stores opened read-only.
var (
	// ErrReadOnly: a write to a store opened read-only.
	ErrReadOnly = errors.New("store: opened read-only")
	// ErrNeedsUpgrade: a store opened read-only has an older schema or
	// search index than this program, and opening it for writing once
	// (marsad ingest, marsad reanalyze) upgrades it.
	ErrNeedsUpgrade = errors.New("store: needs an upgrade")
)
