//! Places discovery adds to the gazetteer: a place after its kind word, towns in lists and with
//! their province, camps, venues and districts with their kind word, names on common nouns.

use super::*;

#[test]
fn a_place_after_its_kind_word_is_linked_and_a_one_word_one_only_after_a_kind_word() {
    let (found, linked) = discover(
        &[
            "وأعلن المسؤولون بدء المجاعة في مخيم زمزم للنازحين، وفي إقليم جبل العرب في الجنوب.",
            "ويشرب الحجاج ماء زمزم كل يوم.",
            // عدن is the gazetteer's: the adjective after it is no place.
            "وشهدت محافظة عدن الخاضعة لسلطة المجلس انقطاعا للكهرباء.",
        ],
        &[],
        true,
    );
    let names = names(&found);
    assert!(names.contains(&"زمزم"), "{names:?}");
    assert!(names.contains(&"جبل العرب"), "{names:?}");
    assert!(!names.contains(&"الخاضعة"), "{names:?}");
    let zamzam = linked.iter().filter(|(s, _)| s == "زمزم").count();
    assert_eq!(zamzam, 1, "the camp, not the well's water: {linked:?}");
}

/// A governor's title before a one-word place found after its kind word elsewhere names it
/// as the kind word does (والي تامرت، عُيّن واليا لتامرت، محافظ تامرت); bare, it stays unlinked.
#[test]
fn a_governor_s_title_is_a_cue_of_a_discovered_one_word_place() {
    let (_, linked) = discover(
        &[
            "وتفقد الوزير مشاريع الطرق في ولاية تامرت أمس.",
            "وعين مجلس الوزراء أحمد سالم واليا لتامرت بعد إقالة سلفه.",
            "واستقبل والي تامرت الوفد، وقال محافظ تامرت السابق إن المشروع تأخر.",
            "وقال الشاعر إن تامرت تسكن قصائده.",
        ],
        &[],
        true,
    );
    let tamert = linked.iter().filter(|(s, _)| s.contains("تامرت")).count();
    assert_eq!(tamert, 4, "{linked:?}");
}

/// Towns listed each with its province are linked where they stand, before «في ولاية …»;
/// elsewhere a one-word town still needs its kind word.
#[test]
fn towns_listed_each_with_its_province_are_linked_before_it() {
    let (_, linked) = discover(
        &[
            "وقال الوزير إن عواصم المقاطعات هي تامرت في ولاية الساحل، وبيرام في ولاية الجبل الغربي، وبوتلميت بولاية النهر، وكرمسين في ولاية الواحات.",
            "وقال الشاعر إن بيرام تسكن قصائده.",
        ],
        &[],
        true,
    );
    let surfaces: Vec<&str> = linked.iter().map(|(s, _)| s.as_str()).collect();
    for town in ["وبيرام", "وبوتلميت"] {
        assert!(surfaces.contains(&town), "«{town}» not in {surfaces:?}");
    }
    assert_eq!(
        surfaces.iter().filter(|s| s.contains("بيرام")).count(),
        1,
        "{surfaces:?}"
    );
}

#[test]
fn the_camps_named_after_a_dual_and_the_armed_forces_of_sudan() {
    let (found, linked) = discover(
        &[
            "ويشتبه الخبراء في أن مخيمي أبو شوك والسلام يشهدان أيضا مجاعة، فيما تقاتل القوات المسلحة السودانية في الفاشر.",
        ],
        &[],
        true,
    );
    let names = names(&found);
    assert!(names.contains(&"أبو شوك"), "{names:?}");
    assert!(
        linked.iter().any(|(_, id)| id == "sudanese-armed-forces"),
        "{linked:?}"
    );
}

#[test]
fn towns_listed_after_a_plural_kind_of_place() {
    let (found, linked) = discover(
        &[
            "ودهمت قوات الاحتلال بلدات الخضر وبيت سكاريا وتقوع واعتقلت عشرة شبان.",
            "وستنال بلديات تقوع وبيت سكاريا ستمئة مسكن جديد.",
            "ووافقت الوزارة على إحداث مستشفى جهوي بمنطقة قرمدة.",
            "وشكل أهالي ناحيتي شران والمعبطلي مجلسين محليين.",
            "وستكون منطقة حرة للتجارة، فالاقتصاد حر والسوق مفتوحة.",
            "وطالبوا بإقامة منطقة عازلة على الحدود.",
            // Right after a title the plural is still the towns' (before: a person «بلديات
            // النسيم»).
            "وتفقد الوزير بلديات النسيم والمعراض في محافظة جرش.",
        ],
        &[],
        true,
    );
    let places = of_kind(&found, EntityKind::Place);
    for name in [
        "الخضر",
        "بيت سكاريا",
        "تقوع",
        "قرمدة",
        "شران",
        "المعبطلي",
        "النسيم",
        "المعراض",
    ] {
        assert!(places.contains(&name), "«{name}» not in {places:?}");
    }
    let people = of_kind(&found, EntityKind::Person);
    assert!(!people.iter().any(|p| p.contains("بلديات")), "{people:?}");
    assert!(linked.iter().any(|(s, _)| s == "وبيت سكاريا"), "{linked:?}");
    // A list goes on with و or a comma: the words after its last town are the sentence's.
    assert!(
        !places
            .iter()
            .any(|p| p.contains("ستمئة") || p.contains("مسكن") || p.contains("مجلسين")),
        "{places:?}"
    );
    // «منطقة حرة» is a free zone: حرة is the feminine of حر, which the site writes; عازلة is
    // a participle.
    assert!(
        !places
            .iter()
            .any(|n| n.contains("اعتقلت") || n.contains("حرة") || n.contains("عازلة")),
        "{places:?}"
    );
}

