package schema

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// AnalysisJSON is the JSON Schema (draft 2020-12) of one analysis.
//
//go:embed analysis.schema.json
var AnalysisJSON []byte

// ErrInvalid is returned (wrapped) when a document does not match the schema.
var ErrInvalid = errors.New("schema: document does not match")

// node is the subset of JSON Schema that analysis.schema.json uses.
type node struct {
	Ref        string           `json:"$ref"`
	Type       string           `json:"type"`
	Required   []string         `json:"required"`
	Properties map[string]*node `json:"properties"`
	Items      *node            `json:"items"`
	Enum       []string         `json:"enum"`
	Minimum    *float64         `json:"minimum"`
	Maximum    *float64         `json:"maximum"`
	Defs       map[string]*node `json:"$defs"`
}

// ValidateAnalysis checks a JSON document against AnalysisJSON and returns
// every violation found, joined, wrapping ErrInvalid.
func ValidateAnalysis(doc []byte) error {
	var root node
	if err := json.Unmarshal(AnalysisJSON, &root); err != nil {
		return fmt.Errorf("schema: bad embedded schema: %w", err)
	}
	var v any
	if err := json.Unmarshal(doc, &v); err != nil {
		return fmt.Errorf("%w: not JSON: %v", ErrInvalid, err)
	}
	var errs []string
	check(&root, &root, v, "$", &errs)
	if len(errs) > 0 {
		return fmt.Errorf("%w: %s", ErrInvalid, strings.Join(errs, "; "))
	}
	return nil
}

func check(root, n *node, v any, path string, errs *[]string) {
	if n.Ref != "" {
		name, ok := strings.CutPrefix(n.Ref, "#/$defs/")
		if !ok || root.Defs[name] == nil {
			*errs = append(*errs, path+": unresolvable $ref "+n.Ref)
			return
		}
		n = root.Defs[name]
	}
	if n.Type != "" && !IsType(v, n.Type) {
		*errs = append(*errs, fmt.Sprintf("%s: want %s, got %T", path, n.Type, v))
		return
	}
	if len(n.Enum) > 0 {
		if s, ok := v.(string); !ok || !slices.Contains(n.Enum, s) {
			*errs = append(*errs, fmt.Sprintf("%s: %v is not one of %v", path, v, n.Enum))
		}
	}
	if n.Minimum != nil {
		if f, ok := v.(float64); ok && f < *n.Minimum {
			*errs = append(*errs, fmt.Sprintf("%s: %v is below %v", path, f, *n.Minimum))
		}
	}
	if n.Maximum != nil {
		if f, ok := v.(float64); ok && f > *n.Maximum {
			*errs = append(*errs, fmt.Sprintf("%s: %v is above %v", path, f, *n.Maximum))
		}
	}
	switch x := v.(type) {
	case map[string]any:
		for _, r := range n.Required {
			if _, ok := x[r]; !ok {
				*errs = append(*errs, path+": missing "+r)
			}
		}
		for k, sub := range n.Properties {
			if val, ok := x[k]; ok {
				check(root, sub, val, path+"."+k, errs)
			}
		}
	case []any:
		if n.Items != nil {
			for i, el := range x {
				check(root, n.Items, el, fmt.Sprintf("%s[%d]", path, i), errs)
			}
		}
	}
}

// IsType reports whether a value decoded by encoding/json into any has the
// JSON Schema type t ("object", "array", "string", "number", "integer",
// "boolean"); an unknown type name matches nothing.
func IsType(v any, t string) bool {
	switch t {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "number":
		_, ok := v.(float64)
		return ok
	case "integer":
		f, ok := v.(float64)
		return ok && f == float64(int64(f))
	case "boolean":
		_, ok := v.(bool)
		return ok
	}
	return false
}
