package entity

import (
	"os"
	"syscall"
	"testing"
	"time"
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
	doc := annotator(b).AnnotateSentence(benchText)
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		tg.Tag(doc)
	}
	if cpu := cpuTime() - start; cpu > 0 {
		b.ReportMetric(float64(len(doc.Tokens)*b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

// BenchmarkTagDocument tags a whole article (the seed page, 1,000 words)
// from its analysis by the syntax model (not counted).
func BenchmarkTagDocument(b *testing.B) {
	tg, err := DefaultTagger()
	if err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile("../../testdata/seed-000.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := annotator(b).Annotate(string(data))
	n := len(doc.Tokens)
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		tg.Tag(doc)
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
