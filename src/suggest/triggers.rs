//! Words that announce a name and hint at its kind: titles and roles (person), kinds of body
//! (organisation), kinds of place (place); and the complements that may stand between a title
//! and the name.

// Fx hashing: these are looked up for every word of the site (the site's own text).
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

use super::lexicon::readings;
use super::tokens::{Sep, Token};
use crate::load::EntityKind;
use crate::text::normalize::normalize_name;

use crate::text::cue_words::PERSON_TITLES as PERSON;

/// Titles in construct form, which always head a complement before the name (رئيس وزراء
/// بريطانيا كير ستارمر، مدرب برشلونة تشافي): the first bare word after them belongs to the
/// complement, not to the name.
const CONSTRUCT: &str = "
رئيس، رئيسة، رئيسا، نائب، نائبة، وزير، وزيرة، سفير، سفيرة، أمين، متحدث، ناطق، مستشار، مستشارة،
قائد، زعيم، زعيمة، مبعوث، مندوب، مراقب، مدير، مديرة، حاكم، محافظ، ملحق، قنصل، مدرب، لاعب، ممثل، ممثلة، موظف، موظفة،
والي، وكيل، مفوض، مفوضة، وزيري، قائمقام، قائممقام، عضو، عضوة، مسؤول، مسؤولة، مدافع، مهاجم، حارس، محامي، محامية،
عمدة، منسق، منسقة، أمين سر، أمين صندوق
";

/// Words before an organisation's name, in construct form: the definite form alone (الوكالة،
/// الحركة) refers back to a body already named (but see [`definite_head_at`]). State bodies
/// (وزارة، هيئة، مجلس، لجنة …) are among them: «وزارة التضامن الاجتماعي» is a name, and the
/// country it belongs to is the article's business. دار (a house: دار الأوبرا المصرية، دار
/// الإفتاء) needs two words like most heads, since «دار الحديث» is also «the talk turned».
const ORGANIZATION: &str = "
وكالة أنباء، وكالة، حركة، منظمة، حزب، جماعة، شركة، جامعة، تنظيم، صحيفة، قناة، مجموعة، مؤسسة،
ميليشيا، مجلة، إذاعة، بنك، صندوق، فريق، نادي، وزارة، هيئة، جهاز، مجلس، لجنة، محكمة، بورصة، سوق،
مستشفى، مجمع، نيابة،
جبهة، اتحاد، جمعية، بلدية، نقابة، مصرف، أمانة، تحالف، ائتلاف، رابطة، أكاديمية، معهد، ديوان، مكتب،
شبكة، حكومة، شرطة، دائرة، مديرية، مفوضية، غرفة، كتلة، فضائية، دار، مدرسة، سلطة، كلية
";

/// Organisation heads that also stand definite before a name's adjectives (الاتحاد الجزائري
/// لكرة القدم، المجلس الانتقالي الجنوبي، البنك المركزي التونسي، الجيش الوطني الشعبي، الغرفة
/// الإسلامية للتجارة والتنمية، الديوان الوطني للمطبوعات الجامعية، المعهد العالي للفنون والحرف،
/// المندوبية الجهوية للثقافة، المركز القومي للبحوث، الكلية العسكرية الملكية، الرابطة الوطنية
/// للقرآن الكريم: two adjectives or
/// one and a complement, so المركز الثالث or المركز الثقافي stays none). إدارة، قيادة and أمانة only
/// as a general one of something (see [`GENERAL_ONLY_HEADS`]).
const DEFINITE_HEADS: &str = "
اتحاد، مجلس، بنك، حزب، هيئة، جهاز، صندوق، مصرف، جبهة، حركة، منظمة، تحالف، ائتلاف، شركة، مؤسسة،
وكالة، محكمة، لجنة، جامعة، جمعية، نقابة، مكتب، نيابة، منتدى، جيش، مديرية، مفوضية، غرفة، ديوان،
إدارة، قيادة، أمانة، معهد، مندوبية، مركز، كلية، رابطة
";

