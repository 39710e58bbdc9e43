package document

import "testing"

func TestIsOutlet(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"سكاي نيوز عربية", true},
		{"استانا – وكالات", true},
		{"دبي ـ العربية.نت", true},
		{"فرانس 24", true},
		{"أحمد الريدي", false},
		{"سها صلاح", false},
		{"إسلام سيف", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := isOutlet(tc.name); got != tc.want {
				t.Fatalf("isOutlet(%q) = %v", tc.name, got)
			}
		})
	}
}
