// Package quote finds attributed statements: who said what, how it was
// relayed, and the exact words.
package quote

// Quote is one attributed statement. Offsets are byte offsets into the body.
type Quote struct {
	Speaker       string `json:"speaker"`
	SpeakerEntity string `json:"speaker_entity,omitempty"`
	SpeakerKind   string `json:"speaker_kind,omitempty"`
	Via           string `json:"via,omitempty"`
	Cue           string `json:"cue"`
	Kind          string `json:"kind"`
	Content       string `json:"content"`
	CueStart      int    `json:"cue_start"`
	CueEnd        int    `json:"cue_end"`
	ContentStart  int    `json:"content_start"`
	ContentEnd    int    `json:"content_end"`
	// Statement is the whole quotation when Content is only its lead
	// sentence (a direct quote of several sentences); empty otherwise.
	Statement      string `json:"statement,omitempty"`
	StatementStart int    `json:"statement_start,omitempty"`
	StatementEnd   int    `json:"statement_end,omitempty"`
	// Confidence in [0, 1] is how likely the quote is right: its words
	// and its speaker (the extractor's calibrated model; see Features).
	Confidence float64 `json:"confidence"`

	// How the speaker was found and whether the parse agrees, for the
	// confidence model (Features).
	basis  string
	agrees bool
}