/// Heads whose phrase is a name with one word after them (وزارة المالية، مجلس النواب، نقابة
/// الصحفيين); any other head needs two (لجنة التعاون المالي، not لجنة التحقيق، حركة الملاحة،
/// جبهة القتال). A court, an audit office or an exchange is one institution whichever word
/// picks it out (محكمة الجنايات، ديوان المحاسبة، بورصة الكويت); so is a hospital in local news
/// (مستشفى القلب، مستشفى السياب), and a police force named for its place (شرطة دبي).
const ONE_WORD_HEADS: &str = "
وزارة، مجلس، نقابة، حزب، بلدية، جامعة، أمانة، محكمة، ديوان، بورصة، حكومة، مستشفى، شرطة
";

/// Definite heads of the judiciary: the head is an institution of its own and one adjective
/// says which (النيابة العامة، المحكمة الدستورية), where البنك المركزي or اللجنة الفنية stay
/// descriptions.
const JUDICIAL_HEADS: &str = "
نيابة، محكمة
";

static JUDICIAL_HEAD: LazyLock<HashSet<String>> =
    LazyLock::new(|| entries(JUDICIAL_HEADS).collect());

/// Token `i` is a judicial head with the article (والنيابة، المحكمة; see [`JUDICIAL_HEADS`]).
pub(super) fn judicial_head_at(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|token| {
        readings(&token.norm).iter().any(|(_, w)| {
            w.strip_prefix("ال")
                .is_some_and(|stem| JUDICIAL_HEAD.contains(stem))
        })
    })
}

/// Heads that name a body only before a proper name or a place (سوق دبي المالي، بورصة
/// عمّان), never before a common noun (سوق العمل، سوق النفط العالمية).
const NAME_ONLY_HEADS: &str = "
سوق، بورصة
";

/// Words before a place name. The dual and plural of مخيم name the first of the camps after
/// them (مخيمي أبو شوك والسلام); those of مدينة or قرية are not here: مدينتي is also «my city».
/// معسكر (a camp of the displaced: معسكر العفاض) is read as a kind of place only in an article
/// about the displaced ([`CAMPS`]). حارة (a quarter: حارة اليهود)
/// is also «hot», and is read as a kind of place only before a definite name or a name on a
/// common noun ([`DEFINITE_PLACE_HEADS`]). قضاء (a district: قضاء أبو الخصيب) and حاجز (a
/// checkpoint named after its village: حاجز بيت فوريك) are also ordinary nouns: only a known
/// place, a name on a common noun or a kunya follows them as a place ([`GUARDED_PLACE_HEADS`]),
/// and حاجز only in an article about the occupation ([`CHECKPOINTS`]). محلة is an Iraqi
/// quarter (محلة الفضل).
const PLACE: &str = "
مدينة، بلدة، قرية، محافظة، ولاية، إقليم، مقاطعة، جزيرة، ميناء، مخيم، مخيمي، مخيمات، العاصمة،
عاصمة، مطار، نهر، منطقة، ناحية، معسكر، معسكرات، حارة، قضاء، محلة، حاجز، ضاحية
";

/// Kinds of place (normalised) that are also ordinary nouns before a definite or a bare word:
/// قضاء is «spending, fulfilling» and «a judiciary» (قضاء العطلة، قضاء حاجات المواطنين، قضاء
/// مستقل), حاجز «a barrier» (حاجز الخوف، حاجز الصمت) and a checkpoint with no name (حاجز
/// طيار «a flying checkpoint»). A place after them is one the site knows (قضاء الزبير), a name
/// on a common noun (قضاء شط العرب، حاجز بيت فوريك) or a kunya (قضاء أبو الخصيب).
pub(super) const GUARDED_PLACE_HEADS: &[&str] = &["قضاء", "حاجز"];

/// Checkpoints (normalised), named after the village beside them (حاجز بيت فوريك): a kind of
/// place only in an article about the occupation ([`OCCUPATION_STEMS`]); elsewhere حاجز is «a
/// barrier» (كسر حاجز الصوت).
pub(super) const CHECKPOINTS: &[&str] = &["حاجز"];

/// Stems (normalised) of the word for the occupation (الاحتلال، احتلالها).
pub(super) const OCCUPATION_STEMS: &[&str] = &["احتلال"];

/// Kinds of place (normalised) that are far more often a team's training camp (معسكر المنتخب)
/// or a political or military camp (معسكر اليمين، معسكر الجيش) than a camp of the displaced:
/// kinds of place only in an article whose words speak of the displaced or of refugees
/// ([`DISPLACED_STEMS`]).
pub(super) const CAMPS: &[&str] = &["معسكر", "معسكرات"];

