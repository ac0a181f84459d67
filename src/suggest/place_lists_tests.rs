//! Lists of places after «ومنها» and the other kinds of place added with it (قضاء، محلة،
//! حاجز، أقضية، قريتي + a definite name), on made-up local news.

use super::super::test_site::{discovered_with, places};

fn assert_has(found: &[String], names: &[&str]) {
    for name in names {
        assert!(
            found.contains(&name.to_string()),
            "«{name}» not in {found:?}"
        );
    }
}

/// After a plural kind of place, «ومنها» introduces its places: bare names, a definite name
/// shaped like an adjective, a kunya and its name, each after a comma or و.
#[test]
fn places_listed_after_minha_are_places() {
    let found = places(&[
        "وسيغذي الخط الجديد قرى الريف الشرقي، ومنها كرمشان، الدواسية، الرفيعة، وأبو الطوابين وقرى أخرى.",
    ]);
    assert_has(&found, &["كرمشان", "الدواسية", "الرفيعة", "أبو الطوابين"]);
    assert!(!found.iter().any(|n| n.contains("قرى")), "{found:?}");
    // One doubtful word between two places (فيه «in it») is passed over, not taken.
    let found = places(&[
        "ويصل الماء إلى مناطق القضاء، ومنها كرمشان، الفيه، والدواسية. وقال إن فيه خيرا كثيرا.",
    ]);
    assert_has(&found, &["كرمشان", "الدواسية"]);
    assert!(!found.contains(&"الفيه".to_string()), "{found:?}");
}

