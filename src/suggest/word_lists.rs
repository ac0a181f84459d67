//! The built-in word lists of the suggester — function words, the verbs and nouns every
//! news story uses, titles and roles, name particles — and the questions asked of them. What
//! the site's own text says of a word is the lexicon's ([`super::lexicon`]).

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use super::lexicon::{is_letter, is_mark};
use crate::text::normalize::normalize_name;

/// Prepositions, conjunctions, pronouns, particles, auxiliaries.
const FUNCTION_WORDS: &str = "
في من إلى الى على عن مع بين حول خلال منذ حتى بعد قبل عند لدى ضد نحو دون عبر ضمن وفق وفقا قرب بالقرب
حسب بحسب تجاه إزاء أمام خلف بيد فوق تحت داخل خارج بدون سوى عدا رغم برغم إثر عقب جراء بسبب أجل
إن أن إنه أنه إنها أنها إنهم أنهم لأن كأن لكن لكنه لكنها بل أو أم ثم إذ إذا إذن لو كي
لكي حيث حين حينما عندما بعدما طالما بينما كلما مما عما فيما كما مثل مثلما لا لم لن ليس ليست ما ماذا لماذا متى أين
كيف هل قد لقد سوف كل كلا كلتا بعض جميع عدة معظم أغلب أي أية غير نفس ذات أحد إحدى ذاته نفسه
نفسها هذا هذه هذان هاتان هذين هاتين ذلك تلك هؤلاء أولئك هنا هناك هنالك ثمة الذي التي الذين اللذان اللذين
اللتان اللتين اللواتي اللاتي هو هي هم هما هن نحن أنا أنت أنتم له لها لهم لهما لنا لي لك لكم به بها
بهم بهما بنا فيه فيها فيهم منه منها منهم عليه عليها عليهم إليه إليها إليهم عنه عنها عنهم معه
معها معهم لديه لديها لديهم لدينا بينهم بينهما بخير بشأن بخصوص بموجب بمقتضى بصفته بصفتها بصدد بواسطة بشكل بصورة بنحو بفضل بدلا مقابل نظرا
أكثر أقل أكبر أصغر أهم أفضل أبرز أننا إننا أنني إنني أنك أنكم أنهما إنهما لكننا لكنهم علينا
إلينا منا عنا معنا بيننا عليكم إليكم منكم معكم بكم لكم
لهن بهن فيهن منهن عليهن إليهن عنهن معهن لديهن بينهن عنهما منهما عليهما فيهما إليهما معهما لديهما
كان كانت كانوا يكون تكون يكن تكن أصبح أصبحت بات باتت ظل ظلت صار مازال لايزال زال يزال تزال
";

/// Adverbs (those in the indefinite accusative too: كثيرا، حضوريا, which end the name a
/// title seemed to introduce: محافظ جديد للبصرة | تأخر كثيرا), time words, numerals, months
/// and days. A name may still follow a particle with one of them (آل ثاني). The tens with
/// the article are ordinals too (مجلس النواب العشرين: the twentieth parliament, the same body).
const TIME_AND_NUMBERS: &str = "
أيضا جدا فقط كذلك هكذا ربما لاسيما سيما خاصة خصوصا تقريبا حاليا سابقا لاحقا مجددا مؤخرا
كثيرا قليلا طويلا سريعا تدريجيا حضوريا غيابيا رسميا فورا نهائيا جزئيا كليا يوميا سنويا شهريا
أسبوعيا مجانا حصريا إلكترونيا ميدانيا عمليا فعليا مسبقا أخيرا مبدئيا مؤقتا مطلقا إطلاقا أساسا
أصلا تماما معا سويا جميعا عموما إجمالا بدوره بدورها بدورهم
دائما أبدا بالفعل فعلا الآن اليوم أمس غدا آنذاك حينها حينذاك عندئذ وقتها يوم أيام يوما عام
عاما أعوام سنة سنوات شهر أشهر أسبوع ساعة ساعات صباح مساء ليلة عصر ظهر ظهيرة عشية دقيقة
واحد واحدة اثنان
اثنين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر عشرة مئة
مائة ألف آلاف مليون ملايين مليار عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين
العشرين الثلاثين الأربعين الخمسين الستين السبعين الثمانين التسعين أول أولى ثاني ثانية ثالث ثالثة آخر أخرى آخرون آخرين أخير
يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون
تشرين شباط آذار نيسان أيار حزيران تموز آب أيلول الأحد الاثنين الإثنين الثلاثاء الثلثاء
الأربعاء الخميس الجمعة السبت الأسبوع الشهر العام السنة الماضي الماضية الحالي الحالية المقبل
المقبلة القادم القادمة السابق السابقة الأسبق الأول الأولى الثاني الثانية الأخير الأخيرة
الجديد الجديدة القديم القديمة الكبير الكبيرة الكبرى الصغير الصغيرة الحاضر المستوى الوقت
";