/// Stems (normalised) of the words for the displaced and refugees (نازحين، النزوح، اللاجئين).
pub(super) const DISPLACED_STEMS: &[&str] = &["نازح", "نزوح", "لاجئ", "لاجي"];

/// Kinds of place (normalised) that are also adjectives before a bare word (أجواء حارة رطبة):
/// only a definite name (حارة اليهود) or one on a common noun (حارة بيت الشرق) follows them.
pub(super) const DEFINITE_PLACE_HEADS: &[&str] = &["حاره"];

/// Adverbs that may sit between a title and a name (الرئيس آنذاك دونالد ترامب).
const ADVERBS: &str = "
آنذاك، حينها، حينذاك، وقتها
";

/// Complements in construct form that may sit between a title and a name (المتحدث باسم
/// الكرملين ديمتري بيسكوف، وزير خارجية روسيا); each wants a complement of its own.
const SKIPPABLE: &str = "
باسم، لشؤون، شؤون، عام، مجلس، حكومة، وزارة، خارجية، دفاع، داخلية، هيئة، أركان، جهاز، لجنة،
مكتب، ديوان، إدارة، بلدية، وزراء، بلاده، بلادها، أمن، أول، ركن، قسم، دائرة، فرع، مركز، معهد،
اتحاد، نقابة، غرفة، جمعية، مصرف، وحدة، برلمان، أمانة، بعثة، برنامج، قطاع
";

/// A trigger phrase, normalised, with the kind it hints at.
struct Trigger {
    words: Vec<String>,
    kind: EntityKind,
    open: bool,
    /// The first word ends in ة, which the text must show (بلدة، not بلده "his country").
    ta_marbuta: bool,
    /// A place must follow (see [`NEEDS_A_PLACE_AFTER`]).
    place_after: bool,
    /// The first word ends in ه as written (نائبه «his deputy»): the text must not show ة
    /// (نائبة, the construct title).
    ends_in_ha: bool,
}

/// Triggers whose normal form is also that of a common phrase, read as triggers only before a
/// place's name: والي (a wali, والي وهران) is also وإلى («and to»).
const NEEDS_A_PLACE_AFTER: &[&str] = &["والي"];

/// ولاية and الولاية, normalised: the wali's own kind of place, which may stand for the place
/// after والي (والي ولاية شمال دارفور; والي الولاية إبراهيم أوشان, «the province's wali», as
/// Algerian papers write it once the province is named).
const WALI_S_PLACE: [&str; 2] = ["ولايه", "الولايه"];

/// A trigger found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct TriggerMatch {
    /// Words it spans.
    pub len: usize,
    pub kind: EntityKind,
    /// It still needs a complement before a name can follow: a title in construct form
    /// (رئيس، مدرب) or a kind word (وكالة), as opposed to الرئيس or آية الله.
    pub open: bool,
}

/// `raw`, as written, is an entry of [`CONSTRUCT`].
fn is_construct_raw(raw: &str) -> bool {
    raw_entries(CONSTRUCT).any(|c| c == raw)
}

/// The entries of a list separated by ، (an entry may have several words), as written.
fn raw_entries(list: &str) -> impl Iterator<Item = &str> {
    list.split('،').map(str::trim).filter(|e| !e.is_empty())
}

/// The normalised entries of a list separated by ،.
fn entries(list: &str) -> impl Iterator<Item = String> + '_ {
    raw_entries(list).map(normalize_name)
}

/// Every trigger by its first word, longest phrase first.
static TRIGGERS: LazyLock<HashMap<String, Vec<Trigger>>> = LazyLock::new(|| {
    let construct: HashSet<String> = entries(CONSTRUCT).collect();
    let mut index: HashMap<String, Vec<Trigger>> = HashMap::default();
    for (list, kind) in [
        (PERSON, EntityKind::Person),
        (ORGANIZATION, EntityKind::Organization),
        (PLACE, EntityKind::Place),
    ] {
        for raw in raw_entries(list) {
            let entry = normalize_name(raw);
            let words: Vec<String> = entry.split(' ').map(String::from).collect();
            let open = match kind {
                // نائبه («his deputy») normalises as نائبة does, but is no construct.
                EntityKind::Person => {
                    construct.contains(&entry) && (!raw.ends_with('ه') || is_construct_raw(raw))
                }
                _ => !words.iter().any(|w| w.starts_with("ال")),
            };
            let ta_marbuta = raw.split(' ').next().is_some_and(|w| w.ends_with('ة'));
            let place_after = NEEDS_A_PLACE_AFTER.contains(&entry.as_str());
            let ends_in_ha = raw.split(' ').next().is_some_and(|w| w.ends_with('ه'));
            let trigger = Trigger {
                words,
                kind,
                open,
                ta_marbuta,
                place_after,
                ends_in_ha,
            };
            index
                .entry(trigger.words[0].clone())
                .or_default()
                .push(trigger);
        }
    }
    for list in index.values_mut() {
        list.sort_by_key(|t| std::cmp::Reverse(t.words.len()));
    }
    index
});

