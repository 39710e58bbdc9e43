// Package topic tells what kind of story an article is — hard news, sport
// or culture — from its words, with a naive Bayes model trained on the
// sections of the ANT news corpus (marsad train topics). The event coder
// reads it: in a sports report "هجوم" is an attack on goal and "لقاء" a
// match, not an assault or a meeting.
package topic