/// Verbs of reporting and diplomacy, in the forms news text uses most, and the participles
/// that carry a report on (وأضاف أوباما قائلا، مؤكدا أن …): never part of a name.
const VERBS: &str = "
قال قالت قالوا يقول تقول أضاف أضافت يضيف تضيف أكد أكدت أكدا يؤكد تؤكد أشار أشارت يشير تشير
أعلن أعلنت يعلن تعلن افتتح افتتحت يفتتح تفتتح أوضح أوضحت يوضح توضح ذكر ذكرت يذكر تذكر أفاد أفادت يفيد تفيد أعرب
أعربت يعرب تعرب دعا دعت يدعو تدعو شدد شددت يشدد تشدد أشاد أشادت يشيد تشيد استقبل استقبلت
يستقبل تستقبل التقى التقت يلتقي تلتقي زار زارت يزور تزور سيزور ستزور وصل وصلت يصل تصل غادر
غادرت يغادر عقد عقدت يعقد بحث بحثت يبحث ناقش ناقشت يناقش تناول تناولت يتناول اتفق اتفقت
يتفق وقع وقعت يوقع توقع أبدى أبدت طلب طلبت يطلب نقل نقلت ينقل كشف كشفت يكشف رأى رأت يرى ترى
اعتبر اعتبرت يعتبر تعتبر تابع تابعت يتابع أجرى أجرت يجري تجري جرى شكر شكرت يشكر أعتقد
يعتقد تعتقد نفى نفت ينفي تنفي أقر أقرت يقر اتهم اتهمت يتهم تتهم هدد هددت يهدد حذر حذرت يحذر
تحذر طالب طالبت يطالب تطالب رفض رفضت يرفض ترفض قرر قررت يقرر أمر أمرت يأمل تأمل أراد يريد
تريد يود تود يمكن يجب ينبغي تم يتم تمت سيتم يأتي تأتي أتى جاء جاءت يشهد تشهد شهد شهدت يعكس
تعكس يحمل تحمل يتضمن تتضمن يشمل تشمل شمل يهدف تهدف يسعى تسعى سعى يعمل تعمل نعمل عمل عملت
يلعب تلعب لعب لعبت يسير تسير يبدو تبدو بدا بدت يتوقع يعد تعد يعني تعني أعطى يعطي تعطي منح
منحت يمنح قام قامت يقوم تقوم قدم قدمت يقدم تقدم بدأ بدأت يبدأ تبدأ انتهى انتهت ينتهي أنهى
حصل حصلت يحصل أصدر أصدرت يصدر صدر صدرت أحجم قبل قبلت يقبل سلم سلمت يسلم تعهد تعهدت يتعهد
رجح رجحت يرجح وصف وصفت يصف تصف أبلغ أبلغت يبلغ أخبر أخبرت يخبر نشر نشرت ينشر بث بثت يبث
شارك شاركت يشارك تشارك حضر حضرت يحضر ترأس ترأست يترأس ساعد ساعدت يساعد دعم دعمت يدعم تدعم
امتد يمتد تمتد استهدف يستهدف تستهدف استخدم استخدمت يستخدم تستخدم ربط يربط تربط أبرم أبرمت
حافظ حافظت أقام أقامت ينظر تنظر انسحب انسحبت عاد عادت يعود تعود أعاد أعادت قتل قتلت أصيب
اعتقل اعتقلت أطلق أطلقت هاجم هاجمت انتقد انتقدت يواجه تواجه واجه واجهت فاز فازت يفوز خسر
تصدى تصدت يتصدى أنقذ أنقذت سدد سددت يسدد أهدر أهدرت يهدر مرر مررت يمرر راوغ أحرز أحرزت يحرز
قائلا قائلة مضيفا مضيفة مؤكدا مؤكدة مشيرا مشيرة موضحا موضحة معتبرا معتبرة لافتا لافتة مشددا
مشددة معربا معربة
حفظه حفظها حفظهم رعاه رعاها أيده أيدها رحمه رحمها
كلف كلفت يكلف تكلف عينت يعين أعفى أعفت يعفي تعفي حل حلت يحل تحل بقي بقيت يبقى تبقى
هز هزت يهز تهز سجل سجلت يسجل تسجل صنع صنعت يصنع تصنع حسم حسمت يحسم فرض فرضت يفرض
منع منعت يمنع تألق تألقت يتألق
دشن دشنت يدشن تدشن تفقد تفقدت يتفقد تتفقد ثمن ثمنت يثمن تثمن اختتم اختتمت يختتم تختتم
استعرض استعرضت يستعرض تستعرض اطلع اطلعت يطلع هنأ هنأت يهنئ تهنئ ندد نددت يندد تندد
استنكر استنكرت يستنكر تستنكر حث حثت يحث تحث أوصى أوصت يوصي توصي انطلق انطلقت ينطلق تنطلق
توجه توجهت يتوجه تتوجه تسلم تسلمت يتسلم تتسلم
أسس أسست تأسس تأسست أنشئ أنشئت أنشأ أنشأت يلقي تلقي ألقى ألقت
";