static DEFINITE_HEAD: LazyLock<HashSet<String>> =
    LazyLock::new(|| entries(DEFINITE_HEADS).collect());

/// A head that stands definite before a body's adjectives, without its article (جيش، نيابة;
/// see [`DEFINITE_HEADS`]).
pub(super) fn is_definite_head_stem(stem: &str) -> bool {
    DEFINITE_HEAD.contains(stem)
}

static ONE_WORD_HEAD: LazyLock<HashSet<String>> =
    LazyLock::new(|| entries(ONE_WORD_HEADS).collect());
/// Heads that name a body only when its phrase names a place (شبكة مستشفيات القدس الشرقية،
/// حكومة دبي، شرطة منطقة تبوك، غرفة تجارة وصناعة دبي، مدرسة الرفاع الإعدادية للبنين), never
/// before common nouns alone (شبكة الطرق السريعة، شبكة الإنترنت، حكومة الاحتلال، شرطة المرور،
/// غرفة العمليات المشتركة، مدرسة الحياة «the school of life»).
const PLACE_BOUND_HEADS: &str = "
شبكة، حكومة، شرطة، غرفة، مدرسة
";

static PLACE_BOUND_HEAD: LazyLock<HashSet<String>> =
    LazyLock::new(|| entries(PLACE_BOUND_HEADS).collect());

/// A head whose phrase must name a place (see [`PLACE_BOUND_HEADS`]).
pub(super) fn needs_a_place(head: &str) -> bool {
    PLACE_BOUND_HEAD.contains(head)
}

/// Heads whose bare complement is the place the body serves, not the body's own name
/// (بلدية حزين، مجلس بلبل، أمانة جدة، جامعة بيرزيت، مستشفى خصب، and the clubs اتحاد طنجة،
/// اتحاد بن قردان), unlike شركة غازبروم or صحيفة الغارديان, where the word after the head is
/// the name used alone.
const PLACE_SERVING_HEADS: &str = "
بلدية، مجلس، أمانة، جامعة، مستشفى، اتحاد
";

static PLACE_SERVING_HEAD: LazyLock<HashSet<String>> =
    LazyLock::new(|| entries(PLACE_SERVING_HEADS).collect());

/// A head named with the place it serves (see [`PLACE_SERVING_HEADS`]).
pub(crate) fn serves_a_place(head: &str) -> bool {
    PLACE_SERVING_HEAD.contains(head)
}

static NAME_ONLY_HEAD: LazyLock<HashSet<String>> =
    LazyLock::new(|| entries(NAME_ONLY_HEADS).collect());

/// The head of an organisation's name written with the article at `tokens[i]` (والمجلس،
/// للاتحاد → مجلس، اتحاد), if it is one.
pub(super) fn definite_head_at(tokens: &[Token], i: usize) -> bool {
    let Some(token) = tokens.get(i).filter(|t| t.cue()) else {
        return false;
    };
    readings(&token.norm).iter().any(|(_, w)| {
        w.strip_prefix("ال")
            .is_some_and(|stem| DEFINITE_HEAD.contains(stem))
    })
}

/// Definite heads (normalised) that name a body only as the general one of something:
/// «الإدارة العامة للمرور، القيادة العامة لشرطة دبي، الأمانة العامة للأوقاف»; with any other
/// adjective they are as often the management or the leadership of whatever the text is about
/// (الإدارة الجديدة للمشروع، القيادة السياسية للبلاد), and الأمانة alone is «honesty» (الأمانة
/// العلمية).
const GENERAL_ONLY_HEADS: &[&str] = &["اداره", "قياده", "امانه"];

