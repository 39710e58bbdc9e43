package actor

import (
	"sync"
	"testing"
	"time"
)

// testKB loads the knowledge base once for all tests of the package.
var testKB = sync.OnceValues(Load)

func mustKB(tb testing.TB) *KB {
	tb.Helper()
	kb, err := testKB()
	if err != nil {
		tb.Fatalf("Load: %v", err)
	}
	return kb
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestNationality(t *testing.T) {
	kb := mustKB(t)
	tests := []struct {
		word, want string
	}{
		{"الأمريكي", "USA"}, {"الأميركية", "USA"}, {"أمريكياً", "USA"}, {"أمريكي", "USA"},
		{"الروس", "RUS"}, {"روسية", "RUS"}, {"الروسية", "RUS"},
		{"التركي", "TUR"}, {"تركية", "TUR"}, {"التركية", "TUR"}, {"الأتراك", "TUR"},
		{"المصري", "EGY"}, {"المصرية", "EGY"}, {"المصريون", "EGY"},
		{"الأوروبي", "EUR"}, {"أوروبية", "EUR"},
		{"الليبي", "LBY"}, {"ليبية", "LBY"}, {"الليبيين", "LBY"}, {"وبالليبيين", "LBY"}, {"للّيبيين", "LBY"},
		{"الإيراني", "IRN"}, {"السعودي", "SAU"}, {"الإماراتي", "ARE"}, {"القطري", "QAT"},
		{"الإسرائيلي", "ISR"}, {"الفلسطيني", "PSE"}, {"السوري", "SYR"}, {"العراقي", "IRQ"},
		{"اليمني", "YEM"}, {"اللبناني", "LBN"}, {"الأردني", "JOR"}, {"الفرنسي", "FRA"},
		{"البريطاني", "GBR"}, {"الألماني", "DEU"}, {"الألمان", "DEU"}, {"الصيني", "CHN"},
		{"السودانيون", "SDN"}, {"الجزائرية", "DZA"}, {"التونسيين", "TUN"},
		// not nationalities
		{"ليبيا", ""}, {"السعودية", ""}, {"تركيا", ""}, {"مالي", ""}, {"الحكومة", ""}, {"", ""}, {"الجيش الليبي", ""},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			got, ok := kb.Nationality(tt.word)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("Nationality(%q) = %q, %v; want %q", tt.word, got, ok, tt.want)
			}
		})
	}
}

func TestCountry(t *testing.T) {
	kb := mustKB(t)
	tests := []struct{ name, iso3, iso2 string }{
		{"ليبيا", "LBY", "LY"}, {"القاهرة", "", ""}, {"مصر", "EGY", "EG"}, {"الولايات المتحدة الأمريكية", "USA", "US"},
		{"أميركا", "USA", "US"}, {"تركيا", "TUR", "TR"}, {"روسيا", "RUS", "RU"}, {"بليبيا", "LBY", "LY"},
		{"السعودية", "SAU", "SA"}, {"الإمارات", "ARE", "AE"}, {"سوريا", "SYR", "SY"}, {"حفتر", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := kb.Country(tt.name)
			if c.ISO3 != tt.iso3 || c.ISO2 != tt.iso2 || ok != (tt.iso3 != "") {
				t.Errorf("Country(%q) = %+v, %v; want %s/%s", tt.name, c, ok, tt.iso3, tt.iso2)
			}
		})
	}
}

