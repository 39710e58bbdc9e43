// Package schema holds the JSON Schema of Marsad's analysis output
// (analysis.schema.json, the public contract of `marsad analyze` and the
// API) and a small validator for the subset of JSON Schema it uses.
package schema
