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
