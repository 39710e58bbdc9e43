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
// subject of the clause; "مقتل X" makes X the target. A relative clause or
// apposition set off by commas after the subject is stepped over to find the
// object (واتهم لافروف، الذي كان يتحدث في أستانا، بريطانيا …), and targets
// joined by و make one event each (أشاد بمواقف السعودية والإمارات). Any noun
// the actor knowledge base codes by sector, followed by a nationality
// adjective, is one actor (مصورا فرنسيا → FRAMED, القنصل الأفغاني →
// AFGGOV). A statement's
// speaker is the source of the event its cue reports (طالب، حذر). An
// object like "ذلك الاقتراح" targets whoever made the last proposal.
//
// Attacks and protests follow news usage. A violent verb followed by a
// number (قتل 28 شخصا، قتل أمس سبعة من …) is passive: the actor after it is
// the target, and the author, if any, is named by an agent phrase (على يد،
// من قبل، برصاص) or by the attack it happened in (في هجوم شنه/تبنته X).
// A verb of killing, abduction, assassination or arrest after its subject
// with no object after it (42 جنديا باكستانيا قد قتلوا في …، اختطفا من
// منزليهما) reads as passive too: the subject is the victim.
// A do-verb with a masdar (قام مسلحون بخطف X) and a light verb with an
// attack noun (شنت القوات هجوما) take the verb's subject as source;
// "تعرض X لهجوم من Y" makes X the target; "اشتباكات بين X وY" codes X on
// Y. Bare gunmen and "مسلحون مجهولون" are unidentified armed forces (UAF),
// as is the author of a bombing nobody is named for; an attack by a
// nationality or a weapons platform (غارات إسرائيلية، طائرة أميركية) is by
// that country's military. An attack or protest noun with no actor is
// coded only in a sentence that reports a concrete occurrence (وقع، انفجر،
// مقتل، جرحى). Protesters (data/protester_nouns.txt) make a protest: their
// demands, denunciations and riots are PROTEST (CAMEO 140/145), a protest
// with no source is theirs or else civilians' (CVL), one with no target is
// against the state where it happens, and protesters with no protest
// trigger stand for one.
//
// Within a sentence the main event comes first (salience.go): material
// conflict before material cooperation, verbal conflict and verbal
// cooperation; events with named actors before those without; an event in
// the background of another (احتجاجا على مقتل …) and unasserted events
// last. Sentences stay in document order.
//
// Every event carries modality (asserted, negated, conditional, future,
// reported), the sentence as evidence with its offsets, and the place and
// date stated in the same sentence. Triggers under a purpose or simulation
// phrase (بهدف، محاكاة، للتوصل إلى) describe no event and are skipped, as
// are bare definite nouns that refer back to an event already coded
// (خلال اللقاء).
package event