/// The adjective of a general body, normalised (العامة).
const GENERAL: &str = "العامه";

/// «Regional», normalised: the Maghreb's regional directorates (الإدارة الجهوية للشؤون
/// الدينية), named so with a complement right after it; «regional management» of something
/// has an adjective or a single thing after it as often (الإدارة الجهوية الجيدة للأزمة).
const REGIONAL: &str = "الجهويه";

/// «Administration» (normalised), the one head of [`GENERAL_ONLY_HEADS`] that is also regional.
const ADMINISTRATION: &str = "اداره";

/// Token `i` is a definite head of [`GENERAL_ONLY_HEADS`] (والإدارة، للقيادة) and the word
/// after it is not [`GENERAL`] (nor, after الإدارة, [`REGIONAL`] and a complement with ل): no
/// body is named there.
fn general_only_head_without_general(tokens: &[Token], i: usize) -> bool {
    let head = tokens.get(i).and_then(|token| {
        readings(&token.norm).iter().find_map(|(_, w)| {
            w.strip_prefix("ال")
                .and_then(|stem| GENERAL_ONLY_HEADS.iter().find(|h| **h == stem))
                .copied()
        })
    });
    let Some(head) = head else {
        return false;
    };
    let next_is = |k: usize, word: &str| {
        tokens
            .get(k)
            .is_some_and(|n| n.sep == Sep::Space && n.norm == word)
    };
    let regional = head == ADMINISTRATION
        && next_is(i + 1, REGIONAL)
        && tokens
            .get(i + 2)
            .is_some_and(|n| n.sep == Sep::Space && n.norm.starts_with("لل"));
    !(next_is(i + 1, GENERAL) || regional)
}

/// Adjectives after الرابطة that make it a body (الرابطة الوطنية لكرة القدم، الرابطة المحترفة
/// الأولى), normalised: with any other it is «the bond» (الرابطة الروحية القوية).
const LEAGUE_ADJECTIVES: &[&str] = &["الوطنيه", "المحترفه", "الدوليه", "العربيه"];

/// Token `i` is الرابطة (with any clitic) with no adjective of [`LEAGUE_ADJECTIVES`] after it.
fn bond_not_league(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|token| {
        readings(&token.norm)
            .iter()
            .any(|(_, w)| w.as_ref() == "الرابطه")
    }) && tokens
        .get(i + 1)
        .is_none_or(|n| n.sep != Sep::Space || !LEAGUE_ADJECTIVES.contains(&n.norm.as_str()))
}

/// Adjectives of a team's staff after the definite جهاز, normalised: الجهاز الفني للأزرق is
/// the coaching staff of a club, الجهاز الطبي its medical staff — every team has them, and
/// they name no body (a body so headed has a field: جهاز المخابرات العامة).
const STAFF_ADJECTIVES: &[&str] = &["الفني", "الطبي", "الاداري"];

/// Token `i` is a definite head that names no body there: one of [`GENERAL_ONLY_HEADS`]
/// without [`GENERAL`] (see [`general_only_head_without_general`]), الجهاز before an
/// adjective of a team's staff (see [`STAFF_ADJECTIVES`]), or الرابطة as «the bond» (see
/// [`bond_not_league`]).
pub(super) fn no_body_at_definite_head(tokens: &[Token], i: usize) -> bool {
    let staff = tokens.get(i).is_some_and(|token| {
        readings(&token.norm)
            .iter()
            .any(|(_, w)| w.as_ref() == "الجهاز")
    }) && tokens.get(i + 1).is_some_and(|n| {
        n.sep == Sep::Space
            && (STAFF_ADJECTIVES.contains(&n.norm.as_str())
                || n.norm
                    .strip_prefix('و')
                    .is_some_and(|w| STAFF_ADJECTIVES.contains(&w)))
    });
    staff || general_only_head_without_general(tokens, i) || bond_not_league(tokens, i)
}

/// A head whose name may have a single word after it (see [`ONE_WORD_HEADS`]).
pub(super) fn names_with_one_word(head: &str) -> bool {
    ONE_WORD_HEAD.contains(head)
}

