use super::super::test_site;

fn assert_has(found: &[String], names: &[&str]) {
    for n in names {
        assert!(found.iter().any(|f| f == n), "«{n}» not in {found:?}");
    }
}

/// After a verb of saying, a common given name and a family name are the whole subject even
/// when a preposition or an object follows (على، إلى، من، ب…), which the verb's rule alone
/// does not take as an end.
#[test]
fn a_given_and_family_name_after_a_verb_is_the_subject() {
    let found = test_site::people(&[
        "وأكد خالد العمري على ضرورة تعزيز التعاون بين البلدين.",
        "وأشار سامر الخطيب إلى أن الأسعار ارتفعت.",
        "وحذر هشام البدوي من تداعيات القرار.",
        "ونوه حسن الكردي إلى أهمية التنفيذ.",
    ]);
    assert_has(
        &found,
        &["خالد العمري", "سامر الخطيب", "هشام البدوي", "حسن الكردي"],
    );
}

/// A verb of demanding takes its subject only with the lists' evidence (طالب is «a student»
/// too): a common given name and a family name.
#[test]
fn a_verb_of_demanding_takes_a_given_and_family_name() {
    let found = test_site::people(&[
        "وطالب هشام البدوي بضرورة الإسراع في التنفيذ.",
        "وناشدت سلمى الحسيني الجهات المعنية التدخل.",
    ]);
    assert_has(&found, &["هشام البدوي", "سلمى الحسيني"]);
}

/// A father's given name may stand between (وأكد أحمد محمد الزعبي على …).
#[test]
fn a_fathers_name_may_stand_between() {
    let found = test_site::people(&["وأكد أحمد محمد الزعبي على أهمية الحوار."]);
    assert_has(&found, &["أحمد محمد الزعبي"]);
}

/// Precision first: no family name after the given name (an object, a definite common noun,
/// a broken plural, a place's adjective with the gazetteer on, a time), no person.
#[test]
fn no_family_name_no_person() {
    let found: Vec<String> = test_site::discovered_with(
        &[
            "ودعا محمد الحكومة إلى التدخل.",
            "وقال أحمد اليوم إن الوضع صعب.",
            "وأكد خالد المصري على الاتفاق، وزار مصر.",
            "وقال علي للصحفيين إن المفاوضات مستمرة.",
            "ودعا حسن الأطراف إلى الحوار.",
            "ودعا سامي الأهالي إلى الهدوء.",
        ],
        true,
    )
    .into_iter()
    .map(|(name, _)| name)
    .collect();
    assert!(
        found.iter().all(|f| ![
            "محمد الحكومة",
            "أحمد اليوم",
            "خالد المصري",
            "علي للصحفيين",
            "حسن الأطراف",
            "سامي الأهالي"
        ]
        .contains(&f.as_str())),
        "{found:?}"
    );
}

/// After a person named under a title, a common given name in و and a family name is the
/// next person (الوزير أحمد الزعبي وخالد العمري وسامر الخطيب).
#[test]
fn a_given_and_family_name_joins_a_named_person() {
    let found: Vec<String> = test_site::discovered_with(
        &["والتقى الوزير أحمد الزعبي وخالد العمري وسامر الخطيب في عمان."],
        true,
    )
    .into_iter()
    .map(|(name, _)| name)
    .collect();
    assert_has(&found, &["أحمد الزعبي", "خالد العمري", "سامر الخطيب"]);
}

/// The lists hold the source's names and the hand ones it lacks; a class header is no name.
#[test]
fn the_lists_hold_common_names_only() {
    assert!(super::is_given_name("محمد") && super::is_given_name("جاسم"));
    assert!(!super::is_given_name("سيد") && !super::is_given_name("#class"));
    assert!(super::is_common_family_name("البدوي"));
    // wordfreq's common words in ي: adjectives, not the family names written bare.
    assert!(super::COMMON_ADJECTIVE.contains("وطني") && super::COMMON_ADJECTIVE.contains("عسكري"));
    assert!(!super::COMMON_ADJECTIVE.contains("تميمي") && !super::COMMON_ADJECTIVE.contains("#"));
}

