// Package dict parses the dictionary formats behind the actor knowledge
// base: the UniversalPetrarch Arabic actor and agent dictionaries (read by
// the generator) and the compact TSV files embedded in package actor. It
// also defines Key, the spelling-folded matching key shared by both sides.
package dict
