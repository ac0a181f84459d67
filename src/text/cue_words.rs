//! The built-in lists of cue words: words that, right before an ambiguous name, show what it
//! names (الرئيس بايدن، مدينة صور، لاعب الاتحاد). Discovery gives them to the entities it
//! finds, and a registry file names a list (`cue_words: [titles]`) instead of writing out a
//! hundred words, so a file `sahifa entities accept` writes stays one an editor can read.
//!
//! They live below the pipeline because the matcher (analyse) expands them and discovery and
//! suggest (after analyse) find names with them: one list for both.

use serde::Deserialize;

/// A built-in list of cue words, as a registry file names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CueWords {
    /// A person's titles and roles (الرئيس، الوزير، المدرب …) and the nouns whose complement
    /// is a leader named by the surname alone (إدارة ترامب).
    Titles,
    /// Kinds of place (مدينة، قرية، محافظة …).
    Places,
    /// Words of a team before a club named bare (لاعب الاتحاد، فريق التعاون).
    Teams,
}

impl CueWords {
    /// The name a registry file uses.
    pub fn key(self) -> &'static str {
        match self {
            CueWords::Titles => "titles",
            CueWords::Places => "places",
            CueWords::Teams => "teams",
        }
    }

    /// The words of the list, as written (the matcher normalises them).
    pub fn words(self) -> Vec<&'static str> {
        match self {
            CueWords::Titles => person_title_words()
                .into_iter()
                .chain(LEADER_HEADS.iter().copied())
                .collect(),
            CueWords::Places => PLACE_CUES.to_vec(),
            CueWords::Teams => TEAM_WORDS.to_vec(),
        }
    }
}

/// The one-word titles and roles before a person's name (الرئيس، الوزير، السيد، المدرب …), as
/// written: right before a discovered person's surname alone they show it is that person
/// (الرئيس بايدن), where the surname is otherwise linked only in an article naming them.
pub fn person_title_words() -> Vec<&'static str> {
    PERSON_TITLES
        .split('،')
        .map(str::trim)
        .filter(|e| !e.is_empty() && !e.contains(' '))
        .collect()
}

