package entity

import (
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/marsad/marsad/arabic"
)

// cpuTime is the CPU time this process has used: the machine is shared, so
// throughput is reported per CPU second, not per wall second.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

const benchText = "وقال وزير الخارجية الأمريكي مايك بومبيو في مؤتمر صحفي بالقاهرة إن الولايات المتحدة تدعم حكومة الوفاق الوطني في ليبيا وترفض هجوم قوات المشير خليفة حفتر على طرابلس ."

func BenchmarkTag(b *testing.B) {
	tg, err := DefaultTagger()
	if err != nil {
		b.Fatal(err)
	}
	toks := strings.Fields(benchText)
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		tg.Tag(toks)
	}
	if cpu := cpuTime() - start; cpu > 0 {
		b.ReportMetric(float64(len(toks)*b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

// BenchmarkTagDocument tags a whole article (the seed page, 1,000 words)
// sentence by sentence as the analysis does; the sentences share the
// per-word information.
func BenchmarkTagDocument(b *testing.B) {
	tg, err := DefaultTagger()
	if err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile("../../testdata/seed-000.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	var doc [][]string
	n := 0
	for _, sp := range arabic.Sentences(text) {
		var words []string
		for _, tok := range arabic.Tokenize(text[sp.Start:sp.End]) {
			words = append(words, tok.Text)
		}
		doc = append(doc, words)
		n += len(words)
	}
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		tg.TagDocument(doc)
	}
	if cpu := cpuTime() - start; cpu > 0 {
		b.ReportMetric(float64(n*b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

func BenchmarkLoad(b *testing.B) {
	start := cpuTime()
	for b.Loop() {
		if _, err := DefaultTagger(); err != nil {
			b.Fatal(err)
		}
	}
	if cpu := cpuTime() - start; cpu > 0 {
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/load")
	}
}
