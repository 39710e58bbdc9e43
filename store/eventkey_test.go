package store

import (
	"slices"
	"testing"
)

func TestEventKey(t *testing.T) {
	k := EventKey("ASSAULT", "الجيش", "المسلحين", "قصف الجيش مواقع المسلحين.")
	if k < 0 {
		t.Errorf("negative key %d", k)
	}
	if EventKey("ASSAULT", "الْجَيْش", "المسلحين", "قصف الجيش مواقع المسلحين.") != k {
		t.Error("the key depends on the actors' diacritics")
	}
	for _, other := range []int64{
		EventKey("PROTEST", "الجيش", "المسلحين", "قصف الجيش مواقع المسلحين."),
		EventKey("ASSAULT", "المسلحين", "الجيش", "قصف الجيش مواقع المسلحين."),
		EventKey("ASSAULT", "الجيش", "المسلحين", "قصف الجيش مواقع المسلحين أمس."),
		EventKey("ASSAULT", "الجيشالمسلحين", "", "قصف الجيش مواقع المسلحين."),
	} {
		if other == k {
			t.Error("different events share a key")
		}
	}
}

func TestEventFolder(t *testing.T) {
	var f EventFolder
	for i, k := range []int64{1, 2, 1, 3, 1} {
		f.Add(int64(10+i), k)
	}
	if !slices.Equal(f.IDs, []int64{10, 11, 13}) || !slices.Equal(f.Keys, []int64{1, 2, 3}) {
		t.Errorf("fold = %+v", f)
	}
	if ids, keys := f.Window(1, 5); !slices.Equal(ids, []int64{11, 13}) || !slices.Equal(keys, []int64{2, 3}) {
		t.Errorf("window = %v %v", ids, keys)
	}
	if ids, _ := f.Window(3, 5); ids != nil {
		t.Errorf("window past the end = %v", ids)
	}
}
