package server

import (
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

// loadDoc decodes the embedded OpenAPI document.
func loadDoc(t *testing.T) oaDoc {
	t.Helper()
	var d oaDoc
	if err := json.Unmarshal(OpenAPI, &d); err != nil {
		t.Fatalf("openapi.json is not JSON: %v", err)
	}
	if d["openapi"] != "3.0.3" {
		t.Fatalf("openapi version %v", d["openapi"])
	}
	return d
}

// operation is one documented method + path.
type operation struct {
	method, path string
	op           map[string]any
	query        map[string]map[string]any // query parameters by name
	pathParams   map[string]map[string]any
}

func operations(t *testing.T, d oaDoc) map[string]operation {
	t.Helper()
	ops := map[string]operation{}
	for path, item := range obj(d, "paths") {
		for method, o := range item.(map[string]any) {
			op := operation{method: strings.ToUpper(method), path: path, op: o.(map[string]any),
				query: map[string]map[string]any{}, pathParams: map[string]map[string]any{}}
			ps, _ := op.op["parameters"].([]any)
			for _, p := range ps {
				pm, err := d.deref(p.(map[string]any))
				if err != nil {
					t.Fatal(err)
				}
				name := pm["name"].(string)
				switch pm["in"] {
				case "query":
					op.query[name] = pm
				case "path":
					op.pathParams[name] = pm
				default:
					t.Fatalf("%s %s: parameter %s in %v", op.method, path, name, pm["in"])
				}
			}
			ops[op.method+" "+path] = op
		}
	}
	return ops
}

// example renders a parameter's example as a query or path value.
func example(t *testing.T, p map[string]any) string {
	t.Helper()
	ex, ok := p["example"]
	if !ok {
		t.Fatalf("parameter %v has no example", p["name"])
	}
	return fmt.Sprint(ex)
}

// target builds the request path of op with path examples and the query.
func (op operation) target(t *testing.T, q url.Values) string {
	path := op.path
	for name, p := range op.pathParams {
		path = strings.ReplaceAll(path, "{"+name+"}", url.PathEscape(example(t, p)))
	}
	if len(q) > 0 {
		path += "?" + q.Encode()
	}
	return path
}

// request sends a request for op (a valid body for POST).
func (op operation) request(t *testing.T, h http.Handler, q url.Values) *httptest.ResponseRecorder {
	t.Helper()
	var body *strings.Reader
	var hdr []string
	if op.method == http.MethodPost {
		body = strings.NewReader(`{"text": "قال فايز السراج إن الوضع تحت السيطرة.", "date": "2018-03-14"}`)
		hdr = []string{"Content-Type", "application/json"}
	} else {
		body = strings.NewReader("")
	}
	return do(h, op.method, op.target(t, q), body, hdr...)
}

// checkAnswer validates an answer against op's documented responses.
func checkAnswer(t *testing.T, d oaDoc, op operation, rec *httptest.ResponseRecorder) {
	t.Helper()
	responses := obj(op.op, "responses")
	r, ok := responses[fmt.Sprint(rec.Code)].(map[string]any)
	if !ok {
		t.Fatalf("%s %s: status %d is not documented (body %s)", op.method, op.path, rec.Code, rec.Body)
	}
	r, err := d.deref(r)
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := mime.ParseMediaType(rec.Header().Get("Content-Type"))
	if err != nil {
		t.Fatalf("%s %s: bad Content-Type %q", op.method, op.path, rec.Header().Get("Content-Type"))
	}
	var sch map[string]any
	for ct, c := range obj(r, "content") {
		if mt, _, _ := mime.ParseMediaType(ct); mt == got {
			sch = obj(c, "schema")
		}
	}
	if sch == nil {
		t.Fatalf("%s %s %d: content type %s is not documented", op.method, op.path, rec.Code, got)
	}
	if !strings.Contains(got, "json") {
		return
	}
	var v any
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
		t.Fatalf("%s %s: answer is not JSON: %v", op.method, op.path, err)
	}
	if errs := d.validate(sch, v); len(errs) > 0 {
		t.Errorf("%s %s %d: answer does not match the document:\n  %s", op.method, op.path, rec.Code, strings.Join(errs, "\n  "))
	}
}

var pathParam = regexp.MustCompile(`\{([a-z]+)\}`)

