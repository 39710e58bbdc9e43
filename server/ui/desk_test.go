package ui

import (
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// whiteHouse is the first article of the demo store's story of the Iran
// nuclear deal, which used to title it.
const whiteHouse = "البيت الأبيض يعلن عن الوفد الذي سيحضر افتتاح سفارة أمريكا بالقدس"

var storyTitle = regexp.MustCompile(`<li class="story">\s*<h3><a href="[^"]*" dir="auto">([^<]*)</a>`)

// TestDesk checks the home page on the demo fixture: top stories titled by
// their central article, copies folded, the window of a historical store
// said so, rising names and the volume chart.
func TestDesk(t *testing.T) {
	f := loadFixture(t)
	h := newTestServer(t, f.st)
	body := checkPage(t, get(h, "/?window=7d"), 200)
	var titles []string
	for _, m := range storyTitle.FindAllStringSubmatch(body, -1) {
		titles = append(titles, m[1])
	}
	if len(titles) == 0 {
		t.Fatalf("no top stories:\n%s", body)
	}
	t.Logf("top stories: %q", titles)
	if slices.Contains(titles, whiteHouse) || (os.Getenv("MARSAD_UI_DEMO_N") == "" && !strings.Contains(titles[0], "النووي")) {
		t.Errorf("top story titled %q, want its central article (about the nuclear deal)", titles[0])
	}
	for _, want := range []string{"المخزن تاريخي", "مكرر", `<rect class="bar in"`, `<polyline class="events"`, `class="risers"`} {
		if !strings.Contains(body, want) {
			t.Errorf("desk lacks %q", want)
		}
	}
	// Searching still works from the desk's form, and lists the story.
	body = checkPage(t, get(h, "/?q="+url.QueryEscape("النووي")+"&sort=newest"), 200)
	if !strings.Contains(body, `class="hit"`) || !strings.Contains(body, "الأحدث أولاً") {
		t.Error("search newest first from the desk")
	}
}
