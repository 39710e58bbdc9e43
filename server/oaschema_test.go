package server

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/marsad/marsad/schema"
)

// analysisID is the $id of schema/analysis.schema.json, which the OpenAPI
// document refers to for the Analysis object.
const analysisID = "https://github.com/marsad/marsad/schema/analysis.schema.json"

// oaDoc is a decoded OpenAPI document with a validator for the subset of
// schema keywords it uses: $ref (to components or to the analysis
// schema), type, nullable, enum, required, properties,
// additionalProperties: false, items, minimum, maximum, minItems, maxItems.
type oaDoc map[string]any

// obj returns m[k] as an object (nil if absent).
func obj(m any, k string) map[string]any {
	mm, ok := m.(map[string]any)
	if d, isDoc := m.(oaDoc); isDoc {
		mm, ok = d, true
	}
	if !ok {
		return nil
	}
	v, _ := mm[k].(map[string]any)
	return v
}

// resolve follows a local $ref ("#/a/b/c") in d.
func (d oaDoc) resolve(ref string) (map[string]any, error) {
	p, ok := strings.CutPrefix(ref, "#/")
	if !ok {
		return nil, fmt.Errorf("non-local $ref %s", ref)
	}
	var cur any = map[string]any(d)
	for _, part := range strings.Split(p, "/") {
		m, ok := cur.(map[string]any)
		if !ok || m[part] == nil {
			return nil, fmt.Errorf("unresolvable $ref %s", ref)
		}
		cur = m[part]
	}
	m, ok := cur.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("$ref %s is not an object", ref)
	}
	return m, nil
}

// deref resolves n while it is a local $ref.
func (d oaDoc) deref(n map[string]any) (map[string]any, error) {
	for i := 0; i < 10; i++ {
		ref, ok := n["$ref"].(string)
		if !ok || ref == analysisID {
			return n, nil
		}
		var err error
		if n, err = d.resolve(ref); err != nil {
			return nil, err
		}
	}
	return nil, fmt.Errorf("$ref loop")
}

// refs returns every $ref in the document that does not resolve.
func (d oaDoc) badRefs() []string {
	var bad []string
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if ref, ok := x["$ref"].(string); ok && ref != analysisID {
				if _, err := d.resolve(ref); err != nil {
					bad = append(bad, err.Error())
				}
			}
			for _, c := range x {
				walk(c)
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	walk(map[string]any(d))
	return bad
}

// validate checks the JSON value v against schema s; it returns every
// violation.
func (d oaDoc) validate(s map[string]any, v any) []string {
	var errs []string
	d.check(s, v, "$", &errs)
	return errs
}

func (d oaDoc) check(s map[string]any, v any, path string, errs *[]string) {
	add := func(format string, a ...any) { *errs = append(*errs, path+": "+fmt.Sprintf(format, a...)) }
	s, err := d.deref(s)
	if err != nil {
		add("%v", err)
		return
	}
	if s["$ref"] == analysisID {
		b, _ := json.Marshal(v)
		if err := schema.ValidateAnalysis(b); err != nil {
			add("%v", err)
		}
		return
	}
	if v == nil {
		if s["nullable"] != true && s["type"] != nil {
			add("null where %v is required", s["type"])
		}
		return
	}
	if t, ok := s["type"].(string); ok && !schema.IsType(v, t) {
		add("want %s, got %T", t, v)
		return
	}
	if enum, ok := s["enum"].([]any); ok && !slices.Contains(enum, v) {
		add("%v is not one of %v", v, enum)
	}
	if f, ok := v.(float64); ok {
		if m, ok := s["minimum"].(float64); ok && f < m {
			add("%v below minimum %v", f, m)
		}
		if m, ok := s["maximum"].(float64); ok && f > m {
			add("%v above maximum %v", f, m)
		}
	}
	switch x := v.(type) {
	case map[string]any:
		props := obj(s, "properties")
		req, _ := s["required"].([]any)
		for _, r := range req {
			if _, ok := x[r.(string)]; !ok {
				add("missing required %q", r)
			}
		}
		for k, val := range x {
			sub, ok := props[k].(map[string]any)
			if !ok {
				if s["additionalProperties"] == false {
					add("undocumented property %q", k)
				}
				continue
			}
			d.check(sub, val, path+"."+k, errs)
		}
	case []any:
		if m, ok := s["minItems"].(float64); ok && float64(len(x)) < m {
			add("%d items, want at least %v", len(x), m)
		}
		if m, ok := s["maxItems"].(float64); ok && float64(len(x)) > m {
			add("%d items, want at most %v", len(x), m)
		}
		if items, ok := s["items"].(map[string]any); ok {
			for i, el := range x {
				d.check(items, el, fmt.Sprintf("%s[%d]", path, i), errs)
			}
		}
	}
}