/// Nouns and adjectives common in news, in their bare (indefinite or construct) form.
const COMMON_NOUNS: &str = "
هدف هدفا هدفين هدفان أهداف
تعاون علاقات علاقة دول دولة حكومة حكومات وزارة رئاسة اتفاق اتفاقا اتفاقية اتفاقيات زيارة
محادثات مباحثات قمة لقاء اجتماع بيان تصريح تصريحات مصادر مصدر تقرير تقارير مجال مجالات منطقة
مناطق أمن اقتصاد سياسة حرب قوات جيش عملية عمليات مشروع مشروعا مشاريع شراكة طاقة نفط غاز
تجارة استثمار أسلحة صواريخ طائرات طائرة مسيرة مسيرات جهود جهودا أهمية ضرورة إطار وقت صعيد
مستوى جانب طرف أطراف بلد بلدان شعب قضية قضايا ملف ملفات أزمة خطة رسالة كلمة مؤتمر مؤتمرا
صحفي مسؤول مسؤولون مسؤولين وزراء نواب أعضاء عضو خبراء خبير شركات حدود أراضي أراض نظام موقف
مواقف رؤية وثيقة مذكرة مذكرات مسودة تحديات تهديدات عقوبات مفاوضات مناقشة تعزيز تطوير توسيع تحسين مواجهة
مكافحة استقرار تنسيق تبادل توقيع إنشاء بناء تحقيق دفعة نقطة تحول فرصة جولة رحلة دعوة مشكلة
حل حلول نتيجة نتائج سبب أسباب عدد جزء جزءا كبير كبيرة كبيرا جديد جديدة جديدا مهم مهمة هامة
قوي قوية عديد عديدة كثير كثيرة مختلف مختلفة شامل شاملة مشترك مشتركة خاص عامة دولي دولية
رسمي رسمية سابق سابقة حالي حالية مقبل مقبلة ماض وجها لوجه أطيب تحيات تمنيات إمكانية مواطنين
مواطنون شخص أشخاص رجل امرأة أطفال سكان قتلى جرحى ضحايا هجوم هجمات قصف غارات غارة اشتباكات
معارك انفجار حادث حادثة تحطم مروحية سيارة صفقة صفقات قيمة أسعار سعر دولار دولارا نسبة
ارتفاع انخفاض نمو زيادة تراجع أمل رغبة اهتمام ترحيب شكر تأكيد إشارة دعما تعاونا بلاده
بلادها بلادهم حكومته حكومتها مصلحة مصالح مستقبل تاريخ واقع أثناء إضافة بالإضافة جهة جهته
حوار خطاب مقابلة حديث وكالات وسائل إعلام صحف بحر جنوب شمال شرق غرب وسط مليارات مرحلة
جنوبي شمالي شرقي غربي مشاركة قادة قيادة حضور معية رفقة مراسل محللون محللين سكان نازحين لاجئين
قسم دائرة فرع مركز معهد اتحاد نقابة غرفة برلمان جمعية مصرف وحدة إطلاق وقف نبع
أداء مسار جدول مباراة تسجيل اتصال خيارات دعوات مساعدات ضغوط أحمر أخضر أزرق أبيض أسود أصفر
شبه ثقة رقم أنباء إعفاء إقالة تعيين تكليف قرار قرارات خطأ جزاء ريف
شهادة شهادات جائزة جوائز تميز درع تكريم
بلاد وطن طابور مراسم كلية كليات قطاع
مساحة مساحات
حقلي مخيمي حوضي
";

