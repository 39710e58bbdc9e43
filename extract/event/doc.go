// Package event codes who did what to whom in Arabic news as PLOVER
// events with CAMEO codes, reading the Arabic text directly.
//
// Triggers come from a curated lexicon (data/triggers.txt): verbs and
// event nouns in their common inflections, each with a PLOVER category, a
// CAMEO code and an argument frame (the preposition that introduces the
// target: التقى X بـY، اجتمع X مع Y، حذر X من …). Tokens match after their
// clitics are split off by package arabic.
//
// Arguments are actor references found in the trigger's sentence: entity
// mentions (with their actor codes), nationality adjectives after nouns that
// can act (وفد أمريكي، طائرات حربية تركية → USA, TUR — but not السواحل
// الليبية, a place), and agent nouns (قوات، مشايخ، متظاهرون…) coded by
// sector and merged with a following nationality or country (مشايخ وأعيان
// القبائل الليبية → LBYCVL). For a verb the source is the subject after it
// (Arabic is verb-first) or before it (SVO, relative clauses), and the
// target follows the frame's preposition or is the direct object. For a
// noun the source is the actor that qualifies it (مناورات تركية) or the
// subject of the clause; "مقتل X" makes X the target. A statement's
// speaker is the source of the event its cue reports (طالب، حذر). An
// object like "ذلك الاقتراح" targets whoever made the last proposal.
//
// Every event carries modality (asserted, negated, conditional, future,
// reported), the sentence as evidence with its offsets, and the place and
// date stated in the same sentence. Triggers under a purpose or simulation
// phrase (بهدف، محاكاة، للتوصل إلى) describe no event and are skipped, as
// are bare definite nouns that refer back to an event already coded
// (خلال اللقاء).
package event