/// The list of given names (data/names/given.txt) is one Arabic word a line, none
/// twice once normalised, and none a word the lexicon lists as common (a verb, a function
/// word, a role) but the reviewed homographs below: such a word would open a name wherever
/// it starts a list item, so each is kept only because a list of people writes it as a name.
#[test]
fn the_given_names_are_single_distinct_uncommon_arabic_words() {
    let lines: Vec<&str> = super::GIVEN_NAMES
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    assert!(lines.len() > 200, "{}", lines.len());
    let mut seen = std::collections::HashSet::new();
    // Reviewed: a title (أمير، أمين), «in the name of» (باسم), «on» once ى is folded (علي),
    // «hope» (أمل). In a match sheet or credits they are names far more often.
    const HOMOGRAPHS: &[&str] = &["أمير", "أمين", "باسم", "علي", "أمل"];
    for name in &lines {
        assert!(
            name.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c)),
            "«{name}»: one Arabic word"
        );
        let norm = crate::text::normalize::normalize_name(name);
        assert!(seen.insert(norm.clone()), "«{name}» twice");
        assert!(
            HOMOGRAPHS.contains(name) || !super::super::lexicon::is_listed(&norm),
            "«{name}» is a common word: review it, or leave it out"
        );
    }
}

/// Given names of the Gulf the Egyptian source lacks (مشعل، نواف، بندر), typed under class h,
/// open the names of a chain as the source's do.
#[test]
fn gulf_given_names_open_names() {
    let found = test_site::people(&[
        "بالإضافة إلى المحليين محمد ناجي ومشعل المطيري ونواف العتيبي وبندر القحطاني.",
    ]);
    for name in ["مشعل المطيري", "نواف العتيبي", "بندر القحطاني"]
    {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// Levantine and foreign given names the Egyptian source lacks (ماجدة، مارسيل، ميادة، صفوان،
/// عفاف، كاترين), typed under class h, open the names of a chain of singers or guests.
#[test]
fn levantine_and_foreign_given_names_open_names() {
    let found = test_site::people(&[
        "وغنت على مسرحها ماجدة الرومي ومارسيل خليفة وميادة بسيليس.",
        "ضيوفه مثل كاترين دونوف، وصفوان بهلوان وعفاف راضي وغزوان زركلي.",
    ]);
    for name in [
        "ماجدة الرومي",
        "مارسيل خليفة",
        "ميادة بسيليس",
        "صفوان بهلوان",
        "عفاف راضي",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

#[test]
fn a_demonym_after_a_given_name_is_a_family_name() {
    let found: Vec<String> = test_site::discovered_with(
        &[
            "وافتتح المهندس وليد المصري المشروع الجديد في القاهرة.",
            "وقال رئيس اللجنة قاسم المصري إن العمل مستمر.",
            "وزار وزير الخارجية المصري سامح شكري بغداد.",
        ],
        true,
    )
    .into_iter()
    .map(|(name, _)| name)
    .collect();
    assert!(found.contains(&"وليد المصري".to_string()), "{found:?}");
    assert!(found.contains(&"قاسم المصري".to_string()), "{found:?}");
    assert!(found.contains(&"سامح شكري".to_string()), "{found:?}");
    assert!(!found.iter().any(|n| n.contains("الخارجية")), "{found:?}");
}

/// With no title, verb or list before it, a common given name and a rare family name are a
/// person (the guests of a meeting, a name after a place's institution); a family name that
/// is a common adjective (الوطني، العسكري), a given name inside a longer name (أبو يوسف،
/// شهاب أحمد) or a street's name (شارع محمد علي) is none.
#[test]
fn an_unannounced_full_name_needs_a_rare_family_name() {
    let found: Vec<String> = test_site::discovered_with(
        &[
            "وحضر اللقاء ماجد الزغلامي ونواف العتيبي.",
            "ورئيس اللجنة الشعبية لخدمات مخيم جنين محمد الصباغ، اليوم الثلاثاء.",
            // و and a given name: the next item, after a name no rule read (الحربي is a word).
            "وحضر الاجتماع أمين الحربي وسعيد الكعبي.",
        ],
        true,
    )
    .into_iter()
    .map(|(name, _)| name)
    .collect();
    assert_has(
        &found,
        &["ماجد الزغلامي", "نواف العتيبي", "محمد الصباغ", "سعيد الكعبي"],
    );
    let found = test_site::people(&[
        "وهذا أمل الوطني في التغيير، وحقق الجيش نصر العسكري الأول.",
        "في مباراة أقيمت على صالة أبو يوسف النجار بمدينة خان يونس.",
        "ووصل الوفد إلى شارع محمد علي في القاهرة.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// A compound given name written in two words (عبد العزيز، عبد الرزاق) opens an unannounced
/// name as its joined spelling does (عبدالعزيز), a father's name between included; God's
/// name still opens none (عبد الله), nor a definite word after عبد that makes no given name.
#[test]
fn a_compound_given_name_in_two_words_opens_an_unannounced_name() {
    let found = test_site::people(&[
        "وحضر الاجتماع عبد العزيز الشمري أمس.",
        "وفاز الفريق بهدف عبد الرزاق البستاني متابعا كرة مرتدة.",
        "وقال إن عبد العزيز محمد الشمري حضر.",
    ]);
    assert_has(
        &found,
        &[
            "عبد العزيز الشمري",
            "عبد الرزاق البستاني",
            "عبد العزيز محمد الشمري",
        ],
    );
    let found = test_site::people(&["وحضر عبد الله الشمري الحفل، وعبد المدينة العتيبي."]);
    assert!(found.is_empty(), "{found:?}");
}

/// After a title, a given name that is also a preposition (خلف «behind») between a given
/// name and a family name is the father's (عباس خلف التميمي), and the family name later
/// names him; before a noun it is «behind» (الوزير أحمد | خلف المنصة).
#[test]
fn a_preposition_between_given_and_family_name_is_the_father_s_name() {
    // With the gazetteer, as on a site: البصرة is the place the office is of.
    let found: Vec<String> = test_site::discovered_with(
        &["وقال مدير عام صحة البصرة، عباس خلف التميمي، لوكالة الأنباء إن الوضع جيد."],
        true,
    )
    .into_iter()
    .map(|(name, _)| name)
    .collect();
    assert_has(&found, &["عباس خلف التميمي"]);
    let found = test_site::people(&["ووقف الوزير أحمد خلف المنصة، ثم جلس الوزير محمد خلف الرئيس."]);
    assert!(!found.iter().any(|f| f.contains("خلف")), "{found:?}");
    let found: Vec<String> = test_site::discovered_with(
        &["وجاء اللاعب محمد خلف السعودي في المركز الثاني في السباق الذي أقيم في الرياض."],
        true,
    )
    .into_iter()
    .map(|(name, _)| name)
    .collect();
    assert!(!found.iter().any(|f| f.contains("خلف")), "{found:?}");
}

/// With no cue, nothing is read where the name's ends are in doubt or the words are no name:
/// God's name (نصر الله), a month (رمضان الكريم), a kunya or عبد's second word before the
/// given name (أم محمد الخطيب، عبد الله سعيد الكعبي), a compound's end after it (أحمد جمال
/// الدين), a venue or work named after someone (صالة سعيد الغامدي، منحة خالد العتيبي), a
/// common adjective of three letters (محمد النبي).
#[test]
fn an_unannounced_name_wants_both_its_ends_sure() {
    let found = test_site::people(&[
        "إذا جاء نصر الله والفتح، وبحلول شهر رمضان الكريم نهنئكم.",
        "وقالت أم محمد الخطيب إن ابنها مفقود، وحضر عبد الله سعيد الكعبي الحفل.",
        "وحضر أحمد جمال الدين الحفل في ذكرى مولد محمد النبي.",
        "وافتتحت صالة سعيد الغامدي للمناسبات، وأعلنت الجامعة منحة خالد العتيبي للطلاب.",
    ]);
    for part in [
        "نصر",
        "رمضان",
        "محمد الخطيب",
        "سعيد الكعبي",
        "أحمد جمال",
        "محمد النبي",
    ] {
        assert!(!found.iter().any(|f| f == part), "«{part}» in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|f| f == "سعيد الغامدي" || f == "خالد العتيبي"),
        "{found:?}"
    );
}

/// A given name that is also an ordinary word (عيد «feast») opens a name after a title before
/// a family name, however often the site writes the word as a noun elsewhere (العيد): a name
/// read right on a small site must not be lost as the site grows.
#[test]
fn ordinary_given_names_open_a_titled_name_whatever_else_the_site_writes() {
    use super::super::test_site::people;
    let found = people(&[
        "وحضر المهندس عيد العتيبي الحفل.",
        "يقضي اللاجئون العيد بعيدا عن بلادهم، ويصلون صلاة الجمعة.",
        "وقال الوزير أحمد جمعة إن العمل مستمر.",
    ]);
    assert!(found.iter().any(|f| f == "عيد العتيبي"), "{found:?}");
    assert!(found.iter().any(|f| f == "أحمد جمعة"), "{found:?}");
    // The noun stays a noun: no title, no family name.
    assert!(
        !found
            .iter()
            .any(|f| f.contains("العيد") || f.contains("الجمعة")),
        "{found:?}"
    );
}

/// After a title a common given name and a family name that ends the clause are a name by
/// their shape, whatever else the site writes: العاني and الصالح stay family names on a site
/// that also writes «عاني كثيرا» and «المياه الصالحة للشرب».
#[test]
fn a_titled_given_and_family_name_is_read_by_its_shape() {
    use super::super::test_site::people;
    let found = people(&[
        "افتتح ووزير الحكم المحلي مجدي الصالح، المشروع. وشارك الرئيس التنفيذي مهند العاني \
         ونائب رئيس الجامعة في الحفل.",
        "وقال إن اللاعب عاني كثيرا، وإن شبكات المياه الصالحة للشرب ضرورية.",
    ]);
    assert!(found.iter().any(|f| f == "مجدي الصالح"), "{found:?}");
    assert!(found.iter().any(|f| f == "مهند العاني"), "{found:?}");
}

/// What a review found the name rules of titles reading wrongly, on a site that also writes
/// the nouns as nouns: a time word after a given name is the time (خالد صباح اليوم), Egypt's
/// علي is على (علي عودة الحياة), and an ordinary word before a noun phrase is a noun (عودة
/// الطلاب).
#[test]
fn titled_names_do_not_take_times_prepositions_or_objects() {
    use super::super::test_site::people;
    let found = people(&[
        "ووصل الأمير خالد صباح اليوم إلى الرياض.",
        "وأكد المحافظ علي عودة الحياة إلى طبيعتها.",
        "وتابع الوزير سلطان عودة الطلاب إلى المدارس.",
        "وعاد الحضور إلى منازلهم صباح اليوم بعد عودة الطلاب والتيار.",
    ]);
    for wrong in ["خالد صباح", "علي عودة", "سلطان عودة"] {
        assert!(!found.iter().any(|f| f == wrong), "{wrong}: {found:?}");
    }
}

/// A family name that is also a title (القاضي «the judge», المستشار) after a titled given
/// name is the family's when a speech verb's «that» follows it (قال رئيس مجلس النواب مازن
/// القاضي إن …), on a site that also writes «قاضي التحقيق»; elsewhere it stays the next
/// title or the verb's object.
#[test]
fn a_family_name_that_is_a_title_before_that_is_the_family_s() {
    use super::super::test_site::people;
    let found = people(&[
        "قال رئيس مجلس النواب مازن القاضي إن خطاب العرش حمل مضامين جوهرية.",
        "وأحيل الملف من طرف قاضي التحقيق إلى المحكمة.",
    ]);
    assert!(found.iter().any(|f| f == "مازن القاضي"), "{found:?}");
}
