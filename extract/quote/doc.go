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
//
// Content runs from the complement (أن، إن، بأن، من أن، إلى، بـ، a colon or
// an opening quotation mark) to the end of the statement: the closing mark
// of a direct quote, else the sentence end, the next reporting clause or a
// clause opener after a comma (وسط، بينما، فيما…). Quotation marks are told
// apart as opening or closing by their neighbours, not by counting, so one
// unbalanced mark does not swallow the paragraph; a quote that never closes
// ends with its paragraph.
//
// Speakers resolve, in order, to a PER entity named in the speaker phrase,
// an anonymous source (مصادر، مسؤول، شهود… in data/anonymous.txt), an ORG
// entity, a role already tied to a person earlier in the article (رئيس ديوان
// المجلس… → المصباحي), the antecedent of a relative pronoun (الذي قال), or
// the previous speaker when the subject is dropped.
package quote