func TestSectorAndCodeForRole(t *testing.T) {
	kb := mustKB(t)
	tests := []struct {
		role, sector, code, codeEGY string
	}{
		{"المتحدث باسم الجيش الليبي", "MIL", "LBYMIL", "LBYMIL"},
		{"المشير", "MIL", "MIL", "EGYMIL"},
		{"اللواء", "MIL", "MIL", "EGYMIL"},
		{"العميد", "MIL", "MIL", "EGYMIL"},
		{"قائد الجيش الوطني الليبي", "MIL", "LBYMIL", "LBYMIL"},
		{"مدير التوجيه المعنوي بالجيش الليبي", "MIL", "LBYMIL", "LBYMIL"},
		{"رئيس ديوان المجلس الأعلى لمشايخ وأعيان القبائل الليبية", "CVL", "LBYCVL", "LBYCVL"},
		{"وزير الخارجية المصري", "GOV", "EGYGOV", "EGYGOV"},
		{"الرئيس التركي", "GOV", "TURGOV", "TURGOV"},
		{"رئاسة الجمهورية", "GOV", "GOV", "EGYGOV"},
		{"رئيس مجلس النواب الليبي", "LEG", "LBYLEG", "LBYLEG"},
		{"البرلمان", "LEG", "LEG", "EGYLEG"},
		{"صحيفة روسية", "MED", "RUSMED", "RUSMED"},
		{"وكالة الأنباء", "MED", "MED", "EGYMED"},
		{"المواطنين", "CVL", "CVL", "EGYCVL"},
		{"ميليشيات", "REB", "REB", "EGYREB"},
		{"المسلحين", "REB", "REB", "EGYREB"},
		{"الشرطة العراقية", "COP", "IRQCOP", "IRQCOP"},
		{"المبعوث الأممي", "GOV", "IGOUNO", "IGOUNO"},
		{"مصادر ليبية", "", "LBY", "LBY"},
		{"وفداً عسكرياً أمريكياً", "MIL", "USAMIL", "USAMIL"},
		{"طائرات حربية تركية", "MIL", "TURMIL", "TURMIL"},
		{"وزير الدفاع التركي", "MIL", "TURMIL", "TURMIL"},
		{"المعارضة السورية", "OPP", "SYROPP", "SYROPP"},
		{"خليفة", "", "", "EGY"},
	}
	for _, tt := range tests {
		t.Run(tt.role, func(t *testing.T) {
			if s, _ := kb.Sector(tt.role); s != tt.sector {
				t.Errorf("Sector = %q, want %q", s, tt.sector)
			}
			if c := kb.CodeForRole(tt.role); c != tt.code {
				t.Errorf("CodeForRole = %q, want %q", c, tt.code)
			}
			if c := kb.CodeForRoleIn(tt.role, "EGY"); c != tt.codeEGY {
				t.Errorf("CodeForRoleIn(EGY) = %q, want %q", c, tt.codeEGY)
			}
		})
	}
}

func TestLink(t *testing.T) {
	kb := mustKB(t)
	d2020 := day("2020-07-16")
	tests := []struct {
		name    string
		names   []string
		roles   []string
		date    time.Time
		country string
		id      string
		code    string
	}{
		{"haftar", []string{"خليفة حفتر", "حفتر", "المشير خليفة حفتر"}, []string{"المشير", "قائد الجيش الوطني الليبي"}, d2020, "", "khalifa-haftar", "LBYMIL"},
		{"haftar title only", []string{"المشير حفتر"}, nil, d2020, "", "khalifa-haftar", "LBYMIL"},
		{"sisi alef maqsura", []string{"السيسى"}, []string{"الرئيس"}, d2020, "", "abdel-fattah-el-sisi", "EGYGOV"},
		{"sisi full with title", []string{"الرئيس عبد الفتاح السيسى"}, nil, d2020, "", "abdel-fattah-el-sisi", "EGYGOV"},
		{"sisi 2013 minister", []string{"عبد الفتاح السيسي"}, nil, day("2013-07-03"), "", "abdel-fattah-el-sisi", "EGYMIL"},
		{"sarraj middle name", []string{"فايز مصطفى السراج"}, nil, d2020, "", "fayez-al-sarraj", "LBYGOV"},
		{"mismari", []string{"أحمد المسماري"}, []string{"اللواء"}, d2020, "", "ahmed-al-mismari", "LBYMIL"},
		{"aguila saleh", []string{"عقيلة صالح"}, nil, d2020, "", "aguila-saleh", "LBYLEG"},
		{"un", []string{"الأمم المتحدة"}, nil, d2020, "", "united-nations", "IGOUNO"},
		{"gna short", []string{"حكومة الوفاق"}, nil, d2020, "", "government-of-national-accord", "LBYGOV"},
		{"gna libyan", []string{"حكومة الوفاق الليبية"}, nil, d2020, "", "government-of-national-accord", "LBYGOV"},
		{"lna", []string{"الجيش الوطني الليبي"}, nil, d2020, "", "libyan-national-army", "LBYMIL"},
		{"libyan army", []string{"الجيش الليبي"}, nil, d2020, "", "libyan-national-army", "LBYMIL"},
		{"egyptian army", []string{"الجيش المصري"}, nil, d2020, "", "egyptian-armed-forces", "EGYMIL"},
		{"presidency generic", []string{"رئاسة الجمهورية"}, nil, d2020, "EGY", "", "EGYGOV"},
		{"generic security forces", []string{"قوات الأمن الليبية"}, nil, d2020, "", "country:LBY:COP", "LBYCOP"},
		{"state body by adjective", []string{"الحكومة اليمنية"}, nil, d2020, "", "yemeni-government", "YEMGOV"},
		{"state body without its actor", []string{"الحكومة الليبية"}, nil, d2020, "", "country:LBY:GOV", "LBYGOV"},
		{"state body by country", []string{"حكومة اليمن"}, nil, d2020, "", "yemeni-government", "YEMGOV"},
		{"erdogan", []string{"أردوغان"}, nil, d2020, "", "recep-tayyip-erdogan", "TURGOV"},
		{"erdogan full", []string{"رجب طيب أردوغان"}, []string{"الرئيس التركي"}, d2020, "", "recep-tayyip-erdogan", "TURGOV"},
		{"hezbollah", []string{"حزب الله"}, nil, d2020, "", "hezbollah", "LBNREBHEZ"},
		{"houthis", []string{"الحوثيين"}, nil, d2020, "", "houthis", "YEMREB"},
		{"ansar allah", []string{"جماعة أنصار الله"}, nil, d2020, "", "houthis", "YEMREB"},
		{"putin", []string{"فلاديمير بوتين"}, nil, d2020, "", "vladimir-putin", "RUSGOV"},
		{"trump 2018", []string{"ترامب"}, nil, day("2018-05-08"), "", "donald-trump", "USAGOV"},
		{"trump 2022", []string{"ترامب"}, nil, day("2022-05-08"), "", "donald-trump", "USAELI"},
		{"arab league", []string{"الجامعة العربية"}, nil, d2020, "", "arab-league", "IGOARL"},
		{"nato", []string{"حلف الناتو"}, nil, d2020, "", "nato", "IGOWSTNAT"},
		{"gaddafi", []string{"معمر القذافي"}, nil, d2020, "", "muammar-gaddafi", "LBYGOV"},
		{"gna bare", []string{"الوفاق"}, nil, d2020, "", "government-of-national-accord", "LBYGOV"},
		{"named newspaper", []string{"صحيفة nutre الروسية"}, nil, d2020, "", "", "RUSMED"},
		{"proper org name", []string{"جامعة بنغازي"}, nil, d2020, "", "", ""},
		{"country", []string{"تركيا"}, nil, d2020, "", "country:TUR", "TUR"},
		{"unknown person", []string{"محمد المصباحي"}, []string{"رئيس ديوان المجلس الأعلى لمشايخ وأعيان القبائل الليبية"}, d2020, "", "", ""},
		{"full name beats odd role", []string{"خليفة حفتر"}, []string{"الوزير الفرنسي"}, d2020, "", "khalifa-haftar", "LBYMIL"},
		{"surname wrong country", []string{"حفتر"}, []string{"الوزير الفرنسي"}, d2020, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ok := kb.LinkIn(tt.names, tt.roles, tt.date, tt.country)
			if want := tt.code != ""; ok != want {
				t.Fatalf("LinkIn(%q) ok = %v (%+v), want %v", tt.names, ok, a, want)
			}
			if a.ID != tt.id || a.Code != tt.code {
				t.Errorf("LinkIn(%q) = %s %s, want %s %s", tt.names, a.ID, a.Code, tt.id, tt.code)
			}
		})
	}
}

