package timex

// Month names, keyed by normalised form (see key), to month number.
// Gregorian (Egyptian/Gulf), Levantine/Iraqi and Maghrebi names, with the
// common spellings of each. Two-word names are keyed with one space.
var monthNames = map[string]int{
	"يناير": 1, "جانفي": 1, "كانون الثاني": 1, "كانون ثاني": 1,
	"فبراير": 2, "فبرير": 2, "فيفري": 2, "شباط": 2,
	"مارس": 3, "اذار": 3,
	"ابريل": 4, "افريل": 4, "نيسان": 4,
	"مايو": 5, "ماي": 5, "ايار": 5,
	"يونيو": 6, "يونيه": 6, "جوان": 6, "حزيران": 6,
	"يوليو": 7, "يوليه": 7, "جويليه": 7, "تموز": 7,
	"اغسطس": 8, "اغسطوس": 8, "اوت": 8, "اب": 8,
	"سبتمبر": 9, "ايلول": 9,
	"اكتوبر": 10, "تشرين الاول": 10, "تشرين اول": 10,
	"نوفمبر": 11, "نونبر": 11, "تشرين الثاني": 11, "تشرين ثاني": 11,
	"ديسمبر": 12, "دجنبر": 12, "كانون الاول": 12, "كانون اول": 12,
}

// weakMonths are month names that are also common words (مارس "practised",
// آب "father", ماي, نيسان the car maker): they count as months only with a
// day number, a year, the word شهر, or a relative modifier.
var weakMonths = map[string]bool{"مارس": true, "اب": true, "ماي": true, "نيسان": true, "اوت": true}

// hijriMonths maps Hijri month names to month number (1 = Muharram).
var hijriMonths = map[string]int{
	"محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع اول": 3, "ربيع الاخر": 4, "ربيع الثاني": 4,
	"جمادي الاولي": 5, "جمادي الاول": 5, "جمادي الاخره": 6, "جمادي الثانيه": 6, "جمادي الاخر": 6,
	"رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعده": 11, "ذي القعده": 11,
	"ذو الحجه": 12, "ذي الحجه": 12,
}

// hijriMarks follow a Hijri year (1441 هـ).
var hijriMarks = map[string]bool{"ه": true, "هجري": true, "هجريه": true, "للهجره": true}

// weekdays maps weekday names (with the article) to ISO weekday (Monday 1 …
// Sunday 7).
var weekdays = map[string]int{
	"الاثنين": 1, "الاتنين": 1, "الثلاثاء": 2, "الاربعاء": 3, "الخميس": 4,
	"الجمعه": 5, "السبت": 6, "الاحد": 7,
}

// weakWeekdays are weekday names that are also common words (الاثنين "the
// two"): they need يوم before them, a day word or a modifier.
var weakWeekdays = map[string]bool{"الاثنين": true}

// seasons maps season names to TimeML season codes.
var seasons = map[string]string{
	"الصيف": "SU", "صيف": "SU", "الشتاء": "WI", "شتاء": "WI",
	"الربيع": "SP", "ربيع": "SP", "الخريف": "FA", "خريف": "FA",
}

// weakSeasons need a year, فصل or a modifier (الربيع العربي is no season).
var weakSeasons = map[string]bool{"الربيع": true, "ربيع": true, "الخريف": true, "خريف": true}

// decades maps decade words (with or without the article, both plural
// spellings) to the decade's tens digit within the 1900s.
var decades = map[string]int{
	"العشرينيات": 2, "العشرينات": 2, "الثلاثينيات": 3, "الثلاثينات": 3,
	"الاربعينيات": 4, "الاربعينات": 4, "الخمسينيات": 5, "الخمسينات": 5,
	"الستينيات": 6, "الستينات": 6, "السبعينيات": 7, "السبعينات": 7,
	"الثمانينيات": 8, "الثمانينات": 8, "التسعينيات": 9, "التسعينات": 9,
}
