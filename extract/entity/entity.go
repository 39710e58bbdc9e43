package entity

// Types of entity, as in ANERcorp and FORMAT.md.
const (
	PER  = "PER"
	LOC  = "LOC"
	ORG  = "ORG"
	MISC = "MISC"
)

// Mention is one occurrence of an entity in the body. Start and End are
// byte offsets into the body (End exclusive); Text is Body[Start:End].
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Entity is a document-level entity: all mentions that name the same thing.
type Entity struct {
	ID        string    `json:"id"`
	Canonical string    `json:"canonical"`
	Type      string    `json:"type"`
	ActorID   string    `json:"actor_id,omitempty"`
	ActorCode string    `json:"actor_code,omitempty"`
	Roles     []string  `json:"roles,omitempty"`
	Aliases   []string  `json:"aliases,omitempty"`
	Mentions  []Mention `json:"mentions"`
}
