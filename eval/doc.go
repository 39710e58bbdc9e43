// Package eval scores a Marsad analysis against hand-made gold annotations
// in the format of shared/eval/FORMAT.md.
//
//	g, err := eval.LoadGold("gold/seed-000.json")
//	rep := eval.Score(g, analysis)
//	rep.WriteText(os.Stdout)             // or json.Marshal(rep)
//	eval.Total(reports).WriteText(os.Stdout)
//
// Gold types (Gold, GoldEntity, …) read FORMAT.md's JSON unchanged,
// optional fields and JSON null included. Normalize and Tokens implement
// FORMAT.md's normalisation here, on purpose independently of package
// arabic, so that scores do not move when the analyser's own matching rules
// change.
//
// # Counts
//
// Every layer reports Counts: TP/FN (gold items found/missed, for recall)
// and SysTP/FP (system items correct/wrong, for precision). Where matching
// is one to one SysTP = TP. Recall with nothing to find is 1; precision
// with no system output is 1 if there was nothing to find and 0 otherwise;
// F1 is 0 when P+R = 0. So an empty analysis scores 0 and a layer empty on
// both sides scores 1. Totals are micro-averaged: counts are summed over
// files and the ratios computed once.
//
// # Decisions on points FORMAT.md leaves open
//
// Normalisation: NFKC, then tashkeel/tatweel dropped and letters folded,
// white-space runs (unicode.IsSpace) folded to one space, and Unicode
// punctuation (unicode.IsPunct) trimmed at both ends together with any white
// space it exposes. Nothing else: no case folding, no digit folding (٢٠١١ ≠
// 2011), no clitic stripping. Tokens are maximal runs of unicode.IsLetter or
// unicode.IsDigit in the normalised text.
//
// Cleaning: authors are compared as multisets (order ignored). Body
// strings are looked for as substrings of the normalised body. Subheadings
// (which FORMAT.md's matching rules do not score) are reported for
// information: each gold subheading found equal to a system subheading.
//
// Not scored at all: nationality_mentions (a system LOC entity for one is
// simply a false positive), a quote's via and speaker_kind, an event's
// cameo, place, date and evidence.
//
// Entities: types are compared upper-cased. A system entity's texts are its
// canonical name and every mention text (its aliases field is not used, so
// a long alias list cannot buy matches). The one-to-one assignment of system
// entities to non-optional gold entities is a maximum matching (so the
// number found does not depend on order); gold-side misses count under the
// gold type, false positives under the system type. A system entity that
// could match an optional gold entity and was not assigned to a
// non-optional one is ignored (listed, not counted). A system entity any of
// whose texts is in entities_forbidden is a false positive and never a true
// positive, even if it also names a gold entity. min_mentions is checked
// against the matched system entity's mention count (a span repeated with
// the same offsets counts once); optional gold entities are not checked.
//
// Quotes: the gold speaker's aliases are the names of every gold entity
// whose canonical name or alias equals it (the gold speaker_entity is not
// used: for "sources close to Haftar" it names Haftar, who did not speak).
// The system side offers its speaker and its speaker_entity; a
// speaker_entity equal to a system entity's ID or canonical name also
// offers that entity's canonical name. The anonymous-source rule compares
// distinct tokens: the system speaker must contain at least half of the
// gold speaker's. Content F1 is multiset token F1 (≥ MinContentF1). Greedy
// one-to-one: gold quotes in gold order each take, among the unmatched
// system quotes that match, the one with the highest content F1 (ties: the
// first in the analysis' order), so that near-duplicate statements pair
// with their own cue and kind. Cue agreement is
// equality after normalisation, kind agreement case-insensitive equality,
// both over matched pairs.
//
// Events: types are compared upper-cased. A gold argument that equals the
// canonical name or an alias of a gold entity brings that entity's names and
// actor_code; any gold argument is also taken as a code itself. A system
// argument offers its name, its code, and — when the name is a system
// entity's ID or canonical name — that entity's canonical name, mention
// texts and actor_code. They agree when a name or a code (upper-cased,
// exact: LBY ≠ LBYMIL) is shared. Nationality mentions are not used: a
// system must put the code in source_code/target_code. Recall counts
// required gold events matched by any system event; precision counts system
// events matching any gold event; neither is one to one. Non-required gold
// events found are reported as OptionalFound.
//
// Places: precision is reported, the system places being the predictions.
// Matching is greedy one-to-one in gold order. A name agrees when the
// system name equals the gold name, the gold English name, or a name of the
// gold entity the gold name belongs to. Points must lie within tolerance_km
// (Haversine, mean Earth radius; DefaultToleranceKM when tolerance_km is
// absent); countries (kind country) need the country code instead of
// coordinates, compared case-insensitively. Misses show how far the nearest
// name-agreeing system place was.
//
// Times: precision is reported, greedy one-to-one in gold order; text is
// compared normalised; values are compared as strings, trimmed, white space
// folded, case ignored. FORMAT.md says "equal", so a "relative: …" prose
// value must be worded exactly as the gold's (package timex emits the same
// scheme: "relative: a few weeks before the reference date").
package eval
