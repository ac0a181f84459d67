//! The suggester on real Arabic news phrases: the trigger rules one by one, recurrence,
//! quotes, merging, and what must never be suggested.

use std::path::Path;

use super::examples::{MAX_SENTENCE_WORDS, sentence_around, sentence_in};
use super::tokens::tokenize;
use super::*;
use crate::{BuildOptions, analyse_site};

/// A registry entity file: id, kind, name and aliases.
type EntityFile = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
);

/// A small registry: the names the sample texts use as context.
const REGISTRY: &[EntityFile] = &[
    ("putin", "person", "فلاديمير بوتين", &["بوتين"]),
    ("russia", "place", "روسيا", &[]),
    ("iran", "place", "إيران", &[]),
    ("kremlin", "organization", "الكرملين", &[]),
    ("usa", "place", "الولايات المتحدة", &[]),
    ("lebanon", "place", "لبنان", &[]),
    ("israel", "place", "إسرائيل", &[]),
    ("saudi", "place", "السعودية", &["المملكة العربية السعودية"]),
    ("beirut", "place", "بيروت", &[]),
];

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("folder");
    }
    std::fs::write(path, text).expect("file");
}

/// Suggestions for a site of articles given as bodies (content/articles/0.md …), with
/// `entities` as its registry, built through the public pipeline.
fn suggest_with(bodies: &[&str], entities: &[EntityFile]) -> Vec<Suggestion> {
    suggest(&site_with(bodies, entities))
}

/// The analysed site of [`suggest_with`].
fn site_with(bodies: &[&str], entities: &[EntityFile]) -> crate::AnalysedSite {
    let dir = tempfile::tempdir().expect("temporary folder");
    let root = dir.path();
    write(
        root,
        "config.yaml",
        // The engine is tested against `entities` alone: the gazetteer would know أوبك.
        "title: t\nbase_url: https://example.org/\ngazetteer: false\n",
    );
    for (id, kind, name, aliases) in entities {
        let text = format!(
            "---\nid: {id}\ntype: {kind}\nname: {name}\naliases: [{}]\n---\n",
            aliases.join(", ")
        );
        write(root, &format!("content/entities/{id}.md"), &text);
    }
    for (i, body) in bodies.iter().enumerate() {
        let text = format!("---\ntitle: خبر\nslug: a{i}\n---\n\n{body}\n");
        write(root, &format!("content/articles/{i}.md"), &text);
    }
    analyse_site(&BuildOptions {
        root: root.to_path_buf(),
        ..Default::default()
    })
    .expect("site")
}

/// Suggestions for articles given as bodies, against [`REGISTRY`].
fn suggest_for(bodies: &[&str]) -> Vec<Suggestion> {
    suggest_with(bodies, REGISTRY)
}

fn names(list: &[Suggestion]) -> Vec<&str> {
    list.iter().map(|s| s.name.as_str()).collect()
}

fn find<'a>(list: &'a [Suggestion], name: &str) -> &'a Suggestion {
    list.iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("{name} not in {:?}", names(list)))
}

/// The single name the trigger rules find in `text`, with its kind.
fn only(text: &str) -> (String, Option<EntityKind>) {
    let list = suggest_for(&[text]);
    assert_eq!(list.len(), 1, "{text}: {:?}", names(&list));
    (list[0].name.clone(), list[0].kind_hint)
}

mod output;