func TestCodeFor(t *testing.T) {
	kb := mustKB(t)
	got := kb.CodeFor([]string{"محمد المصباحي"}, []string{"رئيس ديوان المجلس الأعلى لمشايخ وأعيان القبائل الليبية"}, day("2020-07-16"), "LBY")
	if got != "LBYCVL" {
		t.Errorf("CodeFor = %q, want LBYCVL", got)
	}
}

func TestConcurrentUse(t *testing.T) {
	kb := mustKB(t)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				kb.Link([]string{"حفتر"}, []string{"المشير"}, time.Time{})
				kb.Nationality("الليبية")
				kb.CodeForRole("المتحدث باسم الجيش الليبي")
			}
		}()
	}
	wg.Wait()
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLink(b *testing.B) {
	kb := mustKB(b)
	d := day("2020-07-16")
	for b.Loop() {
		kb.Link([]string{"خليفة حفتر", "حفتر", "المشير خليفة حفتر"}, []string{"المشير", "المتحدث باسم الجيش الليبي"}, d)
	}
}

func BenchmarkNationality(b *testing.B) {
	kb := mustKB(b)
	for b.Loop() {
		kb.Nationality("وبالليبيين")
	}
}

func BenchmarkCodeForRole(b *testing.B) {
	kb := mustKB(b)
	for b.Loop() {
		kb.CodeForRole("رئيس ديوان المجلس الأعلى لمشايخ وأعيان القبائل الليبية")
	}
}

func TestOrganisations(t *testing.T) {
	kb, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, n := range kb.Organisations() {
		got[n] = true
	}
	for _, want := range []string{"تنظيم القاعدة", "البيت الأبيض", "وكالة الأناضول", "الحرس الثوري الإيراني"} {
		if !got[want] {
			t.Errorf("Organisations lacks %s", want)
		}
	}
	for _, not := range []string{"خليفة حفتر", "جاريد كوشنر", "القاعدة"} {
		if got[not] {
			t.Errorf("Organisations has %s (a person or a single word)", not)
		}
	}
}