// TestOpenAPIRoutes checks the document against the mux: the same routes,
// the same path and query parameters.
func TestOpenAPIRoutes(t *testing.T) {
	d := loadDoc(t)
	if bad := d.badRefs(); len(bad) > 0 {
		t.Fatalf("unresolvable refs: %v", bad)
	}
	ops := operations(t, d)
	s, _ := newTestServer(t, Config{})
	var routes, documented []string
	for _, rt := range s.routes {
		routes = append(routes, rt.method+" "+rt.path)
	}
	for k := range ops {
		documented = append(documented, k)
	}
	sort.Strings(routes)
	sort.Strings(documented)
	if !slices.Equal(routes, documented) {
		t.Fatalf("routes and document differ:\nmux: %v\ndoc: %v", routes, documented)
	}
	for _, rt := range s.routes {
		op := ops[rt.method+" "+rt.path]
		t.Run(rt.method+" "+rt.path, func(t *testing.T) {
			// The mux itself routes the documented path to this pattern.
			req := httptest.NewRequest(op.method, op.target(t, nil), nil)
			if _, pattern := s.mux.Handler(req); pattern != rt.method+" "+rt.path {
				t.Errorf("mux routes %s %s to %q", op.method, op.target(t, nil), pattern)
			}
			var q []string
			for name := range op.query {
				q = append(q, name)
			}
			if !equalSets(q, rt.params) {
				t.Errorf("query parameters: documented %v, accepted %v", q, rt.params)
			}
			var pp, want []string
			for name := range op.pathParams {
				pp = append(pp, name)
			}
			for _, m := range pathParam.FindAllStringSubmatch(rt.path, -1) {
				want = append(want, m[1])
			}
			if !equalSets(pp, want) {
				t.Errorf("path parameters: documented %v, in pattern %v", pp, want)
			}
			if rt.write {
				if sec, _ := op.op["security"].([]any); len(sec) == 0 {
					t.Errorf("write route without security requirement")
				}
			}
		})
	}
}

func equalSets(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	sort.Strings(a)
	sort.Strings(b)
	return slices.Equal(a, b)
}

// TestOpenAPIAnswers sends a request to every documented operation — bare,
// with each documented query parameter's example, and with each value of
// an enum — and validates every answer against the documented schema.
// Parameters must be accepted: no 400 (a 404 for, say, an actor of
// another type is fine, as long as it is documented). An
// undocumented parameter must be refused with the documented 400.
func TestOpenAPIAnswers(t *testing.T) {
	d := loadDoc(t)
	s, _ := newTestServer(t, Config{Token: "secret"})
	h := authAll{s, "secret"}
	for key, op := range operations(t, d) {
		t.Run(key, func(t *testing.T) {
			rec := op.request(t, h, nil)
			if rec.Code != http.StatusOK {
				t.Fatalf("bare request: %d %s", rec.Code, rec.Body)
			}
			checkAnswer(t, d, op, rec)
			for name, p := range op.query {
				values := []string{example(t, p)}
				if enum, ok := obj(p, "schema")["enum"].([]any); ok {
					values = nil
					for _, e := range enum {
						values = append(values, fmt.Sprint(e))
					}
				}
				for _, v := range values {
					rec := op.request(t, h, url.Values{name: {v}})
					if rec.Code == http.StatusBadRequest || rec.Code >= 500 {
						t.Errorf("%s=%s: %d %s", name, v, rec.Code, rec.Body)
						continue
					}
					checkAnswer(t, d, op, rec)
				}
			}
			rec = op.request(t, h, url.Values{"undocumented": {"1"}})
			if rec.Code != http.StatusBadRequest {
				t.Errorf("undocumented parameter: %d, want 400", rec.Code)
			}
			checkAnswer(t, d, op, rec)
		})
	}
}

// TestOpenAPIErrors validates error answers against the document.
func TestOpenAPIErrors(t *testing.T) {
	d := loadDoc(t)
	ops := operations(t, d)
	s, _ := newTestServer(t, Config{Token: "secret", MaxBodyBytes: 64})
	tests := []struct {
		name, op, target, body string
		hdr                    []string
		code                   int
	}{
		{"no article", "GET /api/articles/{id}", "/api/articles/nope", "", nil, 404},
		{"no raw", "GET /api/articles/{id}/raw", "/api/articles/nope/raw", "", nil, 404},
		{"no actor", "GET /api/actors/{id}", "/api/actors/nobody", "", nil, 404},
		{"bad limit", "GET /api/search", "/api/search?limit=0", "", nil, 400},
		{"bad query", "GET /api/search", "/api/search?q=NOT+x", "", nil, 400},
		{"bad date", "GET /api/events", "/api/events?from=yesterday", "", nil, 400},
		{"bad type", "GET /api/events", "/api/events?type=PER", "", nil, 400},
		{"no token", "POST /api/analyze", "/api/analyze", "x", nil, 401},
		{"too large", "POST /api/analyze", "/api/analyze", strings.Repeat("x", 65), []string{"Authorization", "Bearer secret"}, 413},
		{"no body", "POST /api/analyze", "/api/analyze", "no body", []string{"Authorization", "Bearer secret"}, 422},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			op := ops[tc.op]
			method, _, _ := strings.Cut(tc.op, " ")
			rec := do(s, method, tc.target, strings.NewReader(tc.body), tc.hdr...)
			if rec.Code != tc.code {
				t.Fatalf("%d %s, want %d", rec.Code, rec.Body, tc.code)
			}
			checkAnswer(t, d, op, rec)
		})
	}
}

// authAll adds the bearer token to every request.
type authAll struct {
	h     http.Handler
	token string
}

func (a authAll) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	r.Header.Set("Authorization", "Bearer "+a.token)
	a.h.ServeHTTP(w, r)
}
