package quote

import (
	"testing"
)

// TestPatterns covers one reporting convention per case, with synthetic
// sentences (names and events are invented).
func TestPatterns(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		ents  map[string][]string
		want  []want
	}{
		{
			name:  "nominal attribution between cue and colon does not block the quote",
			paras: []string{"وقال وزير المالية كمال سعدون في بيان: \"سنخفض الضرائب على الشركات الصغيرة\"."},
			ents:  map[string][]string{"PER:كمال سعدون": {"كمال سعدون"}},
			want:  []want{{speaker: "كمال سعدون", cue: "قال", kind: Direct, content: "سنخفض الضرائب على الشركات الصغيرة"}},
		},
		{
			name:  "vowelled passive and impersonal formulas are no statements",
			paras: []string{"وأُعلن أن المطار سيغلق غدا لأسباب فنية.", "يذكر أن المدينة شهدت احتجاجات واسعة خلال الشهر الماضي."},
			want:  nil,
		},
		{
			name:  "complementiser with an attached pronoun",
			paras: []string{"وذكرت هيئة الموانئ أنهم سيستأنفون العمل في الرصيف الشمالي الأسبوع المقبل \"دون تأخير\"."},
			ents:  map[string][]string{"ORG:هيئة الموانئ": {"هيئة الموانئ"}},
			want:  []want{{speaker: "هيئة الموانئ", cue: "ذكرت", kind: Mixed, content: "سيستأنفون العمل في الرصيف الشمالي الأسبوع المقبل \"دون تأخير\""}},
		},
		{
			name:  "quotation mark glued to إن opens; mark after a full stop closes",
			paras: []string{"وقالت النائبة رنا الشامي إن\"الوقت حان لإصلاح القانون.\" وأوضحت الشامي أن \"التعديل سيطرح قريبا.\""},
			ents:  map[string][]string{"PER:رنا الشامي": {"رنا الشامي", "الشامي"}},
			want: []want{
				{speaker: "رنا الشامي", cue: "قالت", kind: Direct, content: "الوقت حان لإصلاح القانون"},
				{speaker: "رنا الشامي", cue: "أوضحت", kind: Direct, content: "التعديل سيطرح قريبا"},
			},
		},
		{
			name:  "a country speaks as a state, with a nominal object after it",
			paras: []string{"وأعلنت فنلندا أنها ستغلق حدودها الشرقية مؤقتا.", "وتنفي النرويج بشدة دعمها للمهربين في المنطقة."},
			ents:  map[string][]string{"LOC:فنلندا": {"فنلندا"}, "LOC:النرويج": {"النرويج"}},
			want: []want{
				{speaker: "فنلندا", cue: "أعلنت", kind: Indirect, content: "ستغلق حدودها الشرقية مؤقتا"},
				{speaker: "النرويج", cue: "تنفي", kind: Indirect, content: "دعمها للمهربين في المنطقة"},
			},
		},
		{
			name:  "multi-sentence direct quote: content is the lead sentence, statement the whole",
			paras: []string{"وأضاف المدرب سامر قاسم: \"الفريق قدم مباراة كبيرة أمام الخصم. سنواصل العمل بنفس الروح\"."},
			ents:  map[string][]string{"PER:سامر قاسم": {"سامر قاسم"}},
			want:  []want{{speaker: "سامر قاسم", cue: "أضاف", kind: Direct, content: "الفريق قدم مباراة كبيرة أمام الخصم"}},
		},
		{
			name: "definite role description refers back to the person named with that title",
			paras: []string{
				"استقبل الرئيس البرازيلي ماركو سيلفا نظيره الكندي جون هارت في العاصمة.",
				"وكان الرئيس البرازيلي قد قال إن البلدين سيوقعان اتفاقا تجاريا جديدا.",
			},
			ents: map[string][]string{"PER:ماركو سيلفا": {"ماركو سيلفا"}, "PER:جون هارت": {"جون هارت"}},
			want: []want{{speaker: "ماركو سيلفا", cue: "قال", kind: Indirect, content: "البلدين سيوقعان اتفاقا تجاريا جديدا"}},
		},
		{
			name:  "a definite subject the entity layer missed is the speaker as written",
			paras: []string{"وذكر المرصد الوطني للمياه أن منسوب السد انخفض إلى أدنى مستوى منذ عقد."},
			want:  []want{{speaker: "المرصد الوطني للمياه", cue: "ذكر", kind: Indirect, content: "منسوب السد انخفض إلى أدنى مستوى منذ عقد"}},
		},
		{
			name:  "a body named through a person speaks as the body",
			paras: []string{"وأكدت إدارة الرئيس ماركو سيلفا أن الميزانية الجديدة ستقر قبل نهاية العام."},
			ents:  map[string][]string{"PER:ماركو سيلفا": {"ماركو سيلفا"}},
			want:  []want{{speaker: "إدارة الرئيس ماركو سيلفا", cue: "أكدت", kind: Indirect}},
		},
		{
			name:  "a title followed by an untagged two-word name",
			paras: []string{"وقالت المتحدثة باسم وزارة الصحة سلمى بركات في مؤتمر صحفي إن اللقاحات ستصل الأسبوع المقبل."},
			want:  []want{{speaker: "سلمى بركات", speakerKind: KindPerson, cue: "قالت", content: "اللقاحات ستصل الأسبوع المقبل"}},
		},
		{
			name:  "a relative clause inside the speaker phrase holds no complement",
			paras: []string{"وأكدت الوزيرة نادية فهمي في البيان، الذي وزعته الوزارة على الصحفيين، أن الأسعار ستبقى مستقرة حتى الصيف."},
			ents:  map[string][]string{"PER:نادية فهمي": {"نادية فهمي"}},
			want:  []want{{speaker: "نادية فهمي", cue: "أكدت", kind: Indirect, content: "الأسعار ستبقى مستقرة حتى الصيف"}},
		},
		{
			name: "source phrases: relay through an outlet, a missed body, a rule is no source",
			paras: []string{
				"أعلن الوزير عادل منصور أن الحكومة ستفتتح ثلاثة مستشفيات جديدة، بحسب ما نقلت عنه صحيفة \"الغد\" الأحد.",
				"ولم تسجل أي إصابات جديدة في المدينة خلال اليومين الماضيين، حسب المرصد الصحي.",
				"وسيتم توزيع المساعدات على جميع الأسر المحتاجة في الأحياء، وفقا للقانون الجديد.",
			},
			ents: map[string][]string{"PER:عادل منصور": {"عادل منصور"}},
			want: []want{
				{speaker: "عادل منصور", via: "صحيفة \"الغد\"", cue: "أعلن", kind: Indirect, content: "الحكومة ستفتتح ثلاثة مستشفيات جديدة"},
				{speaker: "المرصد الصحي", cue: "حسب", kind: Indirect},
			},
		},
		{
			name:  "وفق ما أفاد مكتبه: the office speaks for the person named before",
			paras: []string{"واستقبل رئيس الوزراء فادي حداد وفدا من رجال الأعمال لبحث الاستثمارات في الموانئ، وفق ما أفاد مكتبه."},
			ents:  map[string][]string{"PER:فادي حداد": {"فادي حداد"}},
			want:  []want{{speaker: "فادي حداد", cue: "أفاد", kind: Indirect}},
		},
		{
			name: "a report and a statement speak for their authors",
			paras: []string{
				"ونشر تقرير لمنظمة الصحة العالمية الأسبوع الماضي.",
				"وأشار التقرير إلى أن نسبة التطعيم ارتفعت في المناطق الريفية بشكل ملحوظ.",
				"وقالت الوزيرة نادية فهمي في بيان إن الوزارة ستتابع التنفيذ.",
				"وبحسب البيان فإن الحملة ستشمل جميع المحافظات خلال الشهر المقبل.",
			},
			ents: map[string][]string{"ORG:منظمة الصحة العالمية": {"منظمة الصحة العالمية"}, "PER:نادية فهمي": {"نادية فهمي"}},
			want: []want{
				{speaker: "منظمة الصحة العالمية", cue: "أشار", kind: Indirect, content: "نسبة التطعيم ارتفعت في المناطق الريفية بشكل ملحوظ"},
				{speaker: "نادية فهمي", cue: "قالت", kind: Indirect},
				{speaker: "نادية فهمي", cue: "بحسب", kind: Indirect, content: "الحملة ستشمل جميع المحافظات خلال الشهر المقبل"},
			},
		},
		{
			name:  "قائلا after a cue only introduces that cue's words",
			paras: []string{"وأضاف الوزير عادل منصور، خلال مؤتمر صحفي، قائلا إن المفاوضات ستستأنف الأسبوع المقبل في جنيف."},
			ents:  map[string][]string{"PER:عادل منصور": {"عادل منصور"}},
			want:  []want{{speaker: "عادل منصور", cue: "أضاف", kind: Indirect, content: "المفاوضات ستستأنف الأسبوع المقبل في جنيف"}},
		},
		{
			name: "object cues: the object is part of the content, and is not taken for a dropped subject",
			paras: []string{
				"ودعا الرئيس ماركو سيلفا مرارا البرلمان إلى إقرار الموازنة قبل العطلة.",
				"وطالب الحكومة بتقديم خطة واضحة لمكافحة البطالة.",
			},
			ents: map[string][]string{"PER:ماركو سيلفا": {"ماركو سيلفا"}},
			want: []want{
				{speaker: "ماركو سيلفا", cue: "دعا", kind: Indirect, content: "البرلمان إلى إقرار الموازنة قبل العطلة"},
				{speaker: "ماركو سيلفا", cue: "طالب", kind: Indirect},
			},
		},
		{
			name:  "a circumstantial adjunct closes the statement",
			paras: []string{"أعلن الوزير عادل منصور أن بلاده ستستدعي سفيرها لدى الجارة ردا على قرار طرد دبلوماسييها."},
			ents:  map[string][]string{"PER:عادل منصور": {"عادل منصور"}},
			want:  []want{{speaker: "عادل منصور", cue: "أعلن", kind: Indirect, content: "بلاده ستستدعي سفيرها لدى الجارة"}},
		},
		{
			name:  "a cue inside quotation marks does not cut the statement around it",
			paras: []string{"وأوضحت الوزيرة نادية فهمي أن هذا ما كنا نقوله دائما وهو أن \"الشبكة تنقل الكهرباء بكفاءة عالية\"."},
			ents:  map[string][]string{"PER:نادية فهمي": {"نادية فهمي"}},
			want:  []want{{speaker: "نادية فهمي", cue: "أوضحت", kind: Mixed, content: "هذا ما كنا نقوله دائما وهو أن \"الشبكة تنقل الكهرباء بكفاءة عالية\""}},
		},
		{
			name:  "a verb inside the clause before is not the subject of a later cue",
			paras: []string{"وكان الرئيس ماركو سيلفا تعهد بالإشراف على اتفاق بين الطرفين وصفه بأنه سيكون \"عادلا\"."},
			ents:  map[string][]string{"PER:ماركو سيلفا": {"ماركو سيلفا"}},
			want: []want{
				{speaker: "ماركو سيلفا", cue: "تعهد", kind: Indirect, content: "بالإشراف على اتفاق بين الطرفين"},
				{speaker: "ماركو سيلفا", cue: "وصفه", kind: Mixed},
			},
		},
		{
			name: "a cue in a relative clause describes the speaker; the apposition closes before the object",
			paras: []string{
				"واتهم الوزير عادل منصور، الذي كان يتحدث في مؤتمر اقتصادي في العاصمة، الشركات الكبرى بالتهرب من الضرائب.",
				"ونفى وزير الداخلية، سامي الخطيب، وجود معتقلين سياسيين في السجون.",
			},
			ents: map[string][]string{"PER:عادل منصور": {"عادل منصور"}, "PER:سامي الخطيب": {"سامي الخطيب"}},
			want: []want{
				{speaker: "عادل منصور", cue: "اتهم", kind: Indirect, content: "الشركات الكبرى بالتهرب من الضرائب"},
				{speaker: "سامي الخطيب", cue: "نفى", kind: Indirect, content: "وجود معتقلين سياسيين في السجون"},
			},
		},
		{
			name: "a long quoted fragment keeps its lead clause; a coordinate clause after a quote is not said",
			paras: []string{
				`وأشار الوزير عادل منصور إلى أن الحكومة "ستقطع التمويل عن الجمعيات المخالفة للقانون في كل المحافظات، ووضعها تحت الرقابة المالية الدقيقة، واستخدامها للأموال العامة في أغراض غير معلنة، ودعمها لمرشحين في الانتخابات المحلية الأخيرة، وتحويلها الأموال إلى حسابات خارج البلاد".`,
				`ووصف الرئيس ماركو سيلفا الاتفاق بأنه "تاريخي" وكلف الوزير بمتابعة تنفيذه.`,
			},
			ents: map[string][]string{"PER:عادل منصور": {"عادل منصور"}, "PER:ماركو سيلفا": {"ماركو سيلفا"}},
			want: []want{
				{speaker: "عادل منصور", cue: "أشار", kind: Mixed, content: "الحكومة \"ستقطع التمويل عن الجمعيات المخالفة للقانون في كل المحافظات"},
				{speaker: "ماركو سيلفا", cue: "وصف", kind: Mixed, content: "الاتفاق بأنه \"تاريخي\""},
			},
		},
		{
			name: "an outlet named by a quoted title; a subject before a comma and an auxiliary",
			paras: []string{
				`وتحدثت صحيفة "المساء" المقربة من الحكومة أيضا عن خطة لرفع أسعار الوقود.`,
				"يذكر أن هيئة الإذاعة الوطنية، كانت قد ذكرت أن المفاوضات تعثرت بسبب الخلاف على الحدود.",
			},
			ents: map[string][]string{"ORG:هيئة الإذاعة الوطنية": {"هيئة الإذاعة الوطنية"}},
			want: []want{
				{speaker: `صحيفة "المساء"`, cue: "تحدثت", kind: Indirect, content: "خطة لرفع أسعار الوقود"},
				{speaker: "هيئة الإذاعة الوطنية", cue: "ذكرت", kind: Indirect, content: "المفاوضات تعثرت بسبب الخلاف على الحدود"},
			},
		},
		{
			name:  "nested and unbalanced marks inside a direct quote",
			paras: []string{"وقال المدرب سامر قاسم: \"قال لي اللاعب 'لن أغادر' ثم وقع لنادٍ آخر\". وأضاف: «الأمر انتهى"},
			ents:  map[string][]string{"PER:سامر قاسم": {"سامر قاسم"}},
			want: []want{
				{speaker: "سامر قاسم", cue: "قال", kind: Direct, content: "قال لي اللاعب 'لن أغادر' ثم وقع لنادٍ آخر"},
				{speaker: "سامر قاسم", cue: "أضاف"},
			},
		},
	}
	runCases(t, tests)
}

// TestExtractLongQuotedParagraph runs a 10,000-word paragraph full of cues,
// names and quotation marks (balanced and not) through the extractor.
func TestExtractLongQuotedParagraph(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var p string
	for i := 0; i < 500; i++ { // 20 words a round
		p += "وقال الوزير عادل منصور إن \"الوضع مستقر\" في المدينة، مضيفا أن 'الخطة تسير، بحسب المرصد الوطني. "
	}
	body, ps, es := doc([]string{p}, map[string][]string{"PER:عادل منصور": {"عادل منصور"}})
	qs := x.Extract(body, ps, es)
	if len(qs) == 0 {
		t.Fatal("no quotes in a paragraph of quotes")
	}
	for _, q := range qs {
		if body[q.ContentStart:q.ContentEnd] != q.Content || body[q.CueStart:q.CueEnd] != q.Cue {
			t.Fatalf("bad offsets in %+v", q)
		}
	}
}
