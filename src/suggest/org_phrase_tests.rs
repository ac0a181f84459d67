//! Where a body's phrase ends and when it only describes one, on made-up sentences: a ل
//! complement that is a purpose, an adjective of a meeting after the name, an adjective in ة
//! or a place after the head, a company's boards.

use super::super::organizations::tests::bodies;

fn names(text: &str) -> Vec<String> {
    bodies(text, &[], &[]).into_iter().map(|(n, _)| n).collect()
}

/// «للتعاون فيما …، للتنسيق مع …»: a verbal noun with ل before its scope or partner is what
/// the members are called to do, not the body's field.
#[test]
fn a_purpose_with_its_scope_or_partner_ends_the_name() {
    let found = names("ودعا المحافظ أعضاء المجلس الأعلى للتعاون فيما يخدم المصلحة العامة.");
    assert!(!found.iter().any(|n| n.contains("للتعاون")), "{found:?}");
    let found = names("وطالب أعضاء اللجنة الوطنية للتنسيق مع الجهات المعنية.");
    assert!(!found.iter().any(|n| n.contains("للتنسيق")), "{found:?}");
    // A field of the body stays: «للتعاون» before an adjective names it.
    let found = names("وقالت المنظمة العربية للتنمية الزراعية إن المحصول تراجع.");
    assert!(
        found
            .iter()
            .any(|n| n == "المنظمة العربية للتنمية الزراعية"),
        "{found:?}"
    );
}

/// «مجلس وزراء الخارجية العرب التحضيري للقمة»: the session, not the body, is preparatory.
#[test]
fn an_adjective_of_a_meeting_ends_the_name() {
    let found = names("وبدأ اجتماع مجلس وزراء الخارجية العرب التحضيري للقمة العربية أمس.");
    assert!(
        found.iter().any(|n| n == "مجلس وزراء الخارجية العرب"),
        "{found:?}"
    );
    assert!(!found.iter().any(|n| n.contains("التحضيري")), "{found:?}");
}

/// «نادي إنتر ميامي الأمريكي»: a club of bare names is named without its head and its
/// country; «نادي الأسير» keeps the head.
#[test]
fn a_club_of_bare_names_drops_its_head() {
    let found = bodies(
        "وانتقل اللاعب إلى نادي إنتر ميامي الأمريكي أمس.",
        &["ميامي"],
        &["الولايات المتحدة"],
    );
    let found: Vec<String> = found.into_iter().map(|(n, _)| n).collect();
    assert!(found.iter().any(|n| n == "إنتر ميامي"), "{found:?}");
    assert!(!found.iter().any(|n| n.contains("نادي")), "{found:?}");
    let found = names("وقال نادي الأسير إن الاعتقالات تتواصل.");
    assert!(found.iter().any(|n| n == "نادي الأسير"), "{found:?}");
    // فريق is never part of a club's name in a sports report; outside one it stays a team
    // of work.
    let found = bodies(
        "وخسر الفريق في المباراة امام فريق مكابي حيفا في الدقيقة 30 من الشوط الثاني.",
        &["حيفا"],
        &[],
    );
    let found: Vec<String> = found.into_iter().map(|(n, _)| n).collect();
    assert!(found.iter().any(|n| n == "مكابي حيفا"), "{found:?}");
    assert!(!found.iter().any(|n| n.contains("فريق")), "{found:?}");
}

/// An adjective in ة with its complement (حديثة التأسيس) or where the body is (ببلدية …)
/// describes a body after its head; a noun of its field (صناعة الأدوية) names one.
#[test]
fn a_described_body_is_no_name() {
    for text in [
        "وهي شركة حديثة التأسيس استحوذت على حصة في البنك.",
        "وتعمل شركة متعددة الجنسيات في المدينة.",
        "ومن المشاريع \"مستشفى ببلدية الوادي يتسع ل240 سريرا\" و\"مستشفى الأمل\" و\"مستشفى النور\".",
    ] {
        let found = bodies(text, &[], &[]);
        assert!(
            !found.iter().any(|(name, _)| name.contains("حديثة")
                || name.contains("متعددة")
                || name.contains("ببلدية")),
            "{text}: {found:?}"
        );
    }
    let found = bodies("وأعلنت شركة صناعة الأدوية السعودية نتائجها.", &[], &[]);
    assert!(!found.is_empty(), "{found:?}");
}

