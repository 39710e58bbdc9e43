package timex

// unit describes a calendar unit word.
type unit struct {
	code   string // ISO 8601 duration designator: D W M Y, or H M for time (with T), CE, DE
	count  int    // 2 for dual forms (يومين), 0 for plurals, 1 for singulars
	plural bool   // a plural form (أيام), for "منذ أيام"
}

// units maps unit words (singular, accusative, dual and plural forms) to
// their unit. Time units have codes "TH" and "TM".
var units = map[string]unit{
	"يوم": {"D", 1, false}, "يوما": {"D", 1, false}, "يومين": {"D", 2, false}, "يومان": {"D", 2, false}, "ايام": {"D", 0, true},
	"اسبوع": {"W", 1, false}, "اسبوعا": {"W", 1, false}, "اسبوعين": {"W", 2, false}, "اسبوعان": {"W", 2, false}, "اسابيع": {"W", 0, true},
	"شهر": {"M", 1, false}, "شهرا": {"M", 1, false}, "شهرين": {"M", 2, false}, "شهران": {"M", 2, false}, "اشهر": {"M", 0, true}, "شهور": {"M", 0, true},
	"سنه": {"Y", 1, false}, "سنوات": {"Y", 0, true}, "سنين": {"Y", 0, true}, "سنتين": {"Y", 2, false}, "سنتان": {"Y", 2, false},
	"عام": {"Y", 1, false}, "عاما": {"Y", 1, false}, "اعوام": {"Y", 0, true}, "عامين": {"Y", 2, false}, "عامان": {"Y", 2, false},
	"ساعه": {"TH", 1, false}, "ساعات": {"TH", 0, true}, "ساعتين": {"TH", 2, false}, "ساعتان": {"TH", 2, false},
	"دقيقه": {"TM", 1, false}, "دقايق": {"TM", 0, true}, "دقيقتين": {"TM", 2, false},
	"قرن": {"CE", 1, false}, "قرنا": {"CE", 1, false}, "قرون": {"CE", 0, true}, "قرنين": {"CE", 2, false},
	"عقد": {"DE", 1, false}, "عقدا": {"DE", 1, false}, "عقود": {"DE", 0, true}, "عقدين": {"DE", 2, false},
}

// unitGloss is the English plural of a unit for "relative:" values.
var unitGloss = map[string]string{"D": "days", "W": "weeks", "M": "months", "Y": "years", "TH": "hours", "TM": "minutes", "CE": "centuries", "DE": "decades"}

// periods maps the nouns of "the last/next <period>" to a unit code.
var periods = map[string]string{
	"الاسبوع": "W", "الشهر": "M", "العام": "Y", "السنه": "Y", "القرن": "CE", "العقد": "DE",
}

// pluralPeriods are "the past days/weeks/…" plurals (vague references and,
// with a number, durations: السنوات الخمس الماضية → P5Y).
var pluralPeriods = map[string]string{
	"الايام": "D", "الاسابيع": "W", "الاشهر": "M", "الشهور": "M", "السنوات": "Y", "السنين": "Y", "الاعوام": "Y",
	"العامين": "Y", "السنتين": "Y", "اليومين": "D", "الاسبوعين": "W", "الشهرين": "M", "الساعات": "TH",
}

// past, future and current modifiers of a period (الماضي، المقبل، الجاري).
var (
	pastMods    = map[string]bool{"الماضي": true, "الماضيه": true, "المنصرم": true, "المنصرمه": true, "الفايت": true, "الفايته": true, "السابق": true, "الماضيين": true, "الماضيتين": true, "الاخيره": true, "الاخير": true, "الاخيرين": true}
	futureMods  = map[string]bool{"المقبل": true, "المقبله": true, "القادم": true, "القادمه": true, "المقبلين": true, "القادمين": true, "اللاحقه": true}
	currentMods = map[string]bool{"الجاري": true, "الجاريه": true, "الحالي": true, "الحاليه": true}
)

// rangeMods precede an expression and set Mod (أوائل شهر مارس → START).
var rangeMods = map[string]string{
	"اوايل": "START", "مطلع": "START", "بدايه": "START", "بدايات": "START", "مستهل": "START",
	"منتصف": "MID", "اواسط": "MID", "اواخر": "END", "نهايه": "END", "اخر": "END", "ختام": "END",
}

// quantityMods precede a duration (أكثر من عشر سنوات → MORE_THAN).
var quantityMods = map[string]string{
	"اكثر من": "MORE_THAN", "اقل من": "LESS_THAN", "نحو": "APPROX", "حوالي": "APPROX", "قرابه": "APPROX", "زهاء": "APPROX", "ما يقارب": "APPROX", "ما يزيد عن": "MORE_THAN", "ما يزيد علي": "MORE_THAN",
}