/// A normalised word is a kind of place (محافظه، مقاطعه، جزيره): its first word of a trigger
/// for places. With the article it is the kind itself (قرى المحافظة «the governorate's
/// villages»), never a place's name.
pub(super) fn is_place_kind(word: &str) -> bool {
    TRIGGERS
        .get(word)
        .is_some_and(|ts| ts.iter().any(|t| t.kind == EntityKind::Place))
}

/// A normalised word is an organisation's head on its own (جامعه، امانه، شركه).
pub(crate) fn is_body_head(word: &str) -> bool {
    TRIGGERS.get(word).is_some_and(|ts| {
        ts.iter()
            .any(|t| t.kind == EntityKind::Organization && t.words.len() == 1)
    })
}

/// A normalised word opens a trigger of any kind: a title (الملك), a kind of place (مدينه) or
/// of body (وزاره).
pub(super) fn opens_a_trigger(word: &str) -> bool {
    TRIGGERS.contains_key(word)
}

/// A normalised word is a whole one-word title of a person (الشريف، السيد، القاضي، الحكم):
/// alone it is the title of anyone, or an ordinary word (القدس الشريف), never one man's surname.
pub(super) fn is_person_title(word: &str) -> bool {
    TRIGGERS.get(word).is_some_and(|ts| {
        ts.iter()
            .any(|t| t.kind == EntityKind::Person && t.words.len() == 1)
    })
}

/// A head that names a body only before a proper name or a place (see [`NAME_ONLY_HEADS`]).
pub(super) fn needs_a_proper_name(head: &str) -> bool {
    NAME_ONLY_HEAD.contains(head)
}

/// Every word one of the rules starts from, read without its clitic: the first word of each
/// trigger, each definite head with its article, and the tables the rules of
/// [`super::people`], [`super::local`] and [`super::lineups`] start from (their `CUE_WORDS`, made of the very
/// tables the rules read). A token none of whose readings is one of them starts no rule
/// ([`Token::cue`]), so the rules skip it without reading it again.
static CUE_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let heads = DEFINITE_HEAD.iter().map(|h| format!("ال{h}"));
    let people = super::people::CUE_WORDS
        .iter()
        .chain(&super::local::CUE_WORDS)
        .chain(&super::lineups::CUE_WORDS)
        .chain(&super::name_lists::CUE_WORDS)
        .chain(&super::people_lists::CUE_WORDS)
        .chain(&super::appointments::CUE_WORDS)
        .chain(&super::place_lists::CUE_WORDS)
        .chain(&super::representatives::CUE_WORDS)
        .flat_map(|l| l.iter())
        .map(|w| w.to_string());
    TRIGGERS
        .keys()
        .cloned()
        .chain(heads)
        .chain(people)
        .collect()
});

/// Every word as the text may write it whose [`readings`] include one of [`CUE_WORDS`]: the
/// word itself, after each clitic, and after a clitic in ل with the article's alef elided
/// (للرئيس). One lookup per token instead of one per reading.
static CUE_FORMS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let mut forms = HashSet::default();
    for w in CUE_WORDS.iter() {
        forms.insert(w.clone());
        for clitic in super::lexicon::CLITICS {
            forms.insert(format!("{clitic}{w}"));
            if clitic.ends_with('ل') && w.starts_with("ال") {
                forms.insert(format!("{clitic}{}", &w['ا'.len_utf8()..]));
            }
        }
    }
    forms
});

/// Whether some reading of a normalised word — itself, or without a clitic — is a word a rule
/// starts from (see [`CUE_WORDS`], [`super::tokens::Token::cue`]).
pub(super) fn is_cue_form(word: &str) -> bool {
    CUE_FORMS.contains(word)
}

static SKIP: LazyLock<HashSet<String>> = LazyLock::new(|| entries(SKIPPABLE).collect());
static ADVERB: LazyLock<HashSet<String>> = LazyLock::new(|| entries(ADVERBS).collect());

/// The person's title at token `k` after a comma, in apposition to the name that ends before it
/// (عنتر علي سالم المغربي، مدير عام مديرية الملاح).
pub(super) fn person_title_in_apposition(tokens: &[Token], k: usize) -> Option<TriggerMatch> {
    tokens.get(k).filter(|t| t.comma())?;
    trigger_at(tokens, k).filter(|t| t.kind == EntityKind::Person)
}