/// Words that introduce a name but are never part of it: titles, roles, kinds of body and
/// place. Also the complements that sit between a title and the name (وزير خارجية روسيا), and
/// the honorifics before a title (معالي، سعادة; Jordan's عطوفة for a governor, نيافة and غبطة
/// for a bishop and a patriarch: رعى عطوفة محافظ إربد is no person «رعى عطوفة»).
const ROLE_WORDS: &str = "
رئيس رئيسة نائب نائبة وزير وزيرة سفير سفيرة أمين مرشد شيخ ملك أمير زعيم قائد مستشار متحدث
ناطق مبعوث مندوب مفوض مفوضة مساعد مساعدة مدير مديرة موظف موظفة حاكم محافظ والي عمدة وسيط قاض نظير نظيره نظيرها نظيرهما نظيرهم سيد سيدة
دكتور جنرال لواء عقيد عميد مشير وكالة حركة منظمة حزب جماعة شركة جامعة تنظيم صحيفة قناة
مجموعة مؤسسة ميليشيا ميليشيات مجلة إذاعة مدينة بلدة قرية محافظة ولاية إقليم مقاطعة جزيرة
ميناء مخيم عاصمة مطار نهر مجلس حكومة هيئة أركان جهاز لجنة مكتب ديوان إدارة بلدية خارجية دفاع
داخلية باسم لشؤون شؤون عام ولي عهد آية مدرب لاعب فريق نادي وزارة محكمة بورصة سوق جبهة أمانة
تحالف ائتلاف رابطة أكاديمية معهد سلطة ممثل ممثلة جمعية بلدية اتحاد نقابة مصرف بنك صندوق
مهاجم مدافع حارس مهندس مهندسة دكتورة بروفيسور بروفيسورة بروفسور قائمقام قائممقام
شبكة ملعب استاد متحف معبد مسجد كنيسة حي مولودية شبيبة شباب وفاق أولمبيك مستشفى دار
حرم جلالة سمو معالي سعادة فخامة عطوفة نيافة غبطة صاحب صاحبة رئاسة خطوط مفتش مفتشة
وكلاء عمداء رؤساء سفراء أمناء مدراء زعماء مستشارو مديرو
";

/// Particles inside personal names (عبد الفتاح، محمد بن سلمان، لولا دا سيلفا), Mauritanian
/// ولد and منت among them (محمد ولد بلال، مريم منت أحمد), and the Amazigh آيت, «sons of»
/// (خالد آيت الطالب، يوسف آيت بناصر); never a name's last word.
const NAME_PARTICLES: &str = "عبد بن ابن بنت أبو أبي آل آيت دا دي دو فون فان ولد منت";

fn word_set(words: &str) -> HashSet<String> {
    words
        .split_whitespace()
        .map(normalize_name)
        .filter(|w| !w.is_empty())
        .collect()
}

