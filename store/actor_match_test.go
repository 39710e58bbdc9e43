package store

import (
	"testing"

	"github.com/marsad/marsad/extract/entity"
)

func TestActorMatching(t *testing.T) {
	haftar := Actor{Name: "خليفة حفتر", Type: entity.PER, ActorID: "khalifa-haftar", ActorCode: "LBYMIL"}
	t.Run("acted by name", func(t *testing.T) {
		if !(EventRow{Actor1: "خليفة حفتر", Actor2: "USA"}).ActedBy(haftar) {
			t.Fatal("source by name not seen")
		}
		if (EventRow{Actor1: "TUR", Actor2: "خليفه حفتر"}).ActedBy(haftar) {
			t.Fatal("a target (spelling variant) taken for the source")
		}
	})
	t.Run("acted by code", func(t *testing.T) {
		if !(EventRow{Actor1: "قوات", Actor1Code: "LBYMIL"}).ActedBy(haftar) {
			t.Fatal("source by code not seen")
		}
	})
	t.Run("is", func(t *testing.T) {
		tests := []struct {
			e    entity.Entity
			want bool
		}{
			{entity.Entity{Canonical: "خليفه حفتر", Type: entity.PER}, true},
			{entity.Entity{Canonical: "حفتر", Type: entity.PER, ActorID: "khalifa-haftar"}, true},
			{entity.Entity{Canonical: "خليفة حفتر", Type: entity.ORG}, false},
		}
		for _, tc := range tests {
			if got := haftar.Is(tc.e); got != tc.want {
				t.Errorf("Is(%+v) = %v", tc.e, got)
			}
		}
	})
}
