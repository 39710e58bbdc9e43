// Package quote finds attributed statements in Arabic news: who said what,
// through whom it was relayed, with the reporting cue and the exact words.
//
// Arabic reporting follows a few shapes, and the extractor reads them from
// the token stream with a cue lexicon (data/cues.txt) rather than from a
// trained model, because no Arabic quote-attribution corpus exists:
//
//	VSO:      وقال المصباحي: '…'          أكد اللواء أحمد المسماري، المتحدث…، أن …
//	SVO:      لكن مصادر سرية … قالت أن …  … بسام راضي الذي قال إن …
//	dropped:  وأضاف أن …   وأكد: '…'      (the previous speaker goes on)
//	relay:    ونقلت الصحيفة عن مصادر ليبية مطلعة أن …   (via = the outlet)
//	source:   …، وفقا للمتحدث باسم …   بحسب وكالة …     (via of the clause before)
//	          … بحسب ما نقلت عنه صحيفة X   (via X)   … وفق ما أفاد مكتبه (cue أفاد)
//	          وبحسب البيان فإن …            (the statement follows the source)
//	object:   دعا فلان الحكومةَ إلى …   اتهم فلان، …، بريطانيا بـ…   نفى فلان وجود …
//
// Content runs from the complement (أن/إن with or without an attached
// pronoun, بأن، من أن، إلى، بـ، a colon, an opening quotation mark, or for
// cues marked OBJ the nominal object after a named speaker) to the end of
// the statement: the closing mark of a direct quote, else the sentence end,
// the next reporting clause, a circumstantial adjunct (ردا على، على خلفية،
// وذلك) or a comma once the clause has enough words. A direct quote of
// several sentences keeps its lead sentence as Content and the whole as
// Statement. Quotation marks are told apart as opening or closing by their
// neighbours, not by counting, so one unbalanced mark does not swallow the
// paragraph; a quote that never closes ends with its paragraph. Cues inside
// quotation marks, nominal attributions (في بيان) and cues in a relative
// clause about the speaker (…، الذي كان يتحدث …،) do not end a statement.
// Vowelled passives (أُعلن) and impersonal formulas (يذكر أن) are no cues.
//
// Speakers resolve, in order, to the author of a document (التقرير → the
// body of "تقرير لـX"; البيان → who spoke "في بيان"), an anonymous source
// (مصادر، مسؤول، شهود… in data/anonymous.txt), a body named through a
// person or organisation (إدارة الرئيس فلان، فريق خبراء الأمم المتحدة, heads
// in data/bodies.txt), a PER entity of the subject phrase, a role already
// tied to a person (data/roles.txt: titles written next to a name anywhere
// in the body, "الرئيس الأميركي دونالد ترامب", or in apposition; a later
// "الرئيس الأميركي" refers back, a different nisba does not), a title
// followed by an untagged two-word name, an ORG entity, a country or city
// at the head of the subject, a definite noun phrase as written (a body the
// entity layer missed), the antecedent of a relative pronoun (الذي قال),
// the subject of an SVO clause, or the previous speaker when the subject
// is dropped. The subject phrase ends at its first adjunct (في، خلال، عقب،
// a weekday, للصحافيين…), so "وقال في بيان" keeps the previous speaker.
package quote
