package ingest

import (
	"testing"
	"time"
)

func TestRobotsAllowed(t *testing.T) {
	const txt = `# comment
User-agent: *
Disallow: /private/
Allow: /private/public
Crawl-delay: 2

User-agent: Marsad/1.0
User-agent: otherbot
Disallow: /nomarsad
Disallow: /*.pdf$
Allow: /nomarsad/ok
Disallow: /search*q=

User-agent: badbot
Disallow: /
`
	rb := ParseRobots([]byte(txt))
	tests := []struct {
		agent, path string
		want        bool
	}{
		{"marsad", "/", true},
		{"marsad", "/private/x", true}, // marsad has its own group: "*" rules do not apply
		{"marsad", "/nomarsad", false},
		{"marsad", "/nomarsad/ok/page", true},
		{"marsad", "/doc.pdf", false},
		{"marsad", "/doc.pdf?x=1", true},
		{"marsad", "/search?a=1&q=x", false},
		{"MARSAD", "/nomarsad", false},
		{"somebot", "/private/x", false},
		{"somebot", "/private/public/y", true},
		{"somebot", "/robots.txt", true},
		{"badbot", "/anything", false},
		{"badbot", "/robots.txt", true},
	}
	for _, tt := range tests {
		t.Run(tt.agent+tt.path, func(t *testing.T) {
			if got := rb.Allowed(tt.agent, tt.path); got != tt.want {
				t.Errorf("Allowed(%q, %q) = %v, want %v", tt.agent, tt.path, got, tt.want)
			}
		})
	}
	if d := rb.CrawlDelay("somebot"); d != 2*time.Second {
		t.Errorf("CrawlDelay = %v", d)
	}
	if d := rb.CrawlDelay("marsad"); d != 0 {
		t.Errorf("CrawlDelay(marsad) = %v", d)
	}
}

func TestRobotsEdgeCases(t *testing.T) {
	tests := []struct {
		name, txt, path string
		want            bool
	}{
		{"empty", "", "/x", true},
		{"empty disallow", "User-agent: *\nDisallow:\n", "/x", true},
		{"rule before agent", "Disallow: /\nUser-agent: *\nAllow: /\n", "/x", true},
		{"tie goes to allow", "User-agent: *\nDisallow: /a\nAllow: /a\n", "/a", true},
		{"anchored", "User-agent: *\nDisallow: /a$\n", "/ab", true},
		{"anchored hit", "User-agent: *\nDisallow: /a$\n", "/a", false},
		{"wildcard middle", "User-agent: *\nDisallow: /a*b*c\n", "/axxbyyc/z", false},
		{"wildcard miss", "User-agent: *\nDisallow: /a*b*c\n", "/axxbyy", true},
		{"crlf and comments", "User-agent: * # all\r\nDisallow: /x # no\r\n", "/x/1", false},
		{"groups merged", "User-agent: *\nDisallow: /a\n\nUser-agent: *\nDisallow: /b\n", "/b", false},
		{"no colon lines", "garbage\nUser-agent *\n", "/", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ParseRobots([]byte(tt.txt)).Allowed("marsad", tt.path); got != tt.want {
				t.Errorf("Allowed(%q) = %v, want %v", tt.path, got, tt.want)
			}
		})
	}
}

func FuzzRobots(f *testing.F) {
	f.Add([]byte("User-agent: *\nDisallow: /a*b$\nAllow: /a\nCrawl-delay: 1.5\n"), "/a/b")
	f.Add([]byte("User-agent: marsad\nDisallow: /\n"), "/")
	f.Add([]byte("\r\n#\r\nuser-agent:marsad/2\r\nallow:*\r\n"), "/x?y")
	f.Fuzz(func(t *testing.T, data []byte, path string) {
		rb := ParseRobots(data)
		_ = rb.Allowed(RobotsAgent, path)
		_ = rb.Allowed("*", path)
		if d := rb.CrawlDelay(RobotsAgent); d < 0 {
			t.Fatalf("negative crawl delay %v", d)
		}
		if !rb.Allowed(RobotsAgent, "/robots.txt") {
			t.Fatal("/robots.txt must always be allowed")
		}
	})
}
