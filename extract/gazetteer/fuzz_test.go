package gazetteer

import (
	"strings"
	"testing"
)

func FuzzRead(f *testing.F) {
	f.Add("#kind\ncity\tLY\t\t31.2\t16.6\t100\tسرت|سرت\n")
	f.Add("country\tLY\tLBY\t25\t17\t0\tليبيا\n")
	f.Add("\t\t\t\t\t\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		es, err := Read(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, e := range es {
			if len(e.Names) == 0 {
				t.Fatalf("entry without names from %q", in)
			}
		}
	})
}

func FuzzReadCurated(f *testing.F) {
	f.Add("region\tLY\t-\t30.5\t18.5\tالهلال النفطي\t24\tsource\n")
	f.Add("alias\tUS\t-\t0\t0\tالولايات المتحدة|أمريكا\t6147|741\tcommon usage\n")
	f.Add("alias\t-\t-\t0\t0\t|\t|\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		rows, err := ReadCurated(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, r := range rows {
			if len(r.Articles) != len(r.Names) {
				t.Fatalf("%d counts for %d names from %q", len(r.Articles), len(r.Names), in)
			}
		}
	})
}
