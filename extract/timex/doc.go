// Package timex finds temporal expressions in Arabic news text and
// resolves them against a reference date (the publication or fetch date).
//
// Values follow TimeML TIMEX3 conventions: calendar dates (2020-07-16),
// months (2020-07), years (2011), ISO weeks (2020-W29), seasons (2015-SU),
// quarters (2015-Q1), decades (196) and centuries (19, the twentieth);
// durations (P3D, P2W, PT2H, PXY for an unknown count); sets (P1D for
// "daily", XXXX-WXX-4 for "every Thursday"); and PRESENT_REF, PAST_REF and
// FUTURE_REF for vague references (only with Options.Vague).
//
// Vague spans anchored on the reference date, such as منذ بضعة أسابيع, get a
// descriptive value: "relative: a few weeks before the reference date".
// The scheme is "relative: " + quantity + unit + (before|after) + " the
// reference date", where quantity is "a few" (بضع، بضعة), "several" (عدة)
// or empty (منذ أسابيع → "relative: weeks before the reference date").
//
// A bare weekday is the reference date or the nearest such day before it
// (news reports what happened), unless the clause before it speaks of the
// future (سيزور، سوف، من المقرر أن، بعد أن ينهي): then it is the reference
// date or the nearest such day after it.
//
// Rules are original (no HeidelTime resources are used); the word lists
// (months, weekdays, number words, units) are data tables in lexicon_*.go.
package timex