/// A head of the form تفعيل before a kind of place (تنظيم منطقة) is what is done to the
/// place, not a body.
#[test]
fn a_verbal_noun_before_a_place_is_no_body() {
    let found = bodies("ونقل المحطات ضمن تنظيم منطقة الوادي الصناعية.", &[], &[]);
    assert!(found.is_empty(), "{found:?}");
}

/// A company's boards (مجلس المراقبة، مجلس الرقابة) are no body's name; a longer name with
/// the same word is one (هيئة الرقابة الإدارية).
#[test]
fn a_companys_board_is_no_name() {
    let found = bodies(
        "واستقال من مجلس المراقبة، وأخذ مجلس الرقابة علما بذلك.",
        &[],
        &[],
    );
    assert!(found.iter().all(|(_, strong)| !strong), "{found:?}");
    let found = bodies("وأعلنت هيئة الرقابة الإدارية القبض على المتهم.", &[], &[]);
    assert!(found.iter().any(|(_, strong)| *strong), "{found:?}");
}

/// A board of the body just named (مجلس الإدارة، مجلس الأمناء) followed by a member's name:
/// the name is no more of the board's (عضو مجلس الإدارة العماري محمد).
#[test]
fn a_board_before_its_member_s_name_is_no_body() {
    let found = names("حضر الاجتماع عضو مجلس الإدارة العماري محمد، ومستشار رئيس مجلس الإدارة.");
    assert!(!found.iter().any(|n| n.contains("العماري")), "{found:?}");
    let found = names("وقرر مجلس الأمناء خالد يوسف تأجيل الاجتماع.");
    assert!(!found.iter().any(|n| n.contains("خالد")), "{found:?}");
}

/// A university's council of deans and anyone's press office are organs of the body or the
/// man they belong to, not bodies (زيارته ونوابه ومجلس العمداء للموقع، المكتب الإعلامي
/// لليونيسف، المكتب الإعلامي للدبيبة); Gaza's government media office, with its second
/// adjective, is one.
#[test]
fn a_council_of_deans_and_a_press_office_are_organs() {
    for text in [
        "وقال رئيس الجامعة لدى زيارته ونوابه ومجلس العمداء للموقع إن المشروع مهم.",
        "وقالت المسؤولة في المكتب الاعلامي لليونسيف في عمان إن المكاتب تستقبل الأطفال.",
        "وأعلن المكتب الإعلامي للدبيبة أن الاجتماع انتهى.",
    ] {
        let found = names(text);
        assert!(
            !found
                .iter()
                .any(|n| n.contains("العمداء") || n.contains("المكتب")),
            "{text}: {found:?}"
        );
    }
    let found = names("وقال المكتب الإعلامي الحكومي في غزة إن الغارات استهدفت مدارس.");
    assert!(
        found.iter().any(|n| n.starts_with("المكتب الإعلامي الحكومي")),
        "{found:?}"
    );
}

/// «اتحاد بلدياتها»: a plural with a pronoun refers back to the town named before; no body's
/// name holds one, so nothing after it is read into a name (أدت).
#[test]
fn a_plural_with_a_pronoun_names_no_body() {
    let found = names("وأدت الغارة على مبنيي بلدية النبطية واتحاد بلدياتها أدت إلى سقوط قتلى.");
    assert!(!found.iter().any(|n| n.contains("بلدياتها")), "{found:?}");
}

