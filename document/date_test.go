package document

import (
	"errors"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	d := func(y, m, day, h, mi int) time.Time { return time.Date(y, time.Month(m), day, h, mi, 0, 0, time.UTC) }
	for _, tc := range []struct {
		name, in string
		want     time.Time
	}{
		{"gregorian", "الخميس 16 يوليو 2020", d(2020, 7, 16, 0, 0)},
		{"arabic-indic digits", "١٦ يوليو ٢٠٢٠", d(2020, 7, 16, 0, 0)},
		{"hamza spelling", "نشر في 3 إبريل 2019", d(2019, 4, 3, 0, 0)},
		{"without hamza", "3 ابريل 2019", d(2019, 4, 3, 0, 0)},
		{"egyptian yunyah", "الأحد 7 يونيه 2015", d(2015, 6, 7, 0, 0)},
		{"levantine", "14 شباط 2018", d(2018, 2, 14, 0, 0)},
		{"levantine two words", "1 كانون الثاني 2021", d(2021, 1, 1, 0, 0)},
		{"levantine december", "25 كانون الأول 2019", d(2019, 12, 25, 0, 0)},
		{"levantine tishreen", "9 تشرين الأول 2017", d(2017, 10, 9, 0, 0)},
		{"adhar with madda", "20 آذار 2016", d(2016, 3, 20, 0, 0)},
		{"paired names", "16 تموز/يوليو 2020", d(2020, 7, 16, 0, 0)},
		{"paired with dash", "16 تموز - يوليو 2020", d(2020, 7, 16, 0, 0)},
		{"maghreb", "12 جويلية 2019", d(2019, 7, 12, 0, 0)},
		{"maghreb august", "5 أوت 2018", d(2018, 8, 5, 0, 0)},
		{"moroccan", "5 غشت 2018", d(2018, 8, 5, 0, 0)},
		{"comma before year", "16 يوليو، 2020", d(2020, 7, 16, 0, 0)},
		{"with clock pm", "16 يوليو 2020 الساعة 10:30 م", d(2020, 7, 16, 22, 30)},
		{"with clock", "16 يوليو 2020 - 09:05", d(2020, 7, 16, 9, 5)},
		{"iso", "2020-07-16", d(2020, 7, 16, 0, 0)},
		{"slashes day first", "16/07/2020", d(2020, 7, 16, 0, 0)},
		{"slashes month first", "07/16/2020", d(2020, 7, 16, 0, 0)},
		{"arabic-indic numeric", "٢٠٢٠/٧/١٦", d(2020, 7, 16, 0, 0)},
		{"english", "16 July 2020", d(2020, 7, 16, 0, 0)},
		{"cnn dateline", "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", time.Date(2013, 8, 28, 14, 0, 0, 0, time.FixedZone("", 4*3600))},
		{"utc offset", "16 يوليو 2020 10:30 UTC+3", time.Date(2020, 7, 16, 10, 30, 0, 0, time.FixedZone("", 3*3600))},
		{"in prose", "وقال في بيان صدر يوم 3 مارس 2018 إن", d(2018, 3, 3, 0, 0)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseDate(tc.in)
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tc.in, err)
			}
			if !got.Equal(tc.want) {
				t.Errorf("ParseDate(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func TestParseDateNone(t *testing.T) {
	for _, in := range []string{"", "لا تاريخ هنا", "31 فبراير 2020", "16 يوليو", "2011", "12:30", "45/13/2020", "16 يوليو 1700"} {
		t.Run(in, func(t *testing.T) {
			if got, err := ParseDate(in); !errors.Is(err, ErrNoDate) {
				t.Errorf("ParseDate(%q) = %v, %v; want ErrNoDate", in, got, err)
			}
		})
	}
}

func TestParseMetaTime(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2020-07-16T10:30:00+03:00", "2020-07-16T10:30:00+03:00"},
		{"2020-07-16T10:30:00Z", "2020-07-16T10:30:00Z"},
		{"2020-07-16T10:30:00+0300", "2020-07-16T10:30:00+03:00"},
		{"2020-07-16 10:30:00", "2020-07-16T10:30:00Z"},
		{"Thu, 16 Jul 2020 10:30:00 +0300", "2020-07-16T10:30:00+03:00"},
		{"2018-02-18T21:35:43+04:00", "2018-02-18T21:35:43+04:00"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := parseMetaTime(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if s := got.Format(time.RFC3339); s != tc.want {
				t.Errorf("got %s, want %s", s, tc.want)
			}
		})
	}
}

func TestBareDate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"الخميس 16 يوليو 2020", true},
		{"نشر في: الخميس 16 يوليو 2020 - 10:30 م", true},
		{"آخر تحديث 2020-07-16", true},
		{"وقال في بيان صدر يوم 3 مارس 2018 إن الحكومة", false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if _, got := bareDate(tc.in); got != tc.want {
				t.Errorf("bareDate(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzDate(f *testing.F) {
	for _, s := range []string{"16 تموز/يوليو 2020", "١٦ يوليو ٢٠٢٠ الساعة 10:30 م", "2020-07-16T10:30:00+03:00", "16/07/2020", "1 كانون الثاني 2021", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseDate(s)
		if err != nil {
			if !errors.Is(err, ErrNoDate) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if got.Year() < 1900 || got.Year() > 2100 {
			t.Fatalf("year out of range: %v", got)
		}
		_, _ = parseMetaTime(s)
		_, _ = bareDate(s)
	})
}
