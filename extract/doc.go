// Package extract turns a cleaned document.Article into an Analysis: entities
// linked to actors, quotes, events, places and times. Each layer lives in a
// sub-package; this package only runs them in order and assembles the result.
package extract