/// «إلى محكمة النقض للتظلم ضد الحكم»: a verbal noun with ل before what it is against is the
/// purpose of the appeal, not the court's field.
#[test]
fn a_purpose_against_something_ends_the_name() {
    let found = names("وقدم المحامي التماسا إلى محكمة النقض للتظلم ضد الحكم الصادر.");
    assert!(found.iter().any(|n| n == "محكمة النقض"), "{found:?}");
    assert!(!found.iter().any(|n| n.contains("للتظلم")), "{found:?}");
}

/// «وكالة الأنباء السورية الرسمية»: «official» after the country's demonym describes the
/// agency; the name ends with the demonym (without one, «الرسمية» makes a description).
#[test]
fn official_after_a_demonym_is_left_out_of_the_name() {
    let found = super::super::test_site::discovered_with(
        &["أفادت وكالة الأنباء السورية الرسمية بأن الحكومة أبرمت مذكرات تفاهم."],
        true,
    );
    assert!(
        found.iter().any(|(n, _)| n == "وكالة الأنباء السورية"),
        "{found:?}"
    );
}

/// The rank الفريق before a given name ends a body's name as any title does: the council is
/// «مجلس السيادة», not «مجلس السيادة الفريق».
#[test]
fn the_rank_al_fariq_before_a_name_ends_the_body() {
    let found = names("وقال عضو مجلس السيادة الفريق مالك عقار إن الاجتماع كان ناجحا.");
    assert!(found.iter().any(|n| n == "مجلس السيادة"), "{found:?}");
    assert!(!found.iter().any(|n| n.contains("الفريق")), "{found:?}");
}

/// A definite feminine dual after a body's name is the verb's object (موانئ دبي العالمية |
/// الاتفاقيتين الخاصتين).
#[test]
fn a_definite_dual_ends_the_name() {
    let found = names(
        "ووقع الرئيس التنفيذي لمجموعة موانئ دبي العالمية الاتفاقيتين الخاصتين بالمرحلة الأولى.",
    );
    assert!(!found.iter().any(|n| n.contains("الاتفاقيتين")), "{found:?}");
    assert!(
        found.iter().any(|n| n.contains("موانئ دبي العالمية")),
        "{found:?}"
    );
}

/// A ل complement that opens another body ends the phrase (مجلس السياسة النقدية | للبنك
/// المركزي الموريتاني): the bank is found whole, with its country, not inside the council's
/// name; a field after ل stays (الهيئة العامة للاستثمار).
#[test]
fn another_body_after_lam_is_found_on_its_own() {
    let found = super::super::test_site::bodies_discovered(&[
        "قرر مجلس السياسة النقدية للبنك المركزي الموريتاني رفع سعر الفائدة.",
    ]);
    assert!(
        found.iter().any(|n| n == "مجلس السياسة النقدية"),
        "{found:?}"
    );
    assert!(
        found.iter().any(|n| n == "البنك المركزي الموريتاني"),
        "{found:?}"
    );
    let found = names("وقالت الهيئة العامة للاستثمار إن المشروعات زادت.");
    assert!(
        found.iter().any(|n| n == "الهيئة العامة للاستثمار"),
        "{found:?}"
    );
}

/// What a side wins or draws after its name (حقق فريق تشرين الفوز على ضيفه، نال نادي الوحدة
/// اللقب) is the verb's object: the team is named without it.
#[test]
fn what_a_side_wins_is_no_word_of_its_name() {
    let found = bodies(
        "وحقق فريق تشرين الفوز على ضيفه فريق الجيش بأربعة أهداف، ونال نادي الوحدة اللقب.",
        &[],
        &[],
    );
    assert!(
        !found
            .iter()
            .any(|(n, _)| n.contains("الفوز") || n.contains("اللقب")),
        "{found:?}"
    );
}

/// A lone sound feminine plural after a head is the panel's remit (لجنة مسابقات فلان), not a
/// body's name; a lone name word still names one (شركة سوناطراك).
#[test]
fn a_lone_plural_after_a_head_is_its_remit() {
    let found = names("مقيم حكام محمد مهدي، لجنة مسابقات رامي أبو زيد وأحمد السطري.");
    assert!(!found.iter().any(|n| n.contains("مسابقات")), "{found:?}");
    let found = names("وقالت شركة سوناطراك إن الإنتاج ارتفع.");
    assert!(found.iter().any(|n| n.contains("سوناطراك")), "{found:?}");
}

