package store

import (
	"context"
	"strings"

	"github.com/marsad/marsad/arabic"
)

// Actor identity. Every stored entity is one actor's: the actor the
// analysis linked it to (its ActorID: "donald-trump", "country:IRN",
// "up:…"), or, unlinked, the actor its canonical name designates across
// the store. The store's link table (see ActorLinker, Store.LinkActors)
// maps every name key (arabic.Normalize of a canonical name or mention)
// to one actor's ident, so that "ترامب", "ترمب", "دونالد ترامب" and
// "donald-trump" are one actor, and an unlinked "بولتون" is "جون بولتون".
//
// An ident is the internal key of an actor: a linked actor's ID, or
// NameIdent(key) for an actor known only by its name. CodeIdent(code) is
// not an actor but the group of actors bearing a code ("USAGOV"), which a
// filter may name.

// Prefixes of the idents that are not actor IDs.
const (
	namePrefix = "name:"
	codePrefix = "code:"
)

// NameIdent is the ident of the unlinked actor whose name has key k.
func NameIdent(k string) string { return namePrefix + k }

// CodeIdent is the ident of the group of actors coded code.
func CodeIdent(code string) string { return codePrefix + code }

// IdentKind is what an ident designates.
type IdentKind uint8

// Kinds of ident.
const (
	IdentLinked IdentKind = iota // an actor ID of the knowledge base
	IdentName                    // an unlinked actor, by name key
	IdentCode                    // the actors bearing a code
)

// ParseIdent returns the kind of an ident and its value: the actor ID,
// the name key or the code.
func ParseIdent(ident string) (IdentKind, string) {
	switch {
	case strings.HasPrefix(ident, namePrefix):
		return IdentName, ident[len(namePrefix):]
	case strings.HasPrefix(ident, codePrefix):
		return IdentCode, ident[len(codePrefix):]
	}
	return IdentLinked, ident
}

// ActorIDOf is the actor ID an ident stands for: the ident of a linked
// actor, else "".
func ActorIDOf(ident string) string {
	if kind, _ := ParseIdent(ident); kind == IdentLinked {
		return ident
	}
	return ""
}

// LocalIdent is the ident of an entity as the analysis of its article
// alone gives it: its actor ID, or else its canonical name's.
func LocalIdent(actorID, canonical string) string {
	if actorID != "" {
		return actorID
	}
	return NameIdent(arabic.Normalize(canonical))
}

// ActorLookup is what ResolveActor asks a store. Every method returns ""
// (and no error) when it finds nothing.
type ActorLookup interface {
	// LinkedActor returns id when an entity is linked to actor id.
	LinkedActor(ctx context.Context, id string) (string, error)
	// NameActor returns the ident the link table gives name key k.
	NameActor(ctx context.Context, k string) (string, error)
	// CanonicalActor returns the local ident (LocalIdent) of most articles
	// among the entities whose canonical name has key k: the answer for a
	// name the link table does not know yet.
	CanonicalActor(ctx context.Context, k string) (string, error)
	// CodeActor returns the actor ID of the entities coded code when they
	// are all linked to one actor.
	CodeActor(ctx context.Context, code string) (string, error)
}

// ResolveActor turns what a user calls an actor — its ID, any of its
// names, spellings or aliases with or without diacritics (spaces
// collapsed), its code, or an ident — into one ident, in this order:
//
//  1. an ident (NameIdent, CodeIdent) or the ID of a linked actor;
//  2. a name, through the link table, then through the canonical names of
//     the entities (names stored since the table was last built), then
//     the same without a proclitic on its first word (وترامب);
//  3. a code: the country actor of an ISO alpha-3 code ("IRN" is
//     "country:IRN"), the one actor bearing it, or else the group of the
//     actors coded so (CodeIdent).
//
// A string that designates nothing gives the NameIdent of its key, which
// matches nothing.
func ResolveActor(ctx context.Context, l ActorLookup, s string) (string, error) {
	s = strings.TrimSpace(s)
	switch kind, v := ParseIdent(s); kind {
	case IdentCode:
		return s, nil
	case IdentName:
		if id, err := l.NameActor(ctx, v); err != nil || id != "" {
			return id, err
		}
		return s, nil
	}
	if id, err := l.LinkedActor(ctx, s); err != nil || id != "" {
		return id, err
	}
	k := arabic.Normalize(strings.Join(strings.Fields(s), " "))
	if id, err := l.NameActor(ctx, k); err != nil || id != "" {
		return id, err
	}
	if id, err := l.CanonicalActor(ctx, k); err != nil || id != "" {
		return id, err
	}
	if id, err := resolveClitic(ctx, l, k); err != nil || id != "" {
		return id, err
	}
	if isCode(s) {
		if id, err := l.LinkedActor(ctx, "country:"+s); err != nil || id != "" {
			return id, err
		}
		if id, err := l.CodeActor(ctx, s); err != nil || id != "" {
			return id, err
		}
		return CodeIdent(s), nil
	}
	return NameIdent(k), nil
}

// resolveClitic resolves name key k written with a proclitic on its first
// word (وترامب، لبوتين، وبالحكومة): the name without it, when that is a
// name.
func resolveClitic(ctx context.Context, l ActorLookup, k string) (string, error) {
	words := strings.Fields(k)
	if len(words) == 0 {
		return "", nil
	}
	for _, an := range arabic.Clitics(words[0]) {
		if an.Proclitic == "" || an.Enclitic != "" {
			continue
		}
		k2 := strings.Join(append([]string{an.WithArticle()}, words[1:]...), " ")
		if id, err := l.NameActor(ctx, k2); err != nil || id != "" {
			return id, err
		}
		if id, err := l.CanonicalActor(ctx, k2); err != nil || id != "" {
			return id, err
		}
	}
	return "", nil
}

// isCode reports whether s looks like a CAMEO actor code: 3 to 15
// capital ASCII letters (IRN, USAGOV, IGOUNOKID).
func isCode(s string) bool {
	if len(s) < 3 || len(s) > 15 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// PublicActorID is the ID an actor is shown and linked by: its actor ID
// when linked, else its name.
func PublicActorID(a Actor) string {
	if a.ActorID != "" {
		return a.ActorID
	}
	return a.Name
}
