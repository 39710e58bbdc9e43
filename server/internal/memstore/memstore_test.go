package memstore

import (
	"testing"

	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return New() })
}