/// A verb of the present after an indefinite head describes the body (وهي حركة تتبنى الخط
/// السلفي، جمعية تستهدف الشباب): no name; a verbal noun after it names one (حركة تحرير
/// الجنوب).
#[test]
fn a_present_verb_after_the_head_is_a_description() {
    for text in [
        "ووجهت إليهم تهمة الانتساب إلى حركة الاصلاح والتحدي وهي حركة تتبنى الخط السلفي المتشدد.",
        "وقال إن الجمعية تأسست عام 2010، وهي جمعية تستهدف الشباب العاطلين.",
    ] {
        let found = names(text);
        assert!(
            !found
                .iter()
                .any(|n| n.contains("تتبنى") || n.contains("تستهدف")),
            "{found:?}"
        );
    }
    let found = names("وأعلنت حركة تحرير الجنوب مسؤوليتها عن الهجوم.");
    assert!(found.iter().any(|n| n == "حركة تحرير الجنوب"), "{found:?}");
}

/// «لمجلس النواب وإلقائه خطبة العرش»: a verbal noun in إ after و is the next thing done, not a
/// definite word of the name (إلقاء normalises like an article); «مجلس النواب العشرين» is the
/// twentieth parliament, the same body, whose name the ordinal is not part of.
#[test]
fn a_verbal_noun_in_alif_hamza_or_a_term_s_number_ends_the_name() {
    let found =
        names("وشكر جلالته على افتتاح الدورة الثانية لمجلس النواب وإلقائه خطبة العرش السامي.");
    assert!(
        found.iter().any(|n| n.ends_with("مجلس النواب")),
        "{found:?}"
    );
    assert!(!found.iter().any(|n| n.contains("إلقائه")), "{found:?}");
    let found =
        names("وترأس النائب الجلسة الافتتاحية للدورة العادية الثانية لمجلس النواب العشرين أمس.");
    assert!(
        found.iter().any(|n| n.ends_with("مجلس النواب")),
        "{found:?}"
    );
    assert!(!found.iter().any(|n| n.contains("العشرين")), "{found:?}");
    // A definite word after و still joins two fields of one body.
    let found = names("وأعلنت وزارة الصناعة والتجارة عن خطة جديدة.");
    assert!(
        found.iter().any(|n| n == "وزارة الصناعة والتجارة"),
        "{found:?}"
    );
}

/// «وزارة الزراعة لتسويق الإنتاج الزراعي»: after a head and the one noun it governs, a derived
/// verbal noun with ل (تسويق، تنظيم) is what the ministry does, not its name; after an
/// adjective it is the body's field (المركز الوطني لتنمية الغطاء النباتي).
#[test]
fn a_purpose_after_a_ministry_s_field_ends_the_name() {
    for text in [
        "عرض المدير الخطوات التي تقوم بها وزارة الزراعة لتسويق الإنتاج الزراعي في الأسواق.",
        "وقال إن وزارة الزراعة لتنظيم الأسواق الداخلية تعمل.",
    ] {
        let found = names(text);
        assert!(found.iter().any(|n| n == "وزارة الزراعة"), "{found:?}");
        assert!(!found.iter().any(|n| n.contains("لت")), "{found:?}");
    }
    let found = names("وقالت جمعية الإحسان لتنمية المجتمع إنها وزعت المساعدات.");
    assert!(
        found.iter().any(|n| n == "جمعية الإحسان لتنمية المجتمع"),
        "{found:?}"
    );
    let found = names("وأعلن المركز الوطني لتنمية الغطاء النباتي خطته الجديدة.");
    assert!(
        found
            .iter()
            .any(|n| n == "المركز الوطني لتنمية الغطاء النباتي"),
        "{found:?}"
    );
}