#[test]
fn a_name_after_a_title_skips_the_demonym() {
    let cases = [
        (
            "قال الرئيس الفرنسي إيمانويل ماكرون إن الحوار ضروري.",
            "إيمانويل ماكرون",
        ),
        (
            "في عهد الرئيس آنذاك دونالد ترامب ، انسحبت واشنطن.",
            "دونالد ترامب",
        ),
        (
            "التقى بوتين ونظيرهما التركي رجب طيب أردوغان.",
            "رجب طيب أردوغان",
        ),
        (
            "وقال الرئيس السوري بشار الأسد للصحفيين إن الوضع تحسن.",
            "بشار الأسد",
        ),
        ("وصل الأمير محمد بن سلمان إلى الرياض.", "محمد بن سلمان"),
        (
            "وقال الشيخ تميم بن حمد آل ثاني إن قطر تدعم الحوار.",
            "تميم بن حمد آل ثاني",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(
            only(text),
            (want.to_string(), Some(EntityKind::Person)),
            "{text}"
        );
    }
}

#[test]
fn a_name_after_a_role_complement() {
    let cases = [
        (
            "وقال المتحدث باسم الكرملين ديمتري بيسكوف للصحفيين إن اللقاء مهم.",
            "ديمتري بيسكوف",
        ),
        (
            "وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات بناءة.",
            "سيرغي لافروف",
        ),
        ("وأكد وزير خارجية روسيا سيرغي لافروف الموقف.", "سيرغي لافروف"),
        ("ووجه المرشد الأعلى آية الله علي خامنئي رسالة.", "علي خامنئي"),
        (
            "وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الحرب مستمرة.",
            "بنيامين نتنياهو",
        ),
        (
            "وأكد الأمين العام للأمم المتحدة أنطونيو غوتيريش ضرورة التهدئة.",
            "أنطونيو غوتيريش",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(
            only(text),
            (want.to_string(), Some(EntityKind::Person)),
            "{text}"
        );
    }
}

#[test]
fn organisations_and_places_after_their_kind_word() {
    let cases = [
        (
            "وذكرت وكالة «تسنيم» الإيرانية أن الوفد وصل.",
            "تسنيم",
            EntityKind::Organization,
        ),
        (
            "ونقلت وكالة رويترز عن مصادر قولها إن الاتفاق قريب.",
            "رويترز",
            EntityKind::Organization,
        ),
        (
            "وقال قيادي في حركة الجهاد الإسلامي إن الهدنة صامدة.",
            "حركة الجهاد الإسلامي",
            EntityKind::Organization,
        ),
        (
            "وتأتي الزيارة بعد اجتماع في العاصمة القطرية الدوحة أمس.",
            "الدوحة",
            EntityKind::Place,
        ),
        (
            "وسقطت قذائف على مدينة حلب شمال البلاد.",
            "حلب",
            EntityKind::Place,
        ),
    ];
    for (text, want, kind) in cases {
        assert_eq!(only(text), (want.to_string(), Some(kind)), "{text}");
    }
}

#[test]
fn a_title_before_a_registered_person_or_an_ordinary_word_suggests_nothing() {
    let texts = [
        "استضاف الرئيس الروسي فلاديمير بوتين نظيره الإيراني الأربعاء.",
        "وأشاد الرئيس الروسي بتطوير العلاقات بين البلدين.",
        "ويأمل الرئيس الإيراني أن تنجح جهود إيران.",
        "وتعهد رئيس النظام الإيراني بأن إيران لن تتوقف.",
        "وقال الرئيس الروسي: العلاقات جيدة.",
        "دعا رئيسي نظيره الروسي إلى زيارة طهران.",
        "وقال الأخ القائد نقل إليه أطيب تحياته.",
        "وذكرت الوكالة الرسمية أن الوفد وصل.",
        "وتراجعت حركة الملاحة في الميناء.",
        "وأشار رئيسي الذي يتهم بلده بتزويد البلاد بطائرات.",
    ];
    for text in texts {
        let list = suggest_for(&[text]);
        assert!(list.is_empty(), "{text}: {:?}", names(&list));
    }
}

#[test]
fn a_single_word_after_a_title_needs_a_second_occurrence() {
    let once = suggest_for(&["وقال الرئيس ماكرون إن فرنسا مستعدة."]);
    assert!(once.is_empty(), "{:?}", names(&once));
    let twice = suggest_for(&[
        "وقال الرئيس ماكرون إن فرنسا مستعدة.",
        "وأضاف ماكرون أن الحوار ضروري.",
    ]);
    assert_eq!(names(&twice), ["ماكرون"]);
    assert_eq!(twice[0].count, 2);
}

#[test]
fn recurring_names_and_surnames_are_counted_and_merged() {
    let list = suggest_for(&[
        "التقى آموس هوكشتاين في بيروت مسؤولين. وقال هوكشتاين إن الحل ممكن.",
        "وعاد آموس هوكشتاين إلى بيروت، ولآموس هوكشتاين خبرة طويلة.",
        "وقال الرئيس آنذاك دونالد ترامب إن الاتفاق سيئ. ثم انتقد ترامب إيران، وقال لترامب مستشاروه.",
    ]);
    let amos = find(&list, "آموس هوكشتاين");
    assert_eq!(amos.count, 3, "the full name three times, with ل once");
    let trump = find(&list, "دونالد ترامب");
    assert_eq!(trump.count, 3, "the full name, then ترامب and لترامب alone");
    assert_eq!(trump.kind_hint, Some(EntityKind::Person));
    assert_eq!(
        names(&list),
        ["آموس هوكشتاين", "دونالد ترامب"],
        "ranked by count, then first seen"
    );
}

/// محمد closing a full name (the father's: احمد امبارك محمد) counts nowhere else: alone it
/// opens other men's names (محمد بربص موسى) far more often than it stands for this one.
#[test]
fn the_most_common_given_name_is_nobody_s_surname() {
    let list = suggest_for(&["وهذه قائمة المرشحين لرئاسة الجهة:\n\n\
         1. الطالب احمد امبارك محمد العبد حزب التحالف الشعبي\n\
         2. محمد بربص موسى حزب البناء والتقدم\n\
         3. احمد محمد المامي حزب الإصلاح"]);
    assert_eq!(find(&list, "احمد امبارك محمد").count, 1);
}

#[test]
fn spelling_variants_merge_under_the_most_frequent_form() {
    let list = suggest_for(&[
        "قال الرئيس التركي رجب طيب أردوغان إن بلاده مستعدة.",
        "واستقبل رجب طيّب اردوغان الوفد. وأكد رجب طيب أردوغان الموقف.",
    ]);
    assert_eq!(names(&list), ["رجب طيب أردوغان"]);
    assert_eq!(list[0].count, 3);
}

#[test]
fn quoted_names_recur() {
    let list = suggest_for(&[
        "وأعلنت «أوبك» خفض الإنتاج.",
        "وقالت مصادر في «أوبك» إن القرار نهائي، ونفت «إبادة» ذلك.",
    ]);
    assert_eq!(names(&list), ["أوبك"]);
}

#[test]
fn ordinary_phrases_are_not_names() {
    let list = suggest_for(&[
        "بوتين: دعم موسكو كان عاملاً حاسمًا في الحرب. وأصبح عاملا حاسما مرة أخرى.",
        "نقل أطيب تحياته إلى المرشد. ونقل أطيب تحياته مجددا. طائرات مسيرة إيرانية وطائرات مسيرة إيرانية.",
        "تعزيز التعاون المشترك بين البلدين، وتعزيز التعاون المشترك مع الجيران.",
        "وجها لوجه. وجها لوجه.",
    ]);
    assert!(list.is_empty(), "{:?}", names(&list));
}

#[test]
fn nothing_registered_is_suggested_even_with_clitics_or_unconfirmed() {
    let list = suggest_for(&[
        "وقال الرئيس الروسي فلاديمير بوتين إن روسيا ولروسيا مصالح. وقال بوتين وبوتين.",
    ]);
    assert!(list.is_empty(), "{:?}", names(&list));
}

#[test]
fn names_beginning_with_a_hamza_alef_are_not_definite() {
    let text = "وقال نائب رئيس الوزراء الروسي ألكسندر نوفاك إن روسيا ملتزمة.";
    assert_eq!(
        only(text),
        ("ألكسندر نوفاك".to_string(), Some(EntityKind::Person))
    );
}

#[test]
fn long_names_with_particles() {
    let text = "وقال الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا إن المجموعة مهمة.";
    assert_eq!(only(text).0, "لويس إيناسيو لولا دا سيلفا");
    let list = suggest_for(&[
        "تتواصل المعارك بين الجيش بقيادة الفريق أول عبد الفتاح البرهان وقوات أخرى. وقال البرهان إن الجيش صامد.",
    ]);
    let burhan = find(&list, "عبد الفتاح البرهان");
    assert_eq!(
        (burhan.count, burhan.kind_hint),
        (2, Some(EntityKind::Person))
    );
}

#[test]
fn places_with_a_definite_second_word_and_organisations_without_a_demonym() {
    assert_eq!(
        only("شن الطيران غارات على بلدة عيتا الشعب فجر اليوم."),
        ("عيتا الشعب".to_string(), Some(EntityKind::Place))
    );
    let list = suggest_for(&[
        "أعلن حزب الله اللبناني أن مقاتليه استهدفوا موقعا. وقال الأمين العام لحزب الله حسن نصر الله إن المقاومة مستعدة.",
    ]);
    let hezbollah = find(&list, "حزب الله");
    assert_eq!(
        (hezbollah.count, hezbollah.kind_hint),
        (2, Some(EntityKind::Organization))
    );
    find(&list, "حسن نصر الله");
    assert_eq!(list.len(), 2, "{:?}", names(&list));
}

#[test]
fn a_name_spelled_like_a_function_word() {
    let text = "ووجه المرشد الأعلى آية الله علي خامنئي رسالة إلى الحجاج.";
    assert_eq!(only(text).0, "علي خامنئي");
    let list = suggest_for(&["وقال الرئيس الروسي على الهامش إن اللقاء مفيد."]);
    assert!(list.is_empty(), "{:?}", names(&list));
}

#[test]
fn a_title_in_construct_form_takes_its_complement_first() {
    let cases = [
        (
            "وقال رئيس وزراء بريطانيا كير ستارمر إن الحكومة مستعدة.",
            "كير ستارمر",
        ),
        (
            "في المقابل، قال مدرب برشلونة تشافي هيرنانديز إن الحكم أخطأ.",
            "تشافي هيرنانديز",
        ),
        (
            "وقال مدير وكالة الطاقة الذرية رافائيل غروسي إن التفتيش مستمر.",
            "رافائيل غروسي",
        ),
    ];
    for (text, want) in cases {
        let list = suggest_for(&[text]);
        let person = list
            .iter()
            .find(|s| s.kind_hint == Some(EntityKind::Person));
        assert_eq!(
            person.map(|s| s.name.as_str()),
            Some(want),
            "{text}: {:?}",
            names(&list)
        );
    }
}

#[test]
fn a_recurring_name_is_cut_from_the_front_of_a_person() {
    let list = suggest_for(&[
        "فاز فريق ريال مدريد على ضيفه. وبهذا الفوز يبتعد ريال مدريد في الصدارة.",
        "وقال مدرب ريال مدريد كارلو أنشيلوتي إن فريقه قدم أداء رائعا. وأضاف أنشيلوتي أن الفوز مستحق.",
    ]);
    assert_eq!(names(&list), ["ريال مدريد", "كارلو أنشيلوتي"]);
    assert_eq!(list[0].count, 3);
    assert_eq!(list[1].count, 2);
}

/// A man's given and father's names recur as the start of other men's names (محمد علي العبار,
/// محمد علي حبوها): recurring, they are no name of their own to cut from the front.
#[test]
fn recurring_given_names_are_not_cut_from_the_front_of_a_person() {
    let list = suggest_for(&[
        "وقال رجل الأعمال محمد علي العبار إن المشروع ناجح. وأضاف محمد علي العبار أن العمل مستمر.",
        "وأكد محمد علي في بيانه أن الشركة تنمو.",
        "وقال الوزير محمد علي حبوها إن الميزانية جاهزة.",
    ]);
    assert!(
        names(&list).contains(&"محمد علي حبوها"),
        "{:?}",
        names(&list)
    );
}

#[test]
fn a_noun_in_ta_marbuta_after_a_title_needs_a_second_sighting() {
    let once = suggest_for(&["وأعلن الرئيس الأمريكي حالة طوارئ في الولاية."]);
    assert!(once.is_empty(), "{:?}", names(&once));
    let twice = suggest_for(&[
        "وقال القائد أسامة حمدان إن الحركة صامدة. وأضاف أسامة حمدان أن المفاوضات متعثرة.",
    ]);
    assert_eq!(names(&twice), ["أسامة حمدان"]);
}

/// A person's name ends before an indefinite accusative, even one whose stem the site never
/// writes alone: two words in ا that agree are a phrase after the name (issue 14: «عمر مروان
/// وزيرا»; before, «مصطفى مدبولي اجتماعا موسعا» was suggested as one name).
#[test]
fn a_name_ends_before_an_accusative_phrase() {
    let list = suggest_for(&[
        "عقد رئيس الوزراء مصطفى مدبولي اجتماعا موسعا في القاهرة.",
        "وكان الرئيس عمر مروان وزيرا للعدل قبل عامين.",
    ]);
    assert!(names(&list).contains(&"مصطفى مدبولي"), "{:?}", names(&list));
    assert!(names(&list).contains(&"عمر مروان"), "{:?}", names(&list));
    assert!(
        !names(&list)
            .iter()
            .any(|n| n.contains("اجتماعا") || n.contains("وزيرا")),
        "{:?}",
        names(&list)
    );
}

/// Ordinary words after a title are never a one-word name, however often they recur: a
/// number word (اللاعب رقم واحد) and the future of a listed verb (الرئيس سيلتقي), even when the
/// site never writes the verb without its prefix.
#[test]
fn ordinary_words_after_a_title_are_not_names() {
    let list = suggest_for(&[
        "ستكون الجماهير اللاعب رقم واحد. وأن الرئيس سيلتقي الوزراء.",
        "كانت الجماهير اللاعب رقم واحد. ثم إن الرئيس سيلتقي السفراء.",
    ]);
    assert!(
        !names(&list).iter().any(|n| *n == "رقم" || *n == "سيلتقي"),
        "{:?}",
        names(&list)
    );
}

/// In a sports report a definite word after a word of the team is a club named bare (فريق
/// الاتفاق، لاعبي الاتفاق); a noun of the game there is none (لاعب الوسط), nor is any word after
/// a team word outside a sports report.
#[test]
fn a_club_named_bare_after_a_word_of_its_team() {
    let report = "وخسر فريق الاتفاق أمام ضيفه في الدقيقة الأخيرة من مباراة الدوري، بعدما أهدر \
                  لاعبي الاتفاق فرصا كثيرة، وغاب لاعب الوسط عن التشكيلة.";
    let list = suggest_for(&[report]);
    let club = find(&list, "الاتفاق");
    assert_eq!(club.kind_hint, Some(EntityKind::Organization));
    assert!(!names(&list).contains(&"الوسط"), "{:?}", names(&list));
    let elsewhere = "وقال إن فريق العمل في الشركة يبحث مع لاعبي الاتفاق النووي مستقبل الحوار.";
    let list = suggest_for(&[elsewhere]);
    assert!(!names(&list).contains(&"الاتفاق"), "{:?}", names(&list));
}

/// A player's position after his name and a comma is an apposition: the definite word after
/// it, past a back's side, is his club, found from that one sentence (محمد الدوسري، مدافع
/// التعاون؛ سعد العبيدي، ظهير أيسر الخلود). Without the comma the position is one weak
/// sign; a noun of the game after it (مدافع الفريق) is no club.
#[test]
fn a_player_s_position_after_his_name_names_his_club() {
    let report = "فاز فريق الرائد على ضيفه بهدف دون رد في المباراة التي جرت مساء أمس ضمن \
                  الجولة العاشرة من الدوري، بعدما سجل محمد الدوسري، مدافع التعاون، هدفا عكسيا \
                  في الشوط الأول.\n\nوفي مباراة أخرى أحرز سعد العبيدي، ظهير أيسر الخلود، هدفا \
                  بالخطأ في مرمى فريقه، وتألق مدافع الفريق.";
    let list = suggest_for(&[report]);
    for name in ["التعاون", "الخلود"] {
        let club = find(&list, name);
        assert_eq!(club.kind_hint, Some(EntityKind::Organization));
    }
    assert!(!names(&list).contains(&"الفريق"), "{:?}", names(&list));
    let found = super::test_site::bodies_discovered(&[report]);
    for name in ["التعاون", "الخلود"] {
        assert!(found.iter().any(|n| n == name), "«{name}» not in {found:?}");
    }
}

/// A noun and its adjective in the indefinite accusative after a title or a head (أصدر
/// القاضي قرارا قضائيا) is the verb's object, never a name; a name in ا after a title stays.
#[test]
fn an_accusative_noun_and_adjective_is_no_name() {
    let found = suggest_for(&[
        "وأصدر القاضي قرارا قضائيا يقضي بالإفراج عنه. وكان قرار قضائي سابق قد صدر.",
        "وأصدرت محكمة قرارا قضائيا آخر. وقالت المحامية ماريا سانتوس إن القرار نهائي.",
    ]);
    let found = names(&found);
    assert!(!found.iter().any(|n| n.contains("قرارا")), "{found:?}");
}

/// The page of a name the site spells two ways is titled with the careful spelling, even when
/// the hasty one (no hamza, ه for ة) is written more often; among equally careful ones the
/// most frequent wins.
#[test]
fn a_name_is_shown_in_its_careful_spelling() {
    let found = super::test_site::discovered(&[
        "وأعلنت وزاره الاسكان البدء في المشروع.",
        "وقالت وزاره الاسكان إن العمل بدأ.",
        "وأكدت وزارة الإسكان أن الوحدات جاهزة.",
    ]);
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert!(names.contains(&"وزارة الإسكان"), "{names:?}");
    assert!(!names.contains(&"وزاره الاسكان"), "{names:?}");
    assert_eq!(super::shown_name::careful_letters("وزاره الاسكان"), 0);
    assert_eq!(super::shown_name::careful_letters("وزارة الإسكان"), 2);
}

/// A town the gazetteer holds only as an ambiguous name (صور: Tyre, or «pictures») inside a
/// longer name is no sign that the name is known: the player is found. The town's name alone
/// is still the gazetteer's, never a new entity.
#[test]
fn a_town_named_like_a_word_hides_no_longer_name() {
    let found = super::test_site::discovered_with(
        &[
            "وقال اللاعب خالد صور إن الفريق جاهز للمباراة.",
            "وسجل اللاعب خالد صور الهدف الثاني في الدقيقة الأخيرة.",
            "وزار الوفد مدينة صور ومدينة صور القديمة.",
        ],
        true,
    );
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert!(names.contains(&"خالد صور"), "{names:?}");
    assert!(!names.contains(&"صور"), "{names:?}");
}

/// A name a scrape stretched with tatweel is shown without it, under the same id: the page of
/// «وزارة الفلاحــة والتنمية الريفيــة» is titled «وزارة الفلاحة والتنمية الريفية».
#[test]
fn a_name_stretched_with_tatweel_is_shown_without_it() {
    let found = suggest_with(
        &[
            "وأعلنت وزارة الفلاحــة والتنمية الريفيــة عن حملة الحصاد.",
            "وقالت وزارة الفلاحة والتنمية الريفية إن المحصول وفير.",
        ],
        REGISTRY,
    );
    let ministry = found
        .iter()
        .find(|s| s.id == "وزارة-الفلاحة-والتنمية-الريفية")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(ministry.name, "وزارة الفلاحة والتنمية الريفية");
    assert!(
        !found.iter().any(|s| s.name.contains('\u{0640}')),
        "{found:?}"
    );
}

#[test]
fn a_hamza_typed_after_maqsura_is_shown_as_the_letter() {
    let found = suggest_with(
        &[
            "وأعلنت هيئة الموانىء البحرية عن رسو السفينة.",
            "وقالت هيئة الموانىء البحرية إن العمل مستمر.",
        ],
        REGISTRY,
    );
    let body = found
        .iter()
        .find(|s| s.name.starts_with("هيئة"))
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(body.name, "هيئة الموانئ البحرية");
    assert_eq!(body.id, "هيئة-الموانئ-البحرية");
}
