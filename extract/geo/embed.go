package geo

import _ "embed"

//go:embed data/cues.txt
var cuesTxt []byte

//go:embed data/direction_cues.txt
var dirCuesTxt []byte

//go:embed data/weak_cues.txt
var weakCuesTxt []byte

//go:embed data/homographs.txt
var homographsTxt []byte

//go:embed data/common_words.txt
var commonWordsTxt []byte

//go:embed data/common_words_anercorp.txt
var commonWordsAnercorpTxt []byte

//go:embed data/person_cues.txt
var personCuesTxt []byte

//go:embed data/name_links.txt
var nameLinksTxt []byte

//go:embed data/stopwords.txt
var stopwordsTxt []byte

//go:embed data/org_cues.txt
var orgCuesTxt []byte

//go:embed data/region_adjectives.txt
var regionAdjTxt []byte

//go:embed data/area_cues.txt
var areaCuesTxt []byte

//go:embed data/venues.txt
var venuesTxt []byte