static FUNCTION: LazyLock<HashSet<String>> = LazyLock::new(|| word_set(FUNCTION_WORDS));
static TIME: LazyLock<HashSet<String>> = LazyLock::new(|| word_set(TIME_AND_NUMBERS));
/// Function words written with ى (على، إلى): normalised they equal names written with ي
/// (علي), so the original spelling decides.
static MAQSURA: LazyLock<HashSet<String>> = LazyLock::new(|| {
    FUNCTION_WORDS
        .split_whitespace()
        .filter(|w| w.ends_with('ى'))
        .map(normalize_name)
        .collect()
});
static VERB: LazyLock<HashSet<String>> = LazyLock::new(|| word_set(VERBS));
/// The common nouns, and the duals of the kinds of place (مدينتي، محافظتا): never a name's
/// word (الوزير مدينتي جبلة is no minister of that name).
static NOUN: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let mut nouns = word_set(COMMON_NOUNS);
    for kind in crate::text::cue_words::DUAL_PLACE_KINDS {
        let stem = kind.strip_suffix('ه').unwrap_or(kind);
        for ending in crate::text::cue_words::DUAL_ENDINGS {
            nouns.insert(format!("{stem}{ending}"));
        }
    }
    nouns
});
static ROLE: LazyLock<HashSet<String>> = LazyLock::new(|| word_set(ROLE_WORDS));
static PARTICLE: LazyLock<HashSet<String>> = LazyLock::new(|| word_set(NAME_PARTICLES));

/// Name particles such as بن and عبد.
pub(super) fn is_particle(word: &str) -> bool {
    PARTICLE.contains(word)
}

/// A title, role or kind of body or place.
pub(super) fn is_role_word(word: &str) -> bool {
    ROLE.contains(word) || hamza_on_waw(word).is_some_and(|w| ROLE.contains(&w))
}

/// A time word, numeral, month or day of the built-in list (see [`TIME_AND_NUMBERS`]).
pub(super) fn is_time_word(word: &str) -> bool {
    TIME.contains(word)
}

/// On any built-in list (the word as written, no clitic stripped).
pub(super) fn is_listed(word: &str) -> bool {
    is_listed_as_written(word) || hamza_on_waw(word).is_some_and(|w| is_listed_as_written(&w))
}

fn is_listed_as_written(word: &str) -> bool {
    FUNCTION.contains(word)
        || TIME.contains(word)
        || VERB.contains(word)
        || NOUN.contains(word)
        || ROLE.contains(word)
}

/// The word with a hamza before و written on و, as the lists write it, where Egypt and Sudan
/// write it on ي (شئون → شؤون، مسئول → مسؤول): the same word, not a name. None when the
/// word has no ئو.
pub(super) fn hamza_on_waw(word: &str) -> Option<String> {
    word.contains("ئو").then(|| word.replace("ئو", "ؤو"))
}

/// One of the built-in common nouns (أمن، وزراء، نفط), as written.
pub(super) fn is_common_noun(word: &str) -> bool {
    NOUN.contains(word)
}

/// One of the built-in verbs (see [`VERBS`]), as written.
pub(super) fn is_listed_verb(word: &str) -> bool {
    VERB.contains(word)
}

/// A listed verb with the dual's ا (قدّما، تقدّما، قدّمتا، أكدا): what the two people just
/// named did (المقدم العوضي والرائد الحمود قدّما نموذجا), never a name's first word. Why:
/// «قدما نموذجا لرجال» was read as a person after the second title.
pub(super) fn is_dual_of_listed_verb(word: &str) -> bool {
    word.strip_suffix('ا')
        .is_some_and(|stem| stem.chars().count() >= 3 && VERB.contains(stem))
}

/// A function word (a particle, preposition, pronoun or conjunction of the built-in list).
pub(super) fn is_function_word(word: &str) -> bool {
    FUNCTION.contains(word)
}

/// A function word or verb: what may not follow a name particle (آل ثاني is a name, آل في
/// is not).
pub(super) fn is_function_or_verb(word: &str) -> bool {
    FUNCTION.contains(word) || VERB.contains(word)
}

/// `original` is spelled with a final ي where the function word it normalises to has ى
/// (علي, not على): a name.
pub(super) fn is_maqsura_homograph(original: &str, norm: &str) -> bool {
    // Every entry of MAQSURA ends in ي once normalised: most words stop here.
    if !norm.ends_with('ي') || !MAQSURA.contains(norm) {
        return false;
    }
    let letters = original.trim_end_matches(|c: char| !is_letter(c) || is_mark(c));
    letters.ends_with('ي')
}