/// «لرئيس مجلس النواب الكتل»، «رئيس مجلس الوزراء الوفد»: a state's chamber is whole in its two
/// words, and a definite noun after it is the verb's object; an adjective stays its own
/// (مجلس الشورى السعودي، مجلس الوزراء الموقر).
#[test]
fn a_noun_after_a_state_s_chamber_is_no_part_of_its_name() {
    let found = names("دعا النائب الأول لرئيس مجلس النواب الكتل إلى الحضور.");
    assert!(
        found.iter().any(|n| n.ends_with("مجلس النواب")),
        "{found:?}"
    );
    assert!(!found.iter().any(|n| n.contains("الكتل")), "{found:?}");
    let found = names("واستقبل رئيس مجلس الوزراء الوفد في مكتبه.");
    assert!(!found.iter().any(|n| n.contains("الوفد")), "{found:?}");
    let found = names("وعقد مجلس الشورى السعودي جلسته العادية.");
    assert!(
        found.iter().any(|n| n == "مجلس الشورى السعودي"),
        "{found:?}"
    );
}

/// «في محكمة كفر شكر الجديدة»: a toponym on a common noun takes the word after it as its name
/// even when that word is also a verb (شكر «thanked»); the body was «كفر» alone.
#[test]
fn a_toponym_after_a_head_keeps_its_name_word() {
    let found = names("انعقدت الجلسة في محكمة كفر شكر الجديدة برئاسة المستشار.");
    assert!(found.iter().any(|n| n == "محكمة كفر شكر"), "{found:?}");
    // With a kunya the toponym takes the kunya's name too.
    let found = names("وقال رئيس بلدية دير أبو سعيد إن المشروع بدأ.");
    assert!(found.iter().any(|n| n == "بلدية دير أبو سعيد"), "{found:?}");
    assert!(!found.iter().any(|n| n == "كفر"), "{found:?}");
    // A function word after the noun names nothing: no body is read there.
    let found = names("وأحالت النيابة القضية إلى محكمة كفر في الأسبوع الماضي.");
    assert!(!found.iter().any(|n| n.contains("كفر")), "{found:?}");
}

/// «رئيس المجلس البلدي للمدينة»: «of the city» points back to the town the story is about;
/// no body is named by it, while a named town after ل still completes the name.
#[test]
fn a_complement_pointing_back_to_the_town_names_no_body() {
    let found = names("بعد شكاية قدمها ضده رئيس المجلس البلدي للمدينة أمام المحكمة.");
    assert!(!found.iter().any(|n| n.contains("للمدينة")), "{found:?}");
    let found = bodies(
        "وقال رئيس المجلس الجماعي لطنجة إن المشروع انطلق.",
        &["طنجة"],
        &[],
    );
    let found: Vec<String> = found.into_iter().map(|(n, _)| n).collect();
    assert!(
        found.iter().any(|n| n == "المجلس الجماعي لطنجة"),
        "{found:?}"
    );
    // With an adjective the kind of place is a named one, and it stays in the name.
    let found = names("وقال رئيس الهيئة العامة للمنطقة الاقتصادية إن المشروع بدأ.");
    assert!(
        found.iter().any(|n| n == "الهيئة العامة للمنطقة الاقتصادية"),
        "{found:?}"
    );
}

/// «مساعد رئيس جامعة عمان الأهلية للشؤون الخارجية»: «affairs» after a deputy's or an
/// assistant's title over the head are the office's remit; «المجلس الأعلى للشؤون الإسلامية»
/// after its president alone keeps them in its name.
#[test]
fn a_deputy_s_remit_is_no_part_of_the_body_s_name() {
    let found = names("وقدم مساعد رئيس جامعة عمان الأهلية للشؤون الخارجية عرضا عن الخطة.");
    assert!(found.iter().any(|n| n == "جامعة عمان الأهلية"), "{found:?}");
    assert!(!found.iter().any(|n| n.contains("للشؤون")), "{found:?}");
    // A body with no name of its own before «affairs» is named by them, even under a deputy.
    let found = names("وقال نائب رئيس المجلس الأعلى للشؤون الإسلامية إن المسابقة انطلقت.");
    assert!(
        found.iter().any(|n| n == "المجلس الأعلى للشؤون الإسلامية"),
        "{found:?}"
    );
}