/// The longest trigger starting at `tokens[i]` (its first word may carry a clitic; on a tie
/// the word read whole wins).
pub(super) fn trigger_at(tokens: &[Token], i: usize) -> Option<TriggerMatch> {
    let token = tokens.get(i).filter(|t| t.cue())?;
    readings(&token.norm)
        .iter()
        .filter_map(|(_, head)| TRIGGERS.get(head.as_ref()))
        .flatten()
        .filter(|t| token.ta_marbuta() || !t.ta_marbuta)
        .filter(|t| !(token.ta_marbuta() && t.ends_in_ha))
        .filter(|t| {
            !t.place_after
                || tokens.get(i + t.words.len()).is_some_and(|x| {
                    x.sep == Sep::Space
                        && (x.mention == Some(EntityKind::Place)
                            || WALI_S_PLACE.contains(&x.norm.as_str()))
                        // وإلى الولاية («and to the province») is written with its hamza.
                        && !token.and_hamza()
                })
        })
        .filter(|t| {
            t.words[1..].iter().enumerate().all(|(k, w)| {
                tokens
                    .get(i + 1 + k)
                    .is_some_and(|x| x.sep == Sep::Space && x.norm == *w)
            })
        })
        .min_by_key(|t| std::cmp::Reverse(t.words.len()))
        .map(|t| TriggerMatch {
            len: t.words.len(),
            kind: t.kind,
            open: t.open,
        })
}

/// A role complement that may stand between a title and a name.
pub(super) fn is_skippable(word: &str) -> bool {
    SKIP.contains(word) || super::lexicon::hamza_on_waw(word).is_some_and(|w| SKIP.contains(&w))
}

/// An adverb that may stand between a title and a name.
pub(super) fn is_adverb(word: &str) -> bool {
    ADVERB.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::suggest::tokens::tokenize;

    /// The rules skip a token whose `cue` is false: every word a rule starts from must set it,
    /// bare or after a clitic, or a name after it would be lost.
    #[test]
    fn every_word_a_rule_starts_from_is_a_cue() {
        let heads = DEFINITE_HEAD.iter().map(|h| format!("ال{h}"));
        let people = super::super::people::CUE_WORDS
            .iter()
            .chain(&super::super::local::CUE_WORDS)
            .flat_map(|l| l.iter());
        let firsts: Vec<String> = TRIGGERS
            .keys()
            .cloned()
            .chain(heads)
            .chain(people.map(|w| w.to_string()))
            .collect();
        assert!(firsts.len() > 100, "{}", firsts.len());
        // The abbreviation د. stands alone: a clitic before one letter reads as a word (ود).
        let abbreviation = |w: &str| w.chars().count() == 1;
        for word in &firsts {
            let clitics: &[&str] = if abbreviation(word) {
                &[""]
            } else {
                &["", "و", "ب", "ول"]
            };
            for clitic in clitics {
                let words = tokenize(&format!("{clitic}{word} سالم"), &[]);
                assert!(words.tokens[0].cue(), "{clitic}{word}");
            }
            // ل before the article, its alef elided (للرئيس، وللمجلس).
            if let Some(rest) = word.strip_prefix('ا').filter(|r| r.starts_with('ل')) {
                for clitic in ["ل", "ول"] {
                    let words = tokenize(&format!("{clitic}{rest} سالم"), &[]);
                    assert!(words.tokens[0].cue(), "{clitic}{rest}");
                }
            }
        }
        // Every trigger phrase is still found where it starts.
        for list in TRIGGERS.values() {
            // (والي is read only before a place, which this text has not.)
            for t in list
                .iter()
                .filter(|t| !abbreviation(&t.words[0]) && !t.place_after)
            {
                let mut phrase = t.words.join(" ");
                if t.ta_marbuta {
                    // As written: the first word's final ة, which normalising made ه.
                    phrase.replace_range(t.words[0].len() - 'ه'.len_utf8()..t.words[0].len(), "ة");
                }
                let words = tokenize(&format!("و{phrase} سالم"), &[]);
                assert!(trigger_at(&words.tokens, 0).is_some(), "{:?}", t.words);
            }
        }
    }

    #[test]
    fn ordinary_words_are_no_cue() {
        let words = tokenize("وتحسن الطقس في المدينة القديمة، وقال الرئيس", &[]);
        let cues: Vec<bool> = words.tokens.iter().map(|t| t.cue()).collect();
        assert_eq!(cues, [false, false, false, false, false, true, true]);
    }
}
