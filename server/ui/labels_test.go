package ui

import (
	"testing"
	"time"
)

func TestHumanUnits(t *testing.T) {
	for in, want := range map[int64]string{
		0: "0 بايت", 900: "900 بايت", 64971248: "62 ميغابايت", 1536: "1.5 كيلوبايت", 3 << 30: "3 غيغابايت",
		822 << 20: "822 ميغابايت",
	} {
		if got := fmtBytes(in); got != want {
			t.Errorf("fmtBytes(%d) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[time.Duration]string{
		22825857015 * time.Nanosecond:  "22.8 ثانية",
		450 * time.Millisecond:         "450 ملّي ثانية",
		3*time.Minute + 12*time.Second: "3 دقائق و12 ثانية",
		time.Minute:                    "دقيقة",
		2*time.Minute + time.Second:    "دقيقتان وثانية",
		375 * time.Second:              "6 دقائق و15 ثانية",
		time.Hour + 5*time.Minute:      "ساعة و5 دقائق",
		26 * time.Hour:                 "26 ساعة",
	} {
		if got := fmtDuration(in); got != want {
			t.Errorf("fmtDuration(%v) = %q, want %q", in, got, want)
		}
	}
	if got := fmtTime(time.Date(2018, 5, 20, 23, 55, 6, 0, time.FixedZone("+04", 4*3600))); got != "2018-05-20 19:55 UTC" {
		t.Errorf("fmtTime = %q", got)
	}
}

func TestLabels(t *testing.T) {
	for _, typ := range eventTypes {
		if eventTypeName(typ) == typ {
			t.Errorf("PLOVER type %s has no Arabic label", typ)
		}
	}
	for _, k := range []string{"country", "city", "region", "site", "water"} {
		if placeKindName(k) == k {
			t.Errorf("place kind %s has no Arabic label", k)
		}
	}
}