#[test]
fn a_name_of_two_halves_joined_by_a_hyphen_is_one_place() {
    let (found, linked) = discover(
        &[
            "وعقد اجتماع في مبنى محافظة كسروان - الفتوح بحضور رؤساء البلديات.\n\n\
             وهنأ محافظ كسروان الفتوح الفائزين في الانتخابات.",
            "وعقد اجتماع في مبنى محافظة بعلبك - الهرمل بحضور رؤساء البلديات.\n\n\
             وهنأ محافظ بعلبك الهرمل الفائزين في الانتخابات.",
            "وعقد مجلس بلدية الرام - الجوبانية جلسة برئاسة رئيس البلدية، وانتخب نائبا للرئيس.",
        ],
        &[],
        true,
    );
    let places = of_kind(&found, EntityKind::Place);
    assert!(places.contains(&"كسروان - الفتوح"), "{places:?}");
    let orgs = of_kind(&found, EntityKind::Organization);
    assert!(orgs.contains(&"مجلس بلدية الرام - الجوبانية"), "{orgs:?}");
    assert!(
        linked
            .iter()
            .any(|(s, id)| s == "كسروان الفتوح" && id == "كسروان-الفتوح"),
        "{linked:?}"
    );
    // Baalbek-Hermel is the gazetteer's governorate (issue 13): the town of Baalbek is never
    // linked inside its name, with or without the hyphen.
    assert!(!linked.iter().any(|(_, id)| id == "baalbek"), "{linked:?}");
    for surface in ["بعلبك - الهرمل", "بعلبك الهرمل"] {
        assert!(
            linked
                .iter()
                .any(|(s, id)| s == surface && id == "baalbek-hermel"),
            "{surface}: {linked:?}"
        );
    }
}

#[test]
fn place_names_built_on_a_common_noun_where_a_place_is_expected() {
    let (found, _) = discover(
        &[
            "واقتحمت القوات بلدة بيت مرسم غرب الخليل، وبلدات الخضر وجبل الموالح.",
            "وتجمع المستوطنون في \"جبل صبيح\" قرب بلدة بيتا.",
            "وقال إن بيت القصيد في الخطاب هو الاقتصاد، وإن جبل الجليد يذوب.",
        ],
        &[],
        true,
    );
    let places = of_kind(&found, EntityKind::Place);
    for name in ["بيت مرسم", "جبل الموالح", "جبل صبيح"] {
        assert!(places.contains(&name), "«{name}» not in {places:?}");
    }
    // Outside a place's context the same nouns are only nouns.
    assert!(
        !places
            .iter()
            .any(|n| n.contains("القصيد") || n.contains("الجليد")),
        "{places:?}"
    );
}

#[test]
fn districts_and_temples_named_with_their_kind_and_their_adjectives_are_not_names() {
    let (found, _) = discover(
        &[
            "وأقيم الحفل في منزل السفير في حي السفارات بالرياض.",
            "وزار الوفد معبد الأسود المجنحة في المدينة القديمة.",
            "وما زال الجاني حي يرزق، ورمم الأهالي كنيسة قديمة ومعبد صغير.",
        ],
        &[],
        true,
    );
    let places = of_kind(&found, EntityKind::Place);
    for name in ["حي السفارات", "معبد الأسود"] {
        assert!(places.contains(&name), "«{name}» not in {places:?}");
    }
    for junk in ["يرزق", "قديمة", "صغير"] {
        assert!(!places.iter().any(|p| p.contains(junk)), "{places:?}");
    }
}

