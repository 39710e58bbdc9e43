// Package event codes who did what to whom as PLOVER/CAMEO events.
package event

// Span is a byte range in the body.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Event is one coded event with the evidence it was read from.
type Event struct {
	Type       string `json:"type"`
	CAMEO      string `json:"cameo,omitempty"`
	Trigger    string `json:"trigger,omitempty"`
	Source     string `json:"source,omitempty"`
	SourceCode string `json:"source_code,omitempty"`
	Target     string `json:"target,omitempty"`
	TargetCode string `json:"target_code,omitempty"`
	Place      string `json:"place,omitempty"`
	Date       string `json:"date,omitempty"`
	Modality   string `json:"modality"`
	Evidence   string `json:"evidence"`
	EvidenceAt Span   `json:"evidence_span"`
	// Confidence in [0, 1] is how likely the event is right: its type,
	// source and target (the coder's calibrated model; see Features).
	Confidence float64 `json:"confidence"`

	features []string // what the confidence model read (Features)
}

// Features describes the event for the confidence model: its type, which
// actors it has and how they were found, its trigger and modality.
func (e *Event) Features() []string { return e.features }
