package arabic

import (
	"strings"
	"testing"
	"time"
)

// benchBytes runs f b.N times over text and reports MB/s of wall time
// (b.SetBytes) and MB per CPU-second ("MB/cpu-s"), the per-core figure
// that stays meaningful when the machine is shared.
func benchBytes(b *testing.B, text string, f func(string)) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuTime()
	n := 0
	for b.Loop() {
		f(text)
		n++
	}
	if d := cpuTime() - c0; d > time.Millisecond {
		b.ReportMetric(float64(n*len(text))/d.Seconds()/1e6, "MB/cpu-s")
	}
}

// benchText is a news paragraph (written for these benchmarks) with
// punctuation, numbers, quotes and a little Latin.
var benchText = strings.Repeat(`شهدت الساعات الأخيرة تحركات واسعة بشأن الملف الليبي داخل ليبيا وخارجها، `+
	`خاصة بشأن معركة سرت بين قوات حكومة الوفاق التي تريد استعادة المدينة الاستراتيجية. `+
	`وقال المتحدث باسم الجيش الليبي: «لن نتراجع عن مواقعنا»، مضيفا أن ٣٫٥ ألف مقاتل وصلوا في 12 يونيو 2020. `+
	`ونقلت وكالة Reuters عن مصادر أن الوفد الأمريكي طلب من حفتر وقف إطلاق النار؟! #ليبيا `+"\n", 20)

func BenchmarkTokenize(b *testing.B) {
	benchBytes(b, benchText, func(s string) { _ = Tokenize(s) })
}

// BenchmarkTokenizeNews tokenises about 2 MB of real articles read from
// shared/data/news/ant-2018.jsonl.gz; it is skipped when that is absent.
func BenchmarkTokenizeNews(b *testing.B) {
	benchBytes(b, readNews(b, 2<<20), func(s string) { _ = Tokenize(s) })
}

func BenchmarkNormalize(b *testing.B) {
	benchBytes(b, benchText, func(s string) { _ = Normalize(s) })
}

func BenchmarkNormalizeMap(b *testing.B) {
	benchBytes(b, benchText, func(s string) { _, _ = NormalizeMap(s) })
}

func BenchmarkSentences(b *testing.B) {
	benchBytes(b, benchText, func(s string) { _ = Sentences(s) })
}

func BenchmarkSentencesNews(b *testing.B) {
	benchBytes(b, readNews(b, 2<<20), func(s string) { _ = Sentences(s) })
}

func BenchmarkStripClitics(b *testing.B) {
	words := strings.Fields("وبالجيش بحفتر بغداد والحكومة المتحدث وقال لبنان للجيش فرنسا وكتابهم")
	for b.Loop() {
		for _, w := range words {
			_ = StripClitics(w)
		}
	}
}

func BenchmarkLightStem(b *testing.B) {
	words := strings.Fields("والمشروبات كبيرة أمريكيين الجيش وقال المدينة")
	for b.Loop() {
		for _, w := range words {
			_ = LightStem(w)
		}
	}
}
