package server

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/marsad/marsad/schema"
)

// TestTypesMatchSchema keeps the type parameter's values in step with the
// enums of schema/analysis.schema.json.
func TestTypesMatchSchema(t *testing.T) {
	var s struct {
		Properties map[string]struct {
			Items struct {
				Properties map[string]struct {
					Enum []string `json:"enum"`
				} `json:"properties"`
			} `json:"items"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(schema.AnalysisJSON, &s); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		list, field string
		want        []string
	}{
		{"entities", "type", entityTypes},
		{"events", "type", eventTypes},
	}
	for _, tc := range tests {
		t.Run(tc.list, func(t *testing.T) {
			got := s.Properties[tc.list].Items.Properties[tc.field].Enum
			if !equalSets(got, tc.want) {
				t.Errorf("schema enum %v, server accepts %v", got, tc.want)
			}
		})
	}
}

func TestNextOffset(t *testing.T) {
	tests := []struct {
		offset, n, total int
		want             int // -1: none
	}{
		{0, 20, 45, 20},
		{20, 20, 45, 40},
		{40, 5, 45, -1},
		{0, 0, 0, -1},
		{100, 0, 45, -1},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%d+%d of %d", tc.offset, tc.n, tc.total), func(t *testing.T) {
			got := nextOffset(tc.offset, tc.n, tc.total)
			if (got == nil) != (tc.want < 0) || (got != nil && *got != tc.want) {
				t.Errorf("nextOffset = %v, want %d", got, tc.want)
			}
		})
	}
}