/// Titles and roles before a person's name, definite and in construct form (وزير الخارجية،
/// مستشار الكرملين), separated by ،. Any of them may carry و ف ب ل ك. The academic titles
/// also stand without the article (مديرة الجامعة بروفيسور فدوى طه، دكتور ممدوح الحسن), as
/// Sudanese and Libyan papers write them: a title, never the name's first word. A club's or
/// a party's secretary and treasurer (أمين السر، أمين الصندوق) are titles, not the given
/// name أمين and a family name.
pub const PERSON_TITLES: &str = "
الرئيس، الرئيسة، الرئيسان، رئيس، رئيسة، رئيسا، نائب، نائبة، النائب، الوزير، الوزيرة، وزير،
وزيرة، السفير، السفيرة، سفير، سفيرة، الأمين العام، أمين عام، أمين السر، أمين سر، أمين الصندوق، أمين صندوق، المتحدث، المتحدثة، متحدث، الناطق،
الناطقة، ناطق، المرشد، آية الله، الشيخ، الشيخة، الملك، الملكة، الأمير، الأميرة، السلطان، ولي العهد،
المستشار، المستشارة، مستشار، مستشارة، الجنرال، اللواء، العميد، العقيد، المشير، الفريق أول،
القائد، قائد، الزعيم، زعيم، زعيمة، نظيره، نظيرها، نظيرهما، نظيرهم، نظير، نظيريه، نظيريها،
نظيراه، نظيرته، نظيرتها، السيد، السيدة، الآنسة، د، الوالي، والي، الشريف، الوكيل، وكيل،
الدكتور، الدكتورة، دكتور، دكتورة، بروفيسور، بروفيسورة، بروفسور، البابا، السيناتور، السناتور، المبعوث، المبعوثة، مبعوث، المندوب، المندوبة،
مندوب، المدير، المديرة، مدير، مديرة، الحاكم، حاكم، المحافظ، محافظ، العمدة، عمدة، القاضي، المدعي العام،
بقيادة، برئاسة، المدرب، مدرب، اللاعب، لاعب، النجم، الكاتب، الكاتبة، الروائي، الشاعر، الفنان،
الفنانة، المخرج، المخرجة، الممثل، الممثلة، المغني، المغنية، الباحث، الباحثة، البروفيسور، البروفيسورة، البروفسور، الخبير،
الخبيرة، المحلل، ممثل، ممثلة، المهندس، المهندسة، النواب، اللاعبين، اللاعبون، اللاعبان، الثنائي، الثلاثي، الفنانين،
الفنانون، الفنانات، النجوم، النجمين، موظف، موظفة، المستشارين، المستشارون، المرشح، المرشحة،
المدافع، المهاجم، الحارس، البديل، الهداف، الملحق، ملحق، القنصل، قنصل، المفوض، المفوضة، مفوض،
مفوضة، وزيري، الحكم، القائمقام، قائمقام، القائممقام، قائممقام، العماد، الرائد، النقيب، معالي،
لواء، عميد، عقيد، المقدم، نقيب، الفريق ركن، الفريق شرطة، الفريق طيار، مهندس، مهندسة،
فخامة، سعادة، الفاضل، الفاضلة، المكرم، المكرمة، الحاج، الحاجة، الأستاذ، الأستاذة، عضو، عضوة، العضو، الإمام، الإعلامي، الإعلامية، المذيع، المذيعة، القارئ، المقرئ، المقرئة،
المحترف، البطل، البطلة، العداء، العداءة، الرباع، الرباعة، السباح، السباحة، الملاكم، الملاكمة، المصارع، الدراج، مسؤول، مسؤولة، المسؤول، المسؤولة، مراقب، المراقب، المنسق، المنسقة، منسق، منسقة، مبعوثه، مبعوثها، سفيره، سفيرها، نائبه، نائبها، نائبته، نائبتها، مندوبه،
مندوبها، مهاجمه، مهاجمها، مدافعه، مدافعها، حارسه، حارسها، لاعبه، لاعبها، مدربه، مدربها، الطالب، الطالبة، الراحل، الراحلة، الفقيد، الفقيدة، المرحوم، المرحومة، الأسير،
الأسيرة، المعتقل، المعتقلة، المتهم، المتهمة، الناشط، الناشطة، المدون، المدونة، الصحفي، الصحفية، الصحافي، الصحافية،
المحامي، المحامية، الطبيب، الطبيبة، الأكاديمي، الأكاديمية، المؤرخ، المفكر، الداعية، الملحن، المطرب،
المطربة، الكابتن، المصور، المصورة، المعلق، خادم الحرمين الشريفين، الأديب، الأديبة، الموظف،
الموظفة، المصرفي، المصرفية، رجل الأعمال، سيدة الأعمال، كاتب الدولة، كاتبة الدولة، المحاسب، متوسط الميدان، مدافع، مهاجم، حارس، حكم الساحة، حكم المباراة، حكم اللقاء، محامي، محامية،
المطران، مطران، المطرانة، الأسقف، أسقف، البطريرك، بطريرك، الكاردينال، الكردينال، القس، القسيس، الخوري، الأرشمندريت، الراهب، الراهبة، المفتي، مفتي
";

/// Nouns whose complement is a leader named by the surname alone (إدارة ترامب، حكومة
/// نتنياهو، عهد مبارك): cues of a discovered person's surname, like the titles.
pub const LEADER_HEADS: &[&str] = &["إدارة", "حكومة", "عهد", "نظام", "حقبة"];

/// Kinds of place that confirm a discovered one-word place right before it (the trigger words
/// of `suggest` for places, and منطقة), and the title of a province's governor, والي (والي
/// البراكنة; normalised it is also وإلى «and to», which stands before a place too), and بلدية
/// (600 وحدة ببلدية X; a body «بلدية X» is the longer match). محافظ،
/// محافظا and واليا need no entry: the matcher reads them as the cues محافظة and ولاية. The
/// words that open a list of places after a plural kind (ومنها عويسيان، أبرزها …) confirm its
/// first item; the rest are confirmed along the list by the matcher.
pub const PLACE_CUES: &[&str] = &[
    "قضاء",
    "قضائي",
    "أقضية",
    "محلة",
    "حاجز",
    "منها",
    "أبرزها",
    "بينها",
    "والي",
    "مدينة",
    "بلدة",
    "قرية",
    "محافظة",
    "ولاية",
    "إقليم",
    "مقاطعة",
    "جزيرة",
    "ميناء",
    "مخيم",
    "مخيمي",
    "مخيمات",
    "معسكر",
    "معسكرات",
    "حارة",
    "العاصمة",
    "عاصمة",
    "مطار",
    // A stadium named for a ruler (ملعب الأمير محمد بن فهد، استاد محمد الخامس): his name
    // is the place only after it.
    "ملعب",
    "استاد",
    "منطقة",
    "ناحية",
    "ناحيتي",
    "بلدات",
    "قرى",
    "بلدتي",
    "قريتي",
    "بلديات",
    "بلدية",
    // Tunisia's delegations and their delegates (معتمدية الصخيرة، معتمد الغريبة، تعيينه
    // معتمدا للغريبة، معتمدي الغريبة والصخيرة); see `suggest::delegations`.
    "معتمدية",
    "معتمد",
    "معتمدا",
    "معتمدي",
];

