// Package storetest is the conformance suite every store.Store
// implementation must pass:
//
//	func TestConformance(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) store.Store {
//			db, err := sqlite.Open(t.Context(), sqlite.Options{Path: filepath.Join(t.TempDir(), "m.db")})
//			if err != nil {
//				t.Fatal(err)
//			}
//			return db
//		})
//	}
//
// Each subtest gets a fresh, empty store from the factory and closes it.
//
// Latency times mixed queries over the shared news corpus, for the search
// latency figures of each implementation.
package storetest
