package ingest

import (
	"bytes"
	"strconv"
	"strings"
	"time"
)

// maxRobotsBytes is how much of a robots.txt is parsed (RFC 9309 asks for at
// least 500 KiB); the rest is ignored.
const maxRobotsBytes = 512 << 10

// Robots is a parsed robots.txt (RFC 9309): groups of user agents with
// allow/disallow path rules and an optional crawl delay.
type Robots struct {
	groups []robotsGroup
}

type robotsGroup struct {
	agents []string // lower-case product tokens, "*" for any
	rules  []robotsRule
	delay  time.Duration
}

type robotsRule struct {
	allow   bool
	pattern string // path pattern with "*" wildcards and an optional final "$"
}

// AllowAll is a Robots that allows everything (no robots.txt, or a 4xx).
var allowAll = &Robots{}

// ParseRobots parses a robots.txt. It never fails: unknown lines are
// ignored, and only the first 512 KiB are read.
func ParseRobots(data []byte) *Robots {
	if len(data) > maxRobotsBytes {
		data = data[:maxRobotsBytes]
	}
	r := &Robots{}
	var cur *robotsGroup
	inAgents := false // the previous significant line was a user-agent line
	for len(data) > 0 {
		var line []byte
		if i := bytes.IndexAny(data, "\r\n"); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			line, data = data, nil
		}
		if i := bytes.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		name, value, ok := strings.Cut(string(line), ":")
		if !ok {
			continue
		}
		name = strings.ToLower(strings.TrimSpace(name))
		value = strings.TrimSpace(value)
		switch name {
		case "user-agent", "useragent", "user agent":
			if !inAgents || cur == nil {
				r.groups = append(r.groups, robotsGroup{})
				cur = &r.groups[len(r.groups)-1]
			}
			inAgents = true
			agent := strings.ToLower(value)
			if i := strings.IndexAny(agent, "/ \t"); i >= 0 && agent != "*" {
				agent = agent[:i] // "Marsad/1.0" → "marsad"
			}
			cur.agents = append(cur.agents, agent)
		case "allow", "disallow":
			inAgents = false
			if cur == nil {
				continue // rule before any user-agent line
			}
			if value == "" {
				continue // "Disallow:" allows everything
			}
			cur.rules = append(cur.rules, robotsRule{allow: name == "allow", pattern: value})
		case "crawl-delay":
			inAgents = false
			if cur == nil {
				continue
			}
			if s, err := strconv.ParseFloat(value, 64); err == nil && s > 0 && s < 86400 {
				cur.delay = time.Duration(s * float64(time.Second))
			}
		default:
			// sitemap and unknown fields do not end a user-agent run in
			// practice, but do not belong to it either.
		}
	}
	return r
}

// group returns the rules that apply to agent: the groups naming it, or
// else the "*" groups (merged, as RFC 9309 says).
func (r *Robots) group(agent string) (rules []robotsRule, delay time.Duration) {
	agent = strings.ToLower(agent)
	var star []robotsRule
	var starDelay time.Duration
	found := false
	for _, g := range r.groups {
		for _, a := range g.agents {
			switch {
			case a == agent:
				found = true
				rules = append(rules, g.rules...)
				delay = max(delay, g.delay)
			case a == "*":
				star = append(star, g.rules...)
				starDelay = max(starDelay, g.delay)
			default:
				continue
			}
			break
		}
	}
	if !found {
		return star, starDelay
	}
	return rules, delay
}

// Allowed reports whether agent (a product token such as "marsad") may
// fetch path, which is the URL's path with its query ("/a/b?c=d").
// The longest matching rule wins; allow wins a tie. "/robots.txt" is always
// allowed.
func (r *Robots) Allowed(agent, path string) bool {
	if path == "" {
		path = "/"
	}
	if path == "/robots.txt" {
		return true
	}
	rules, _ := r.group(agent)
	best, allowed := -1, true
	for _, rule := range rules {
		if !robotsMatch(rule.pattern, path) {
			continue
		}
		n := len(rule.pattern)
		if n > best || (n == best && rule.allow) {
			best, allowed = n, rule.allow
		}
	}
	return allowed
}

// CrawlDelay returns the Crawl-delay that applies to agent, or 0.
func (r *Robots) CrawlDelay(agent string) time.Duration {
	_, d := r.group(agent)
	return d
}

// robotsMatch matches path against a pattern where "*" is any run of
// characters and a final "$" anchors the end; otherwise it is a prefix
// match. Greedy with one backtrack point: O(len(pattern)·len(path)) worst.
func robotsMatch(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	if anchored {
		pattern = pattern[:len(pattern)-1]
	}
	if !strings.Contains(pattern, "*") {
		if anchored {
			return path == pattern
		}
		return strings.HasPrefix(path, pattern)
	}
	if !anchored {
		pattern += "*"
	}
	p, s := 0, 0
	star, mark := -1, 0
	for s < len(path) {
		switch {
		case p < len(pattern) && pattern[p] == '*':
			star, mark = p, s
			p++
		case p < len(pattern) && pattern[p] == path[s]:
			p++
			s++
		case star >= 0:
			p = star + 1
			mark++
			s = mark
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}
