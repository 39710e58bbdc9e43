package document

import "testing"

func TestDropLinkRuns(t *testing.T) {
	para := "قال المسؤول إن المفاوضات ستستأنف الأسبوع المقبل في جنيف بحضور جميع الأطراف."
	link := "عنوان قصة أخرى منشورة على الموقع"
	tests := []struct {
		name string
		in   []string
		want int
	}{
		{"run of three links between paragraphs", []string{para, link, link, link, para}, 2},
		{"two short lines stay", []string{para, link, link, para}, 4},
		{"run at the end stays", []string{para, para, link, link, link}, 5},
		{"one subheading stays", []string{para, link, para}, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var bs []block
			for _, s := range tc.in {
				bs = append(bs, block{text: s})
			}
			if got := len(dropLinkRuns(bs)); got != tc.want {
				t.Fatalf("kept %d blocks, want %d", got, tc.want)
			}
		})
	}
}

func TestDropLinkRunsKeepsLiveBlog(t *testing.T) {
	para := "قال المسؤول إن المفاوضات ستستأنف الأسبوع المقبل في جنيف بحضور جميع الأطراف."
	var bs []block
	bs = append(bs, block{text: para})
	for _, l := range []string{"د44: مسعود شجاعي يسدد ركلة قوية فوق المرمى", "د42: الحارس يتصدى لإنفراد بعد هجمة مرتدة", "د38: تمريرة عرضية يمسكها الحارس الإيراني"} {
		bs = append(bs, block{text: l})
	}
	bs = append(bs, block{text: para})
	if got := len(dropLinkRuns(bs)); got != 5 {
		t.Fatalf("a live blog lost lines: kept %d of 5", got)
	}
}
