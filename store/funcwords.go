package store

import (
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/arabic"
)

// FunctionMark starts the search key of a function word (see Key). It is
// the tatweel, which arabic.Normalize removes from every word, so no
// content word's key can start with it, while the full-text tokenisers of
// both stores (FTS5 unicode61, a tsvector literal) keep it inside the key.
const FunctionMark = "\u0640"

// functionWords are the Arabic function words (prepositions, particles,
// pronouns, demonstratives, relatives and their common pronoun-suffixed
// forms) that get keys of their own. They are spelled as written, with ى
// and ة, because that is what tells على (on) from the name علي and عليه (on
// him) from علية: the list is compared with the word's form before ى, ة and
// the hamza seats are folded (see fnForm). The arabic package's stop list
// (arabic.IsStopword) compares folded forms, so it cannot tell them apart.
var functionWords = strings.Fields(`
في من إلى الى على عن مع عند لدى حتى منذ خلال بين بعد قبل حول ضد نحو دون غير
أن إن أنه إنه أنها إنها أنهم إنهم كان كانت يكون تكون قد لقد لا لم لن ما ماذا لماذا كيف متى أين
هل أو أم ثم بل لكن لكنه لأن كما كل بعض أي إذا إذ لو
هو هي هم هن هما أنت أنتم نحن أنا هذا هذه هؤلاء ذلك تلك أولئك هناك هنا هذان هاتان
الذي التي الذين اللذين اللتين اللذان اللتان اللاتي اللواتي
عليه عليها عليهم عليهما علينا عليك عليكم
فيه فيها فيهم فيهما فينا
منه منها منهم منهما منا مني
به بها بهم بهما بنا بي
له لها لهم لهما لنا لي
عنه عنها عنهم عنهما عنا
معه معها معهم معهما معنا
إليه إليها إليهم إليهما إلينا إلي
لديه لديها لديهم لدينا
أيضا فقط إلا ولا ولم ولن وما وهو وهي وهم وقد وكان وكانت وأن وإن ولكن وفي ومن وعلى وإلى وعن ومع وبين وبعد وقبل
فإن فقد فلا فما وذلك وهذا وهذه كذلك لذلك بذلك هكذا
`)

// fnPlaceholders stand for the letters arabic.Normalize folds and Key must
// still see: ئ and ؤ until the word is stemmed (هيئة must not become هيه
// and then the pronoun هي), ى and ة until the function-word check. They
// are private-use characters, which normalisation leaves alone.
const (
	phYehHamza  = '\uE001' // ئ
	phWawHamza  = '\uE002' // ؤ
	phAlefMaks  = '\uE003' // ى
	phTehMarbut = '\uE004' // ة
)

var toPlaceholders = strings.NewReplacer("ئ", string(phYehHamza), "ؤ", string(phWawHamza),
	"ى", string(phAlefMaks), "ة", string(phTehMarbut))

// Replacements of the placeholders, in the order ئ ؤ ى ة: stemForm folds ى
// and ة as Lucene's normaliser does before stemming, keeping the hamza
// seats; foldForm finishes the key: ى and ة as arabic.Normalize folds
// them, the hamza seats kept (مائة is not ماي, the month).
var (
	stemForm = [4]string{string(phYehHamza), string(phWawHamza), "ي", "ه"}
	foldForm = [4]string{"ئ", "ؤ", "ي", "ه"}
)

// replacePlaceholders replaces the placeholders of s by to.
func replacePlaceholders(s string, to *[4]string) string {
	i := strings.IndexByte(s, 0xEE) // every placeholder starts with it
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i >= 0 {
		b.WriteString(s[:i])
		if r, size := utf8.DecodeRuneInString(s[i:]); r >= phYehHamza && r <= phTehMarbut {
			b.WriteString(to[r-phYehHamza])
			s = s[i+size:]
		} else {
			b.WriteString(s[i : i+size])
			s = s[i+size:]
		}
		i = strings.IndexByte(s, 0xEE)
	}
	b.WriteString(s)
	return b.String()
}

// fnSet maps the fnForm of each function word to its key; fnKeys holds
// the arabic.Normalize form of every function word, the keys a content
// word's stem must not fall on.
var fnSet, fnKeys = func() (map[string]string, map[string]bool) {
	set, keys := map[string]string{}, map[string]bool{}
	for _, w := range functionWords {
		n := arabic.Normalize(w)
		set[fnForm(w, n)] = FunctionMark + n
		keys[n] = true
	}
	return set, keys
}()

// hasFolded reports whether a word holds one of the letters Normalize
// folds that Key must see: ئ (D8 A6), ؤ (D8 A4), ى (D9 89), ة (D8 A9).
func hasFolded(word string) bool {
	for i := 0; i+1 < len(word); i++ {
		switch word[i] {
		case 0xD8:
			if c := word[i+1]; c == 0xA6 || c == 0xA4 || c == 0xA9 {
				return true
			}
		case 0xD9:
			if word[i+1] == 0x89 {
				return true
			}
		}
	}
	return false
}

// fnForm is the word normalised but for ئ ؤ ى ة, which stay as
// placeholders; norm is arabic.Normalize(word).
func fnForm(word, norm string) string {
	if !hasFolded(word) {
		return norm
	}
	// Plain Arabic letters and marks (nearly every word) are normalised
	// here; anything else takes arabic.Normalize's way.
	b := make([]byte, 0, len(word)+4)
	for _, r := range word {
		switch {
		case arabic.IsTashkeel(r) || r == arabic.Tatweel:
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			b = append(b, "ا"...)
		case r == 'ئ':
			b = utf8.AppendRune(b, phYehHamza)
		case r == 'ؤ':
			b = utf8.AppendRune(b, phWawHamza)
		case r == 'ى':
			b = utf8.AppendRune(b, phAlefMaks)
		case r == 'ة':
			b = utf8.AppendRune(b, phTehMarbut)
		case r >= 0x0621 && r <= 0x064A:
			b = utf8.AppendRune(b, r)
		default:
			return arabic.Normalize(toPlaceholders.Replace(word))
		}
	}
	return string(b)
}

// IsFunctionWord reports whether word is one of the function words that
// have keys of their own (see Key): في، من، على، عليه، هذا ... but not
// the name علي.
func IsFunctionWord(word string) bool {
	_, ok := fnSet[fnForm(word, arabic.Normalize(word))]
	return ok
}