/// Words of a team before a club named bare in a sports report (لاعب الاتحاد، فريق التعاون،
/// على مستضيفه الوحدة، مدافع التعاون، ظهير الخلود), as written: normalising keeps them. The club after one is found in
/// [`Scan::club_after_team_word`], and a discovered club of one word is linked again only
/// after one of them, or in an article that has so named it.
pub const TEAM_WORDS: &[&str] = &[
    "فريق",
    "نادي",
    "لاعب",
    "لاعبو",
    "لاعبي",
    "مدرب",
    "مستضيفه",
    "نظيره",
    "مضيفه",
    "ضيفه",
    "جماهير",
    "جمهور",
    // A player's position before his club (مدافع التعاون، مهاجم الفيصلي، حارس الوحدات).
    "مدافع",
    "مهاجم",
    "حارس",
    "ظهير",
    // The net a side defends (هز شباك الرياض).
    "شباك",
];

/// A word of [`TEAM_WORDS`] (`word` normalised, which leaves them as they are).
pub fn is_team_word(word: &str) -> bool {
    TEAM_WORDS.contains(&word)
}

/// Kinds of place (normalised, in ة) whose dual in construct names exactly two places
/// (مدينتي جبلة وصلنفة، محافظتا نينوى والأنبار): for the matcher, the dual is the kind's cue
/// before a pair; for discovery, the pair's new name is a place. Not بلدية or جماعة: their duals name two
/// bodies by their towns (بلديتا بيت لاهيا وجباليا), and جماعتي is also «my group».
pub const DUAL_PLACE_KINDS: &[&str] = &[
    "مدينه",
    "محافظه",
    "ولايه",
    "قريه",
    "بلده",
    "منطقه",
    "ناحيه",
    "مقاطعه",
    "جزيره",
];

/// `word` (normalised, without clitics) is the dual in construct of `kind`, one of
/// [`DUAL_PLACE_KINDS`]: مدينتي or مدينتا for مدينه.
pub fn is_dual_of_place_kind(word: &str, kind: &str) -> bool {
    DUAL_PLACE_KINDS.contains(&kind) && is_dual_in_construct(word, kind)
}

/// `word` (normalised, without clitics) is the dual in construct of the noun in ة `kind`
/// (normalised, in ه): مدينتي or مدينتا for مدينه، جامعتي for جامعه.
pub fn is_dual_in_construct(word: &str, kind: &str) -> bool {
    kind.strip_suffix('ه').is_some_and(|stem| {
        DUAL_ENDINGS
            .iter()
            .any(|dual| word.strip_suffix(dual) == Some(stem))
    })
}

/// The endings of a noun in ة's dual in construct after its stem (مدين → مدينتي، مدينتا).
pub const DUAL_ENDINGS: [&str; 2] = ["تي", "تا"];

/// The side a back or winger plays on (normalised), between his position and his club (ظهير
/// أيسر الخلود): discovery reads past it to the club, and the matcher to the position as cue.
pub const PLAYING_SIDES: &[&str] = &["ايسر", "ايمن", "الايسر", "الايمن"];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every list has words and none of them is a phrase: a cue is the one word right before
    /// the name.
    #[test]
    fn every_list_is_single_words() {
        for list in [CueWords::Titles, CueWords::Places, CueWords::Teams] {
            let words = list.words();
            assert!(words.len() > 5, "{}", list.key());
            assert!(words.iter().all(|w| !w.contains(' ') && !w.is_empty()));
        }
        assert!(CueWords::Titles.words().contains(&"الرئيس"));
        assert!(CueWords::Titles.words().contains(&"إدارة"));
        assert!(!CueWords::Titles.words().contains(&"آية الله"));
    }
}
