package entity

import "fmt"

// topicNames are the topics of data/topics.txt, numbered from 1.
var topicNames = [...]string{"sport", "auto", "media", "business"}

const (
	numTopics = len(topicNames)
	// topicMin is how many cue words a document window needs for a topic.
	topicMin = 3
)

// loadTopics reads the topic cue words into l.topic.
func loadTopics(l *lexicon) error {
	return readList("data/topics.txt", func(cols []string) error {
		if len(cols) != 2 {
			return fmt.Errorf("entity: topics.txt: want word TAB topic, got %q", cols)
		}
		for i, name := range topicNames {
			if cols[1] == name {
				l.topic[wordKey(cols[0])] = uint8(i + 1)
				return nil
			}
		}
		return fmt.Errorf("entity: topics.txt: unknown topic %q", cols[1])
	})
}

// topicOf returns the dominant topic of cue counts (index 1…numTopics),
// or 0 when no topic has topicMin cues.
func topicOf(n *[numTopics + 1]int) int {
	best := 0
	for t := 1; t <= numTopics; t++ {
		if n[t] >= topicMin && (best == 0 || n[t] > n[best]) {
			best = t
		}
	}
	return best
}
