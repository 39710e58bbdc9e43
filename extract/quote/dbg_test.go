package quote

import (
	"testing"
)

func TestDbg(t *testing.T) {
	x, _ := New()
	body, ps, es := doc([]string{`وقال أردوغان إن الوضع صعب جدا في المنطقة.`, `هذا وقال أردوغان إن الرؤساء الثلاثة سيلتقون قريبا في طهران دون تحديد موعد بحسب صحيفة "حرييت".`}, map[string][]string{"PER:رجب طيب أردوغان": {"أردوغان"}, "ORG:حرييت": {"حرييت"}})
	for _, q := range x.Extract(body, ps, es) {
		t.Logf("%s | %s | %s | %s | via %s", q.Speaker, q.Cue, q.Kind, q.Content, q.Via)
	}
}
