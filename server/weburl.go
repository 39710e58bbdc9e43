package server

import (
	"net/url"
	"strings"
)

// webURL returns s when it is an absolute http or https URL with a host,
// and "" otherwise. Stored URLs come from crawled pages and records, so a
// "javascript:" or "data:" URL may be among them; the API returns only
// links a client can follow safely.
func webURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return u.String()
	}
	return ""
}
