package arabic_test

import (
	"fmt"

	"github.com/marsad/marsad/arabic"
)

func ExampleNormalize() {
	fmt.Println(arabic.Normalize("أَعلنَ المتحدّث إطلاق ٣ صواريخ على المدينة ـ ﻻ"))
	// Output: اعلن المتحدث اطلاق 3 صواريخ علي المدينه  لا
}

func ExampleNormalizeMap() {
	s := "قالَ «أحمد»"
	key, offsets := arabic.NormalizeMap(s)
	sp := arabic.MapSpan(offsets, len("قال «"), len("قال «احمد"))
	fmt.Println(key)
	fmt.Println(s[sp.Start:sp.End])
	// Output:
	// قال «احمد»
	// أحمد
}

func ExampleTokenize() {
	for _, t := range arabic.Tokenize("قال حفتر: «سنستعيد سرت» في ٢٠٢٠. #ليبيا") {
		fmt.Printf("%-7v %d-%d %s %s\n", t.Kind, t.Start, t.End, t.Text, t.Norm)
	}
	// Output:
	// Word    0-6 قال قال
	// Word    7-15 حفتر حفتر
	// Punct   15-16 : :
	// Punct   17-19 « «
	// Word    19-33 سنستعيد سنستعيد
	// Word    34-40 سرت سرت
	// Punct   40-42 » »
	// Word    43-47 في في
	// Number  48-56 ٢٠٢٠ 2020
	// Punct   56-57 . .
	// Hashtag 58-69 #ليبيا #ليبيا
}

func ExampleSentences() {
	s := "قال د. محمد: «انتهى الأمر. سنعود غدا». ثم غادر القاعة بنسبة 3.5 في المئة؟ لا أدري!"
	for _, sp := range arabic.Sentences(s) {
		fmt.Println(s[sp.Start:sp.End])
	}
	// Output:
	// قال د. محمد: «انتهى الأمر. سنعود غدا».
	// ثم غادر القاعة بنسبة 3.5 في المئة؟
	// لا أدري!
}

func ExampleStripClitics() {
	for _, w := range []string{"بحفتر", "والجيش", "للجيش", "وبغداد", "بغداد", "فرنسا"} {
		fmt.Println(w, arabic.StripClitics(w), arabic.StripAllClitics(w))
	}
	// Output:
	// بحفتر حفتر حفتر
	// والجيش الجيش جيش
	// للجيش الجيش جيش
	// وبغداد بغداد بغداد
	// بغداد بغداد بغداد
	// فرنسا فرنسا فرنسا
}

func ExampleClitics() {
	for _, a := range arabic.Clitics("وبالجيش") {
		fmt.Printf("%q %q %q %v\n", a.Proclitic, a.Stem, a.Enclitic, a.Article)
	}
	// Output:
	// "وبال" "جيش" "" true
	// "وب" "الجيش" "" false
	// "و" "بالجيش" "" false
	// "" "وبالجيش" "" false
}

func ExampleLightStem() {
	fmt.Println(arabic.LightStem("والمشروبات"), arabic.LightStem("كبيرة"), arabic.LightStem("أمريكيين"))
	// Output: مشروب كبير امريك
}

func ExampleFoldDigits() {
	fmt.Println(arabic.FoldDigits("عام ٢٠٢٠ و۱۹"))
	// Output: عام 2020 و19
}
