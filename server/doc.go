// Package server is Marsad's JSON API over HTTP: search, articles, actors,
// quotes (searchable by their words), events, places (GeoJSON), stories,
// the monitoring digest, statistics, Atom feeds and on-demand analysis,
// read from a store.Store.
//
// Build a Server with New and either mount it (it is an http.Handler) or
// run it with Run or Serve, which stop gracefully when their context is
// cancelled:
//
//	srv := server.New(server.Config{Token: token}, st, analyzer)
//	err := srv.Run(ctx, "127.0.0.1:8080")
//
// Every route is listed in an embedded OpenAPI 3.0 document, served at
// /api/openapi.json; a test keeps the document and the handlers in step.
//
// Answers are JSON (places: GeoJSON; an article's raw input: text/plain).
// Errors are JSON objects {"error": "..."} with a 4xx or 5xx status: bad
// or unknown query parameters give 400, unknown articles 404, bodies over
// Config.MaxBodyBytes 413. Lists page with limit and offset and give the
// next offset as "next" while more remain.
//
// Beside the API, /feed.atom and /quotes.atom are Atom feeds of a search and
// of a quote search, newest first, for feed readers; /api/monitor is the
// digest of the desk (package monitor): top stories, rising actors and
// places, volume.
//
// Reads are open unless Config.ReadToken is set: then every route but
// /healthz (the API, the feeds, the web UI) needs the read token, as a
// bearer token or as the password of HTTP Basic authentication (what
// browsers and feed readers can send), or the write token. When
// Config.Token is set, writes (POST) need "Authorization: Bearer <token>". CORS is off unless Config.CORSOrigins
// names origins. Every answer carries security headers (nosniff, no
// framing, a locked-down Content-Security-Policy, no referrer).
package server
