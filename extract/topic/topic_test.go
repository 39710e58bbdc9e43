package topic

import (
	"errors"
	"strings"
	"testing"

	"github.com/marsad/marsad/arabic"
)

func TestClassify(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"سجل المهاجم هدفين في مرمى الفريق المنافس في مباراة الدوري، وقال المدرب إن اللاعبين قدموا أداء رائعا أمام الجماهير.", Sport},
		{"قال وزير الخارجية إن الحكومة ستفرض عقوبات جديدة على الدولة المجاورة بعد فشل المفاوضات حول الاتفاق النووي.", News},
	} {
		got := m.Classify(arabic.NewDocument(c.text))
		if got.Topic != c.want || got.P < 0.5 || got.P > 1 {
			t.Errorf("%.30s…: %+v, want %s", c.text, got, c.want)
		}
	}
}

func TestReadErrors(t *testing.T) {
	for name, in := range map[string]string{
		"empty":     "",
		"no prior":  "كلمة\t-1\t-2\t-3\n",
		"columns":   "prior\t0\t0\n",
		"not float": "prior\t0\t0\t0\nكلمة\tx\t-2\t-3\n",
		"infinite":  "prior\t0\t0\t0\nكلمة\tInf\t-2\t-3\n",
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Read(strings.NewReader(in)); !errors.Is(err, ErrModel) {
				t.Errorf("err = %v, want ErrModel", err)
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	f.Add("prior\t-1\t-2\t-3\nمباراة\t-9\t-3\t-8\n")
	f.Fuzz(func(t *testing.T, in string) {
		m, err := Read(strings.NewReader(in))
		if err != nil {
			return
		}
		r := m.Classify(arabic.NewDocument("مباراة في الدوري"))
		if r.P <= 0 || r.P > 1 {
			t.Fatalf("P = %v", r.P)
		}
	})
}
