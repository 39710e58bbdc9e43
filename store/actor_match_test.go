package store

import (
	"testing"

	"github.com/marsad/marsad/extract/entity"
)

func TestActorIs(t *testing.T) {
	trump := Actor{Name: "دونالد ترامب", Type: entity.PER, ActorID: "donald-trump", Keys: []string{"ترامب", "دونالد ترامب"}}
	bolton := Actor{Name: "جون بولتون", Type: entity.PER, Keys: []string{"جون بولتون", "بولتون"}}
	bare := Actor{Name: "خليفة حفتر", Type: entity.PER}
	tests := []struct {
		a    Actor
		e    entity.Entity
		want bool
	}{
		{trump, entity.Entity{Canonical: "ترمب", ActorID: "donald-trump"}, true},
		{trump, entity.Entity{Canonical: "ترامب", Type: entity.LOC}, true}, // an unlinked name of his
		{trump, entity.Entity{Canonical: "ايفانكا ترامب", ActorID: "ivanka-trump"}, false},
		{trump, entity.Entity{Canonical: "دونالد ترامب", ActorID: "other"}, false}, // the link decides
		{bolton, entity.Entity{Canonical: "بولتون", Type: entity.PER}, true},
		{bolton, entity.Entity{Canonical: "جون بولتون", ActorID: "john-bolton"}, false},
		{bare, entity.Entity{Canonical: "خليفه حفتر", Type: entity.PER}, true},
		{bare, entity.Entity{Canonical: "حفتر", Type: entity.PER}, false},
	}
	for _, tc := range tests {
		if got := tc.a.Is(tc.e); got != tc.want {
			t.Errorf("%s.Is(%+v) = %v, want %v", tc.a.Name, tc.e, got, tc.want)
		}
	}
}
