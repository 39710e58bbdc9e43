package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"

	"github.com/marsad/marsad/server"
	"github.com/marsad/marsad/server/internal/memstore"
	"github.com/marsad/marsad/store/storetest"
)

// The server is an http.Handler: mount it, or run it with Run or Serve.
func Example() {
	st := memstore.New() // in production: sqlite.Open
	for _, f := range storetest.Corpus() {
		if _, err := st.Put(context.Background(), f.Article()); err != nil {
			fmt.Println(err)
			return
		}
	}
	srv := server.New(server.Config{}, st, nil)

	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", "/api/search?q=%D8%B3%D8%B1%D8%AA&limit=2", nil))
	var res struct {
		Total   int `json:"total"`
		Next    int `json:"next"`
		Results []struct {
			ID string `json:"id"`
		} `json:"results"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rec.Code, res.Total, len(res.Results), res.Next)

	rec = httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", "/api/search?limit=500", nil))
	fmt.Println(rec.Code, rec.Body.String())
	// Output:
	// 200 3 2 2
	// 400 {"error":"limit must be an integer from 1 to 100, not \"500\""}
}