/// No plural kind of place before «منها», one item only, or ordinary words after it: no list.
#[test]
fn minha_without_places_lists_nothing() {
    let found = places(&[
        "وعرض الوزير مشاريع عدة، ومنها كرمشان والدواسية ضمن الخطة.",
        "وزار الوفد مناطق عدة، ومنها زرنوقة.",
        "وتضررت مناطق واسعة، ومنها الأراضي الزراعية والبساتين القريبة.",
        "وتشمل المدن الكبرى خدمات كثيرة، منها الخدمات والمرافق العامة.",
        "ومن المدن التي زارها مثل سامي وأحمد وغيرهم.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// قضاء names a district before a name on a common noun or a kunya (قضاء شط الكرمة، قضاء أبو
/// الفلوس), and is the verbal noun «spending, fulfilling» or «judiciary» before anything else
/// (قضاء العطلة، قضاء وقت ممتع، قضاء حاجات المواطنين، قضاء مستقل).
#[test]
fn qadaa_is_a_district_before_a_bare_name_only() {
    let found = places(&["وزار المحافظ قضاء شط الكرمة، ثم عاد إلى قضاء أبو الفلوس مساء."]);
    assert_has(&found, &["شط الكرمة", "أبو الفلوس"]);
    let found = places(&[
        "وفضل اللاعبون قضاء العطلة مع عائلاتهم بعد قضاء وقت ممتع في المعسكر.",
        "وطالب المحامون بقضاء مستقل ونزيه، ودعا إلى قضاء حاجات المواطنين وقضاء الديون المتراكمة.",
        "وقرر قضاء إجازته في الريف وقضاء أيام العيد مع أسرته.",
        "وطالب بقضاء عادل يحفظ الحقوق.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// The dual قضائي lists two districts only before a known place (قضائي جبيل والشوف); elsewhere
/// it is the adjective «judicial» (حكم قضائي، مصدر قضائي). (كسروان, the example until then, is
/// a gazetteer division now.)
#[test]
fn the_dual_qadaai_lists_districts_before_a_known_place_only() {
    let found = places(&["وتأتي الانتخابات البلدية في قضائي جبيل والشوف في إطار المهلة."]);
    assert_has(&found, &["الشوف"]);
    let found = places(&[
        "وصدر حكم قضائي نهائي، وقال مصدر قضائي مطلع إن الملف أغلق.",
        "ونفذت أقضية الدولة خطة التطوير.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// A definite name in ة right after a dual or plural kind of place is a town (قريتي العرابة
/// والعرارسة), not the plural's adjective (قرى صغيرة).
#[test]
fn a_definite_town_in_ta_after_a_dual_kind_is_a_town() {
    let found = places(&["وستوزع 358 وحدة سكنية بين قريتي الصبابحة والعوامرة قبل نهاية العام."]);
    assert_has(&found, &["الصبابحة", "العوامرة"]);
    let found = places(&[
        "وزار الوفد قرى صغيرة في الريف.",
        "وتضررت قرى المحافظة الجنوبية وبلدات المقاطعة وقرى الجزيرة.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// The dual of a kind of place names two places, no more, no fewer: a known town and a new
/// one, after it and after و (مدينتي جبلة وصلنفة), the pair ending its phrase. مدينتي is also
/// «my city»: an adjective, a verb or a noun with a pronoun after a known town is no town, and
/// a third item makes it no pair.
#[test]
fn the_dual_of_a_kind_of_place_names_two_places() {
    let found = places(&["وزار الوفد مدينتي حلب والدواسية، بهدف الاطلاع على أوضاع السكان."]);
    assert_has(&found, &["الدواسية"]);
    let found = places(&["وبلغ مشروع الغاز المصاحب في حقلي زرنوقة وحلب 97%."]);
    assert_has(&found, &["زرنوقة"]);
    let found = places(&[
        "وقال الرجل: زرت مدينتي الجميلة وأهلها بعد غياب.",
        "وزار الوفد مدينتي حلب والدواسية وزرنوقة أمس.",
        "وزار الوفد مدينتي كرمشان والدواسية أمس.",
        "وأحب مدينتي كثيرا وأهلها الطيبين.",
        // «My city» and a known town: what follows و is no second town.
        "وقال: «ولدت في مدينتي حلب وعشت فيها».",
        "وقال: «رجعت لمدينتي طرطوس وفرحت كثيرا».",
        "وقال: «مدينتي تدمر وأهلها يعانون».",
        "وقال: «مدينتي جميلة وهادئة».",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// A dual kind of place is never a name's word: «الوزير مدينتي كرمشان» is no minister named
/// «مدينتي كرمشان».
#[test]
fn a_dual_kind_of_place_is_no_name() {
    let found = super::super::test_site::people(&["وزار الوزير مدينتي كرمشان وحلب أمس."]);
    assert!(found.is_empty(), "{found:?}");
}

/// محلة is an Iraqi quarter (محلة باب الشيخ).
#[test]
fn mahalla_names_a_quarter() {
    let found = places(&["وضبطت الشرطة عصابة سرقة في محلة الفضل وسط بغداد."]);
    assert_has(&found, &["الفضل"]);
}

/// حاجز names a checkpoint's village on a common noun or a kunya in an article about the
/// occupation (حاجز عين شبلي، حاجز أبو الريش; not بيت إيبا, now a gazetteer village), and is
/// «a barrier» elsewhere (حاجز الصوت) and before anything else, even there (حاجز الخوف، حاجز
/// الصمت، حاجز طيار).
#[test]
fn a_checkpoint_is_a_place_only_in_an_article_about_the_occupation() {
    let found =
        places(&["وأغلقت قوات الاحتلال حاجز عين شبلي العسكري غرب نابلس، وحاجز أبو الريش في الخليل."]);
    assert_has(&found, &["عين شبلي", "أبو الريش"]);
    let found = places(&[
        "واخترقت الطائرة حاجز الصوت فوق البحر، وكسر الشباب حاجز الخوف في المدينة.",
        "وقال إن الشعب كسر حاجز الخوف من الاحتلال وحاجز الصمت، ونصب الجنود حاجز طيار قرب القرية.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// نبع «a spring» after منطقة is a common noun, not the area's name (منطقة نبع القرية).
#[test]
fn a_spring_is_no_place_name_after_a_kind_word() {
    let found = places(&["وهاجم المستوطنون منطقة نبع قرية عين يبرود صباح اليوم."]);
    assert!(!found.contains(&"نبع".to_string()), "{found:?}");
}

/// Common nouns after a kind of place name none: the penalty area (منطقة الجزاء) and the
/// countryside's villages (قرى الريف), while a town after them still is one.
#[test]
fn a_common_noun_after_a_kind_of_place_is_no_place() {
    let found = places(&[
        "توغل اللاعب داخل منطقة الجزاء وسدد كرة قوية. ثم عاد إلى منطقة الجزاء مرة أخرى.",
        "وصلت المياه إلى قرى الريف البعيدة. وزار الوفد مدينة الكرمشان أمس.",
    ]);
    assert!(!found.contains(&"الجزاء".to_string()), "{found:?}");
    assert!(!found.contains(&"الريف".to_string()), "{found:?}");
    assert_has(&found, &["الكرمشان"]);
}

/// An airport named for a ruler or an imam is the title and the name, without مطار and
/// الدولي (مطار الإمام علي العسكري، مطار الملك خالد الدولي); a title with no name after it
/// names nothing.
#[test]
fn an_airport_named_for_a_person_is_the_title_and_the_name() {
    let found = places(&[
        "ووصل الوفد إلى مطار الإمام علي العسكري غرب المدينة.",
        "واستقبل الوزير لدى وصوله إلى مطار الملك خالد الدولي في العاصمة.",
        "وأغلق مطار الملك أمس لأسباب فنية.",
        "وقال النائب صباح الخالد إن الرحلات عادت.",
    ]);
    assert_has(&found, &["الإمام علي العسكري", "الملك خالد"]);
    assert!(
        !found
            .iter()
            .any(|n| n.contains("مطار") || n.contains("الدولي")),
        "{found:?}"
    );
    assert!(!found.contains(&"الملك".to_string()), "{found:?}");
}

/// An airport or a port named for a known place is a place of its own, with its kind word
/// and «international» (مطار عدن الدولي، مطار أبو ظبي الدولي، ميناء الحديدة): the city is not
/// where the plane lands. A city after another kind word is still the city.
#[test]
fn an_airport_named_for_its_city_is_a_place_of_its_own() {
    let found = places(&[
        "عبر مدير عام مطار عدن الدولي عن أسفه، وقال إن مطار عدن يعمل.",
        "وهبطت الطائرة في مطار أبو ظبي الدولي، ورست السفينة في ميناء الحديدة.",
        "ووصل الوزير إلى مدينة بغداد قادما من طهران.",
        "وتربط الخطوط ميناء بوشهر والشرق الأوسط بأوروبا.",
    ]);
    assert_has(
        &found,
        &[
            "مطار عدن الدولي",
            "مطار أبو ظبي الدولي",
            "ميناء الحديدة",
            "ميناء بوشهر",
        ],
    );
    assert!(
        !found
            .iter()
            .any(|n| n == "مطار عدن" || n.contains("بغداد") || n.contains("الشرق")),
        "{found:?}"
    );
}

/// A refugee camp named for its town is a place of its own, with its kind word (مخيم جنين،
/// مخيم درعا): a raid on the camp is not news of the city. The town after another kind word,
/// or alone, is still the town. A team's or a summer's camp held in a place (مخيم قطر
/// التدريبي، مخيم قطر in a story with no refugee nor occupation) is no place.
#[test]
fn a_camp_named_for_its_town_is_a_place_of_its_own() {
    let found = places(&[
        "اقتحمت قوات الاحتلال مخيم جنين فجر اليوم، ووزعت الجمعية سلالا على اللاجئين في مخيم درعا.",
        "وأغلقت المحال في مدينة جنين، وقال محافظ درعا إن الوضع هادئ.",
    ]);
    assert_has(&found, &["مخيم جنين", "مخيم درعا"]);
    assert!(!found.iter().any(|n| n == "مخيم"), "{found:?}");
    let found = places(&[
        "ودخل المنتخب مخيم قطر التدريبي استعدادا لكأس آسيا، وقال المدرب إن مخيم قطر مفيد.",
        "وانطلق مخيم الرياض الكشفي للشباب بمشاركة اللاجئين.",
    ]);
    assert!(!found.iter().any(|n| n.starts_with("مخيم")), "{found:?}");
}

/// An industrial or economic city is named with «city» and its kind (مدينة الحسن الصناعية،
/// مدينة الجبيل الصناعية); «الحسن» alone is no place, and مدينة الجبيل is still the town.
#[test]
fn a_city_of_a_kind_keeps_its_kind_word_and_kind() {
    let found = places(&[
        "زار الوزير مصانع في مدينة الحسن الصناعية بمحافظة إربد.",
        "وافتتح مصنعا في مدينة الجبيل الصناعية، ثم عاد إلى مدينة الجبيل.",
    ]);
    assert_has(&found, &["مدينة الحسن الصناعية", "مدينة الجبيل الصناعية"]);
    assert!(
        !found.iter().any(|n| n == "الحسن" || n == "مدينة الجبيل"),
        "{found:?}"
    );
}

/// «اتحاد بلديات قضاء بنت جبيل»: after the plural, a kind of place names the district whose
/// towns are meant; it is no town of a list, and the body keeps the district in its name.
#[test]
fn a_kind_of_place_after_the_plural_is_no_town() {
    let found = discovered_with(
        &["وأصدر اتحاد بلديات قضاء بنت جبيل بيانا استنكر فيه الاعتداءات."],
        true,
    );
    assert!(!found.iter().any(|(n, _)| n == "قضاء"), "{found:?}");
    assert!(
        found.iter().any(|(n, _)| n == "اتحاد بلديات قضاء بنت جبيل"),
        "{found:?}"
    );
}

/// A stadium named for a ruler is, like an airport, the title and the name with his lineage
/// (ملعب الأمير محمد بن فهد), or a sovereign's given name and ordinal (استاد محمد الخامس),
/// without the kind word; a title cut off alone («ملعب الأمير») is never a venue.
#[test]
fn a_stadium_named_for_a_ruler_is_the_title_and_the_name() {
    let found = places(&[
        "وتقام المباراة على ملعب الأمير سلطان بن فيصل بالمدينة في الجولة الأولى من الدوري.",
        "وخاض الفريق تدريبه على استاد محمد الخامس قبل المباراة.",
    ]);
    assert_has(&found, &["الأمير سلطان بن فيصل", "محمد الخامس"]);
    assert!(
        !found
            .iter()
            .any(|n| n.contains("ملعب") || n.contains("استاد") || n == "الأمير سلطان"),
        "{found:?}"
    );
}

/// A ruler's given name with عبد (عبدالعزيز، عبد العزيز) and a father named like a noun
/// (مساعد) are the namesake's: the venue is never cut to «ملعب الأمير».
#[test]
fn a_stadium_named_for_a_prince_with_abd_is_not_cut_at_the_title() {
    let found = places(&["وأقيمت المباراة على ملعب الأمير عبدالعزيز بن مساعد في حائل."]);
    assert_has(&found, &["الأمير عبدالعزيز بن مساعد"]);
    let found = places(&["وأنقذ الحارس فريقه على ملعب الأمير عبد العزيز بن مساعد بن جلوي، أمس."]);
    assert!(
        !found.iter().any(|n| n == "ملعب الأمير" || n == "الأمير"),
        "{found:?}"
    );
}

/// A list in parentheses, or after a colon, right after a plural kind of place and its
/// adjectives holds its places (بالمحليات المستهدفة (الخرطوم، بحري …)، البلديات التالية:
/// براقي …); a relative clause or a list of things there names none.
#[test]
fn places_listed_in_parentheses_or_after_a_colon_are_places() {
    let found = places(&[
        "وتختتم الحملة غدا بالمحليات المستهدفة (الخرطوم، بحري، امبدة، جبل أولياء، ام درمان \
         وشرق النيل)، مطالبة الأسر بتطعيم أطفالهم.",
    ]);
    assert_has(&found, &["امبدة", "جبل أولياء"]);
    let found = places(&["وشملت الأشغال البلديات التالية: براقي، الحراش، بابا حسن وأولاد فايت."]);
    assert_has(&found, &["براقي", "الحراش", "بابا حسن", "أولاد فايت"]);
    for text in [
        "وزار الوفد المدن (التي تضررت من الفيضانات) أمس.",
        "وتوزعت المساعدات على المناطق التالية: الخدمات والمرافق.",
        "وزار الوزير المناطق (المتضررة، المنكوبة) أمس.",
    ] {
        let found = places(&[text]);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

/// An indefinite plural kind of place in construct with a list governs places (عمداء بلديات
/// الجميل والمنشية وجادو وترهونة), a long list bearing two doubted words in a row; one or
/// two complements (مدن المملكة، مناطق الجنوب والشمال) are no such list.
#[test]
fn places_governed_by_a_plural_kind_of_place_are_places() {
    let found = places(&[
        "وأكد البيان مشاركة عمداء بلديات الجميل والمنشية وجادو ونالوت ومسلاتة وترهونة في الاجتماع.",
    ]);
    assert_has(&found, &["الجميل", "المنشية", "جادو", "ترهونة"]);
    // Another article's «اللوحة الجميلة» makes the first word doubted: passed over, it does
    // not end the list.
    let found = places(&[
        "وأكد البيان مشاركة عمداء بلديات الجميل والمنشية وجادو ونالوت ومسلاتة وترهونة في الاجتماع.",
        "وعرضت الفنانة اللوحة الجميلة في المعرض.",
    ]);
    assert_has(&found, &["المنشية", "جادو", "ترهونة"]);
    for text in [
        "وزار الوفد مدن المملكة أمس.",
        "وتشمل الحملة مناطق الجنوب والشمال.",
    ] {
        let found = places(&[text]);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

/// A town's quarter after it in such a list (الزاوية المركز، الزاوية الغرب) is the item's,
/// so the list goes on past it to the towns after.
#[test]
fn a_town_s_quarter_keeps_a_list_of_municipalities_going() {
    let found = places(&[
        "اجتماع عمل موسعًا لعمداء بلديات الزاوية المركز ويفرن والزاوية الغرب والعجيلات وصبراتة وزوارة.",
    ]);
    assert_has(&found, &["الزاوية المركز", "الزاوية الغرب", "زوارة"]);
    assert!(
        !found.iter().any(|n| n == "المركز" || n == "الغرب"),
        "{found:?}"
    );
}

/// A quarter named with its kind word (وحي الأندلس) is one item of the list, which goes on
/// after it; a verb in the plural after the last item (شاركوا) is not part of its name.
#[test]
fn a_quarter_with_its_kind_word_is_one_item_of_a_list() {
    let found =
        places(&["إن عمداء بلديات الحرابة واجليدة وحي السلام والعواتة وهراوة شاركوا في الاجتماع."]);
    assert_has(&found, &["الحرابة", "اجليدة", "العواتة", "هراوة"]);
    assert!(!found.iter().any(|n| n.contains("شاركوا")), "{found:?}");
    // Without the quarter the list is read as towns after their plural: the verb stays out
    // there too.
    let found = places(&["وحضر عمداء بلديات الحرابة واجليدة والعواتة وهراوة طالبوا بالدعم."]);
    assert_has(&found, &["هراوة"]);
    assert!(!found.iter().any(|n| n.contains("طالبوا")), "{found:?}");
}

/// «عاصمة البلاد» is «the country's capital»: البلاد, like الوطن, is no place's name after
/// a kind of place, though it has the article a place name has.
#[test]
fn the_country_after_capital_is_no_place() {
    let found = discovered_with(
        &[
            "تتنافس 21 لائحة جهوية على جهة نواكشوط، عاصمة البلاد.",
            "وعاد الوفد إلى عاصمة الوطن أمس.",
        ],
        true,
    );
    assert!(
        !found
            .iter()
            .any(|(n, _)| n.contains("البلاد") || n.contains("الوطن")),
        "{found:?}"
    );
}

/// After a plural kind and a colon the towns are listed however they are spelled: definite
/// words alone, a town named «new» after another (المنيا الجديدة), and past one named for a
/// date (و6 أكتوبر); a title in the list opens the next item, not a person (الشيخ زايد |
/// وبرج العرب).
#[test]
fn towns_listed_after_a_plural_and_a_colon() {
    let found = places(&[
        "وجرت الافتتاحات بمدن: المنيا الجديدة والشروق و6 أكتوبر والعبور وبرج العرب والسادات.",
    ]);
    assert_has(&found, &["المنيا الجديدة", "الشروق", "العبور"]);
    let all = discovered_with(
        &["وجرت الافتتاحات بمدن: الشروق والشيخ زايد وبرج العرب والعبور."],
        true,
    );
    assert!(!all.iter().any(|(n, _)| n.contains("وبرج")), "{all:?}");
}

/// «the capital» is definite already: a word in و after it is the next noun (استقرار
/// العاصمة وطمأنينة المواطنين).
#[test]
fn a_word_in_waw_after_the_capital_is_no_place() {
    let found = places(&["وشدد على ضرورة ضرب أي خلل يزعزع استقرار العاصمة وطمأنينة المواطنين."]);
    assert!(!found.iter().any(|f| f.contains("طمأنينة")), "{found:?}");
}

/// The Maghreb's «sons of» towns after an introducing word and its colon (من بينها: بني
/// دوالة، بني زمنزر), and its hamlets (دواوير), a kind beside the municipalities, no town.
#[test]
fn towns_of_the_sons_of_after_a_colon() {
    let found = places(&[
        "تمت إعادة التموين بعدة بلديات ودواوير، من بينها: بني دوالة، بني زمنزر، بني عيسي، بوزقان.",
    ]);
    assert_has(&found, &["بني دوالة", "بني زمنزر", "بني عيسي"]);
    assert!(!found.iter().any(|f| f.contains("دواوير")), "{found:?}");
}