/// «جامعة جنوب الوادي»: a quarter of the compass as the name's first word governs the
/// definite word after it, a town's name too (الوادي is El Oued, and was cut off as a
/// demonym): the page was «جامعة جنوب».
#[test]
fn a_quarter_as_the_first_word_takes_its_region() {
    // With the gazetteer, as on a site: الوادي is El Oued there.
    let found = super::super::test_site::bodies_discovered(&[
        "وقال رئيس جامعة جنوب الوادي إن الطلاب عادوا، وإن شركة غرب الدلتا تعمل.",
    ]);
    for name in ["جامعة جنوب الوادي", "شركة غرب الدلتا"] {
        assert!(found.iter().any(|n| n == name), "«{name}» not in {found:?}");
    }
}

/// «ووقعت الهيئة العامة للكهرباء الاتفاقية»: after a definite ل complement a noun is the
/// verb's object; an adjective of any shape still goes on (الأحمر، الكريم، المسلحة).
#[test]
fn a_noun_after_a_definite_complement_is_the_object() {
    let found =
        names("ووقعت الهيئة العامة للكهرباء الاتفاقية أمس، ووقعت شركة الدلتا للكهرباء العقد معها.");
    for name in ["الهيئة العامة للكهرباء", "شركة الدلتا للكهرباء"]
    {
        assert!(found.iter().any(|n| n == name), "«{name}» not in {found:?}");
    }
    let found = names(
        "وقال الاتحاد الدولي للصليب الأحمر إن الوضع سيئ، وقالت الرابطة الوطنية للقرآن الكريم \
         إنها بدأت، وقال المجلس الأعلى للقوات المسلحة إنه رحب.",
    );
    for name in [
        "الاتحاد الدولي للصليب الأحمر",
        "الرابطة الوطنية للقرآن الكريم",
        "المجلس الأعلى للقوات المسلحة",
    ] {
        assert!(found.iter().any(|n| n == name), "«{name}» not in {found:?}");
    }
}

/// «مجلس الأمة الكويتي الميزانية»: a country's demonym ends a body's name, so the noun after
/// it is the verb's object; another demonym or an adjective bodies take after one (الرسمية،
/// العامة) may still follow, and an adjective of relation to no registered place (الوطنية،
/// الجهوية) ends nothing (a place's own name: `a_place_s_name_is_no_demonym`, in the suite).
#[test]
fn a_country_s_demonym_ends_the_name() {
    let registered = [
        "الكويت",
        "الكويتي",
        "الكويتية",
        "الصينية",
        "مصر",
        "المصرية",
        "الخليل",
    ];
    for (text, name) in [
        (
            "أقرّ مجلس الأمة الكويتي الميزانية يوم الثلاثاء.",
            "مجلس الأمة الكويتي",
        ),
        (
            "أقرّت وزارة الصحة الكويتية الميزانية أمس.",
            "وزارة الصحة الكويتية",
        ),
        (
            "وقعت جمعية الصداقة الكويتية الصينية اتفاقا.",
            "جمعية الصداقة الكويتية الصينية",
        ),
        (
            "وقال حزب التحالف الوطني الديمقراطي إنه يرفض القرار.",
            "حزب التحالف الوطني الديمقراطي",
        ),
        // «General» follows a demonym in a body's name.
        (
            "وأعلنت هيئة البترول المصرية العامة خطتها.",
            "هيئة البترول المصرية العامة",
        ),
    ] {
        let found: Vec<String> = bodies(text, &[], &registered)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert!(found.iter().any(|n| n == name), "{text}: {found:?}");
        assert!(
            !found.iter().any(|n| n.contains("الميزانية")),
            "{text}: {found:?}"
        );
    }
}
