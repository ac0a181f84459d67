//! Lists of names without titles, on made-up texts, through the public pipeline
//! (`discovery: auto`, no gazetteer).

use super::super::test_site;

fn people(body: &str) -> Vec<String> {
    test_site::people(&[body])
}

fn assert_has(found: &[String], names: &[&str]) {
    for name in names {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// A match sheet: under a club's name and a colon, players with spaces alone between them,
/// a substitute in parentheses with his minute. Given names open names, family names with
/// the article close them, and four bare words are two names of two.
#[test]
fn a_match_sheet_is_cut_into_players() {
    let found = people(
        "فاز الفريق في المباراة بهدفين في الشوط الثاني من الدوري.\n\nالاتحاد الرياضي: \
         عبد الكريم الزهراني سامي بوعلام (هشام قدور 70د) نبيل بن سالم ماهر بوزيان كوفي \
         منساه رضوان العباسي",
    );
    assert_has(
        &found,
        &[
            "عبد الكريم الزهراني",
            "سامي بوعلام",
            "هشام قدور",
            "نبيل بن سالم",
            "ماهر بوزيان",
            "كوفي منساه",
            "رضوان العباسي",
        ],
    );
    assert!(!found.iter().any(|f| f.contains("الرياضي")), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|f| f.contains("سالم ماهر") || f.contains("تونسي كوفي")),
        "{found:?}"
    );
}

/// A sheet's own labels (الأهداف:) make a match report of an article that uses few of a
/// report's words.
#[test]
fn a_sheet_label_makes_a_match_sheet() {
    let found = people(
        "الأهداف: سامي بوعلام في د12\n\nالنادي الأزرق: نبيل بن سالم سامي بوعلام كوفي منساه \
         رضوان العباسي",
    );
    assert_has(&found, &["نبيل بن سالم", "سامي بوعلام", "رضوان العباسي"]);
}

/// A label and a colon outside a match report, or a list whose words are no names opening
/// with given names, is no match sheet.
#[test]
fn a_labelled_list_needs_a_match_and_given_names() {
    let council = people(
        "اجتمع المجلس البلدي أمس لبحث الميزانية.\n\nالحضور: سامي بوعلام نبيل بن سالم رضوان \
         العباسي",
    );
    assert!(!council.iter().any(|f| f == "سامي بوعلام"), "{council:?}");
    let words = people(
        "فاز الفريق في المباراة بهدفين في الشوط الثاني من الدوري.\n\nالطقس: غيوم كثيفة رياح \
         قوية امطار غزيرة",
    );
    assert!(words.is_empty(), "{words:?}");
}

/// A label that announces no team nor part of a sheet (الملاحظات:) is followed by what
/// happened: given names that are also nouns (جمال، كمال، سعيد) make no names there.
#[test]
fn a_label_of_no_team_announces_no_players() {
    let found = people(
        "فاز الفريق في المباراة بهدفين في الشوط الثاني من الدوري.\n\nالملاحظات: جمال الأداء \
         كمال الخطة سعيد الجمهور أمين الصندوق حاضر",
    );
    assert!(found.is_empty(), "{found:?}");
}

/// A stretch of five bare words no given name cuts is not read as names.
#[test]
fn a_stretch_that_cannot_be_cut_drops_the_list() {
    let found = people(
        "فاز الفريق في المباراة بهدفين في الشوط الثاني من الدوري.\n\nالنادي الأهلي: سامي \
         بوعلام نبيل قادة كوفي منساه تيكو كنان العباسي",
    );
    assert!(found.is_empty(), "{found:?}");
}

/// The credits of a production: a name after each work, further names after commas, and a
/// name before its title (مدير المركز) ends there.
#[test]
fn the_credits_of_a_production() {
    let found = people(
        "وعرض في الختام فيلم قصير عن المدينة، سيناريو هالة منصور، تصوير كمال سعدون، جورج \
         حداد، وتصميم وإخراج نادية صبري، وتحت إشراف طارق الفرجاني مدير المهرجان.",
    );
    assert_has(
        &found,
        &[
            "هالة منصور",
            "كمال سعدون",
            "جورج حداد",
            "نادية صبري",
            "طارق الفرجاني",
        ],
    );
    assert!(!found.iter().any(|f| f.contains("مدير")), "{found:?}");
}

/// The cast after «أداء» (performance) is credited as the crew is (ومن أداء فلان، فلانة وفلان);
/// the performance of a government or of an oath names no one.
#[test]
fn the_cast_after_its_performance() {
    let found = people("والأغنية من أداء محمد منير وسميرة سعيد، وقد لاقت نجاحا كبيرا.");
    assert_has(&found, &["محمد منير", "سميرة سعيد"]);
    let found = people("وأكد أن أداء الحكومة تراجع، وأن أداء اليمين الدستورية تم أمس.");
    assert!(found.is_empty(), "{found:?}");
}

/// A match's referee after تحكيم and his assistants after بمساعدة, joined by و.
#[test]
fn the_referee_and_his_assistants() {
    let found = people(
        "جرت المباراة على ملعب المدينة تحكيم نبيل الورتاني بمساعدة سامي بوعلام ومنير بن \
         عمر والحكم الرابع كمال قدوري.",
    );
    assert_has(&found, &["نبيل الورتاني", "سامي بوعلام", "منير بن عمر"]);
}

/// After a work, a name must open with a given name: the object of a verbal noun is no
/// person (إعداد خطة عمل، تصوير مشاهد جديدة).
#[test]
fn a_credit_word_before_a_thing_names_no_one() {
    let found = people(
        "وبدأت الوزارة إعداد خطة عمل شاملة، كما بدأ تصوير جمال الطبيعة وتصوير جمال المكان، \
         وتصوير نور الشمس، في القرية بمساعدة الأهالي.",
    );
    assert!(found.is_empty(), "{found:?}");
}

/// Credits set off by commas at a clause's start are no list of names: each item is a work
/// and a name, and what comes before them (وعرض فيلم قصير) is no one.
#[test]
fn credits_are_no_unannounced_list() {
    let found = people("وعرض فيلم قصير، سيناريو هالة مرزوق، تصوير كمال سعدون.");
    let mut found = found;
    found.sort();
    assert_eq!(found, ["كمال سعدون", "هالة مرزوق"], "{found:?}");
}

/// A second common given name continues the first, even one that is also a title (أمين).
#[test]
fn a_second_given_name_continues_the_first() {
    let found = people("وسيكون المدرب نبيل أمين بوزيان تحت ضغط كبير.");
    assert_has(&found, &["نبيل أمين بوزيان"]);
}

/// A title inside a known name (النجم of a club the gazetteer knows) introduces no one.
#[test]
fn a_title_inside_a_known_name_introduces_no_one() {
    let found = test_site::discovered_with(
        &["خسر النجم الساحلي الوصيف الحالي لمتصدر طليعة البطولة في المباراة."],
        true,
    );
    assert!(
        !found
            .iter()
            .any(|(_, k)| *k == crate::load::EntityKind::Person),
        "{found:?}"
    );
}

/// «كل من» or «كلا من» announces names set off by commas or joined by و; places, titles and
/// pronouns after it are no list of names.
#[test]
fn the_names_after_each_of() {
    for text in [
        "وتضم اللجنة كلا من سامي بوعلام، نبيل قدوري ورضوان العباسي.",
        "وتضم اللجنة كلا من سامي بوعلام ونبيل قدوري ورضوان العباسي.",
    ] {
        let found = people(text);
        assert_has(&found, &["سامي بوعلام", "نبيل قدوري", "رضوان العباسي"]);
        assert!(
            !found
                .iter()
                .any(|f| f.starts_with("ونبيل") || f.starts_with("ورضوان"))
        );
    }
    let none = people(
        "وحضر القمة كل من وزير الخارجية ونظيره، وقال كل من المتحدثين إن كل من يرغب يمكنه ذلك.",
    );
    assert!(none.is_empty(), "{none:?}");
}

/// In a match sheet a name joined by و is a name of the list, without the و.
#[test]
fn a_name_joined_by_and_in_a_sheet() {
    let found = people(
        "الحكام: سامي بوعلام (ساحة)، نبيل قدوري ورضوان العباسي (مساعدان)، في المباراة \
         والدوري والشوط.",
    );
    assert_has(&found, &["سامي بوعلام", "نبيل قدوري", "رضوان العباسي"]);
}

/// An envoy's or ambassador's post after إلى or لدى, with a possessive title (مبعوثها،
/// سفيرها), and a student (الطالب) are titles before a full name.
#[test]
fn envoys_ambassadors_and_students() {
    // The gazetteer knows the places of the posts.
    let found: Vec<String> = test_site::discovered_with(
        &[
            "وقال مبعوث المنظمة إلى ليبيا كمال الحمادي إن الحل قريب، وكانت الهيئة عبر مبعوثها إلى \
         اليمن ماهر بوزيان قد اقترحت حلا، وتلا القرآن الطالب سامي بن عبدالله المعجل.",
        ],
        true,
    )
    .into_iter()
    .map(|(name, _)| name)
    .collect();
    assert_has(
        &found,
        &["كمال الحمادي", "ماهر بوزيان", "سامي بن عبدالله المعجل"],
    );
}

/// A clause that opens with و and a verb before a definite title (وتلا القرآن الشيخ) is no
/// name in apposition; one that opens with a given name is (، وليد الركراكي المدرب).
#[test]
fn and_a_verb_before_a_definite_title_is_no_name() {
    let found = people("وتلا القرآن الشيخ سامي بن عبدالله المعجل، ثم ألقى كلمة.");
    assert!(!found.iter().any(|f| f.contains("القرآن")), "{found:?}");
    let found = people("وفي المباراة، وليد الركراكي المدرب الجديد للمنتخب قال إن الفوز مهم.");
    assert_has(&found, &["وليد الركراكي"]);
}

/// Common given names chain after a title (عبدربه منصور هادي): each continues the name, even
/// one that is also an ordinary word.
#[test]
fn given_names_chain_after_a_title() {
    let found = people("حيث يقيم الرئيس عبدربه منصور هادي في المدينة منذ أشهر.");
    assert_has(&found, &["عبدربه منصور هادي"]);
}

/// The source a report quotes (عن فلان قوله) and the source after «بحسب»: a full name that
/// opens with a common given name; a description (شهود عيان، مصدر مطلع، مصادر مطلعة) or a
/// given name before a noun with the article (جمال المكان) is no one.
#[test]
fn the_source_quoted_or_according_to() {
    let found = people(
        "ونقلت الوكالة عن شهود عيان قولهم إن القصف عنيف، وعن مصدر مطلع قوله إن الوضع هادئ، \
         وعن سامي بوعلام قوله إن الاجتماع تأجل.\n\nوبحسب كمال قدوري، فإن المشروع سينتهي، \
         وبحسب مصادر مطلعة، فإن الأسعار سترتفع، وبحسب جمال المكان، لا شيء تغير.",
    );
    let mut found = found;
    found.sort();
    assert_eq!(found, ["سامي بوعلام", "كمال قدوري"], "{found:?}");
}

/// A credited name keeps its surname when another article writes that word with the article
/// (تعليق خالد هلال beside «فاز الهلال»): the list, not the site, says a name stands there.
#[test]
fn a_credited_surname_the_site_writes_as_a_club_stays_in_the_name() {
    let found = test_site::people(&[
        "وعرض الفيلم، إعداد علي داود، مونتاج أيمن محفوظ، تعليق خالد هلال، تصوير محمد فاروق.",
        "وفاز الهلال على النصر، وتقدم الهلال في الترتيب.",
    ]);
    assert_has(&found, &["خالد هلال", "محمد فاروق"]);
}

/// A credited name ends before a preposition that opens the next phrase (من إخراج فلان بعد
/// مشاركته).
#[test]
fn a_credited_name_ends_before_a_preposition() {
    let found = test_site::people(&["وعرض الفيلم من إخراج محمد خاني بعد مشاركته في المسابقة."]);
    assert!(found.contains(&"محمد خاني".to_string()), "{found:?}");
    assert!(!found.iter().any(|f| f.contains("بعد")), "{found:?}");
}

/// After «كلا من», an item set off by a comma that opens with the list's و is the name
/// without it (، وحمد المقبالي → حمد المقبالي).
#[test]
fn each_of_items_after_a_comma_lose_the_list_s_and() {
    let found = people("وتضم اللجنة كلا من سالم الكعبي، وحمد المقبالي، وسعيد المقدمي.");
    assert_has(&found, &["سالم الكعبي", "حمد المقبالي", "سعيد المقدمي"]);
    assert!(!found.iter().any(|f| f.starts_with("وحمد")), "{found:?}");
}

/// In a list after «كل من», ولد inside a Mauritanian name is «son of», not «and»: an item
/// joined by و runs past it (ومحمد سالم ولد إبراهيم فال), and so does one whose given name
/// has the article (ومحمد الأمين ولد بوبات).
#[test]
fn each_of_mauritanian_names_with_their_son_of() {
    let found =
        people("إضافة إلى كل من محمد سالم ولد إبراهيم فال ومحمد ولد امصبوع ومحمد الأمين ولد بوبات.");
    assert_has(
        &found,
        &[
            "محمد سالم ولد إبراهيم فال",
            "محمد ولد امصبوع",
            "محمد الأمين ولد بوبات",
        ],
    );
    let found = people("وتضم اللجنة كلا من أحمد ولد داداه وسيدي محمد ولد سالم فال.");
    assert_has(&found, &["أحمد ولد داداه", "سيدي محمد ولد سالم فال"]);
    assert!(!found.iter().any(|f| f.ends_with("ولد")), "{found:?}");
}

/// After «كل من» each scorer's goal is told after his name (عن طريق ضربة جزاء بالدقيقة 21،
/// بالدقيقة 10): the list goes on at the next name in و, after a comma or not, and the last
/// detail ends it; a comma before «ووزير الخارجية», no name, still ends the list unread.
#[test]
fn each_of_scorers_with_their_goals() {
    let found = people(
        "وسجل هدفي الشرطة كل من وليد سالم عن طريق ضربة جزاء بالدقيقة 21، وعلاء عبد الزهرة \
         بالدقيقة 62، فيما سجل هدف الحدود حسام.",
    );
    assert_has(&found, &["وليد سالم", "علاء عبد الزهرة"]);
    let found = people("وسجل للفريق كل من محمد علي بالدقيقة 10 وأحمد خالد بالدقيقة 80.");
    assert_has(&found, &["محمد علي", "أحمد خالد"]);
    let found = people("وشارك كل من محمد علي في الجلسة الأولى، ووزير الخارجية في الثانية.");
    assert!(found.is_empty(), "{found:?}");
}

/// A player's role with the club's pronoun (عبر مهاجمه، مدافعها، لاعبه) is a title before the
/// player's full name, as the role with the article is.
#[test]
fn a_players_role_with_the_clubs_pronoun() {
    let found = people(
        "وأخذ الفريق الأسبقية في الدقيقة 17 عبر مهاجمه فريد الملالي، الذي استغل ارتباكا \
         دفاعيا. وتعادل الضيوف بواسطة مدافعهم، ثم أضاف لاعبه سامي بوعلام هدفا ثانيا.",
    );
    assert_has(&found, &["فريد الملالي", "سامي بوعلام"]);
    assert!(!found.iter().any(|f| f.contains("ثم")), "{found:?}");
}

/// A short surname ending like a plural of relation (بنيون، ليون) is a name word; a plural
/// of relation on a longer stem after a name is not (وقال محمد علي المصريون …).
#[test]
fn a_short_surname_in_yun_is_a_name() {
    let found = people(
        "وسجل الضيوف في الدقيقة الخامسة من المباراة عن طريق يوسي بنيون، وقال ماركو ليون إن \
         الفوز مستحق.",
    );
    assert_has(&found, &["يوسي بنيون", "ماركو ليون"]);
    // وفي after the name opens the next phrase (and in the 32nd minute …).
    let found = people(
        "ونجح الضيوف في المباراة بهز الشباك مرتين في الدقيقة الخامسة عن طريق يوسي بنيون وفي \
         الدقيقة 32 عن طريق اللاعب إليران عطار.",
    );
    assert_has(&found, &["يوسي بنيون", "إليران عطار"]);
    let found = people("وقال ماركو فلسطينيون إن الفوز مستحق.");
    assert!(found.is_empty(), "{found:?}");
}
