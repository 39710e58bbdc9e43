// Package timex finds temporal expressions and resolves them against a
// reference date.
package timex

// Expression is one temporal expression. Value is ISO 8601 (a date, a
// month, a year, a duration) or a "relative:" description.
type Expression struct {
	Text  string `json:"text"`
	Value string `json:"value"`
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}