/// Towns after «بلديات», parted by commas with و before the last, the last of two halves
/// joined by a hyphen (بلديات معربون، يونين، والرام- الجوبانية).
#[test]
fn towns_listed_after_municipalities_with_commas() {
    let (found, linked) = discover(
        &[
            "وانتخب المجلس نائب رئيس لكل من بلديات معربون، يونين، والرام- الجوبانية.",
            "وتنتشر على الساحل بلدات صغيرة، ويعمل سكانها بالصيد.",
        ],
        &[],
        true,
    );
    let places = of_kind(&found, EntityKind::Place);
    for name in ["معربون", "يونين", "الرام- الجوبانية"] {
        assert!(places.contains(&name), "«{name}» not in {places:?}");
    }
    assert!(linked.iter().any(|(s, _)| s == "معربون"), "{linked:?}");
    // A plural of things takes a feminine adjective: صغيرة is no town.
    assert!(!places.contains(&"صغيرة"), "{places:?}");
}

/// A venue named by one bare word and a definite adjective (استاد خليفة الدولي) is a name; a
/// bare word alone after the kind word may be its adjective (ملعب كبير). A hospital is named by
/// one word after its head (مستشفى القلب، مستشفى السياب).
#[test]
fn a_venue_with_its_adjective_and_a_hospital_by_one_word() {
    let (found, _) = discover(
        &[
            "وتقام المباراة النهائية على استاد خليفة الدولي في الدوحة مساء الجمعة.",
            "وشيدت البلدية ملعب كبير في الحي الجديد.",
            "ونقل المصابون إلى مستشفى القلب ثم إلى مستشفى السياب في البصرة.",
        ],
        &[],
        true,
    );
    let places = of_kind(&found, EntityKind::Place);
    assert!(places.contains(&"استاد خليفة الدولي"), "{places:?}");
    assert!(
        !names(&found).iter().any(|n| n.contains("كبير")),
        "{found:?}"
    );
    let orgs = of_kind(&found, EntityKind::Organization);
    for name in ["مستشفى القلب", "مستشفى السياب"] {
        assert!(orgs.contains(&name), "«{name}» not in {orgs:?}");
    }
}

/// A one-word place found after its kind word is linked again after «بلدية» read as its
/// territory (ببلدية عين تادلس), and no body «بلدية عين تادلس» is made of that sighting.
#[test]
fn a_lone_place_is_linked_again_after_its_commune() {
    let (found, linked) = discover(
        &[
            "وستسلم 300 شقة جديدة في قرية تادلس شرق الولاية.",
            "وخصصت 200 شقة أخرى ببلدية تادلس قبل الصيف.",
        ],
        &[],
        false,
    );
    assert_eq!(entity(&found, "تادلس").1, EntityKind::Place);
    let places = linked.iter().filter(|(s, _)| s.ends_with("تادلس")).count();
    assert_eq!(places, 2, "{linked:?}");
    assert!(
        !names(&found).iter().any(|n| n.contains("بلدية")),
        "{found:?}"
    );
}

/// A stadium named for a man whose given name is also a known place's (Santiago, in Chile)
/// is the whole name (ملعب سانتياغو برنابيو), not the place's stadium.
#[test]
fn a_stadium_s_name_goes_on_past_a_known_place() {
    let (found, linked) = discover(
        &[
            "حقق نادي ريال مدريد فوزاً مثيراً على ضيفه برشلونة مساء السبت على ملعب سانتياغو برنابيو في العاصمة الإسبانية مدريد.",
        ],
        &[],
        true,
    );
    let places = of_kind(&found, EntityKind::Place);
    assert!(places.contains(&"ملعب سانتياغو برنابيو"), "{places:?}");
    assert!(!places.contains(&"ملعب سانتياغو"), "{places:?}");
    assert!(
        linked.iter().any(|(s, _)| s == "ملعب سانتياغو برنابيو"),
        "{linked:?}"
    );
}

/// A suburb is a kind of place (ضاحية عبدالله السالم, a Kuwaiti suburb named for an emir): the
/// name after it is the suburb's, not a person's.
#[test]
fn a_suburb_named_for_a_man_is_a_place() {
    let (found, _) = discover(
        &["وقال رواد ديوانية في ضاحية عبدالله السالم إن الناس تريد إنجازا."],
        &[],
        true,
    );
    assert!(
        of_kind(&found, EntityKind::Place).contains(&"عبدالله السالم"),
        "{found:?}"
    );
    assert!(
        !of_kind(&found, EntityKind::Person).contains(&"عبدالله السالم"),
        "{found:?}"
    );
}

/// A refugee camp named like an adjective (مخيم الزعتري، مخيم الأمعري) is a place: «مخيم»
/// without the article takes no definite adjective. Not a scout's camp with two adjectives.
#[test]
fn a_camp_named_like_an_adjective() {
    let (found, _) = discover(
        &[
            "ويعيش اللاجئون السوريون في مخيم الزعتري بمحافظة المفرق.",
            "وافتتح مخيم الكشفي العربي في عمان أبوابه للاجئين.",
        ],
        &[],
        true,
    );
    let places = of_kind(&found, EntityKind::Place);
    assert!(places.contains(&"الزعتري"), "{places:?}");
    assert!(!places.contains(&"الكشفي"), "{places:?}");
}
