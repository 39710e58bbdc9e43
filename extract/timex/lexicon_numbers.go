package timex

// numberWords maps cardinal number words (normalised, with case and
// gender forms) to their value. Compounds (خمسة وتسعين) are summed by
// parseNumber.
var numberWords = map[string]int{
	"واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
	"ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
	"ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8,
	"تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
	"عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
	"خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
	"ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
	"ميه": 100, "مايه": 100, "ميتي": 200, "ميتين": 200, "مايتي": 200, "مايتين": 200,
	"الف": 1000, "الفي": 2000, "الفين": 2000,
}

// ordinals maps ordinal words (masculine and feminine, with the article)
// to their value, for days of the month and centuries.
var ordinals = map[string]int{
	"الاول": 1, "الاولي": 1, "الحادي": 1, "الثاني": 2, "الثانيه": 2, "الثالث": 3, "الثالثه": 3,
	"الرابع": 4, "الرابعه": 4, "الخامس": 5, "الخامسه": 5, "السادس": 6, "السادسه": 6,
	"السابع": 7, "السابعه": 7, "الثامن": 8, "الثامنه": 8, "التاسع": 9, "التاسعه": 9,
	"العاشر": 10, "العاشره": 10, "العشرين": 20, "الثلاثين": 30,
}

// hourWords maps ordinal hour words (الساعة العاشرة) to the hour.
var hourWords = map[string]int{
	"الواحده": 1, "الثانيه": 2, "الثالثه": 3, "الرابعه": 4, "الخامسه": 5, "السادسه": 6,
	"السابعه": 7, "الثامنه": 8, "التاسعه": 9, "العاشره": 10, "الحاديه عشره": 11, "الثانيه عشره": 12,
}

// vagueQuantities are words for an unknown small count, with the English
// gloss used in "relative:" values.
var vagueQuantities = map[string]string{"بضع": "a few", "بضعه": "a few", "عده": "several"}
