//! Phrases after a body's head that describe something else, on made-up sentences: each
//! shape of construction once, with a name of the same head that stays.

use super::super::organizations::tests::bodies;

/// The phrases found as strong (linked when seen once).
fn strong(text: &str, places: &[&str]) -> Vec<String> {
    bodies(text, places, &[])
        .into_iter()
        .filter(|(_, s)| *s)
        .map(|(n, _)| n)
        .collect()
}

/// حركة right after a verbal noun تفعيل is its object, a motion (تنظيم حركة المرور); a
/// movement keeps its name elsewhere (أعلنت حركة العدل والمساواة).
#[test]
fn a_head_after_a_verbal_noun_is_its_object() {
    let found = strong("وتقرر تنظيم حركة البيع والشراء في السوق القديم.", &[]);
    assert!(found.is_empty(), "{found:?}");
    // With a clitic on the verbal noun (لتسهيل), the same.
    let found = strong(
        "واتفقا على تفعيل اللجان لتسهيل حركة الشاحنات والمسافرين عبر المعبر.",
        &[],
    );
    assert!(found.is_empty(), "{found:?}");
    let found = strong("وأعلنت حركة العدل والمساواة انسحابها من المفاوضات.", &[]);
    assert_eq!(found, ["حركة العدل والمساواة"]);
}

/// تنظيم is a verbal noun before anything but a known or quoted name: «في تنظيم النشاط
/// التجاري», «تنظيم ندوات» are actions with their object.
#[test]
fn a_verbal_noun_head_with_its_object_is_an_action() {
    for text in [
        "ويسهم المشروع في تنظيم النشاط التجاري ودعم المزارعين.",
        "وتشمل أنشطة المعرض تنظيم ندوات منها ندوة عن المكان.",
    ] {
        let found = bodies(text, &[], &[]);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

/// A government followed by its place alone is the place's (حكومة مملكة البحرين): a
/// suggestion at most; one named for the nation stays a body (حكومة الوحدة الوطنية).
#[test]
fn a_government_of_a_place_is_the_place() {
    let found = strong(
        "ووقعت حكومة مملكة البحرين مذكرة تفاهم جديدة.",
        &["مملكة البحرين"],
    );
    assert!(found.is_empty(), "{found:?}");
    let found = strong("وأعلنت حكومة الوحدة الوطنية خطة جديدة.", &[]);
    assert_eq!(found, ["حكومة الوحدة الوطنية"]);
}

/// The place's kind between the government and the place (حكومة ولاية كسلا) leaves it the
/// place's government: no body is found.
#[test]
fn a_government_of_a_place_after_its_kind_is_the_place() {
    let found = strong(
        "وعقد الوالي اجتماعا مشتركا ضم حكومة ولاية كسلا وقادة الأجهزة.",
        &["كسلا"],
    );
    assert!(found.is_empty(), "{found:?}");
}

/// One definite word after the head that is itself a kind of body (مجلس الجامعة، مجلس
/// الأمانة) is that body's organ; مجلس النواب stays a name.
#[test]
fn the_organ_of_a_body_is_no_name() {
    for text in [
        "وناقش مجلس الجامعة في اجتماعه البنود المدرجة.",
        "كما ناقش مجلس الأمانة الإجراءات المتخذة.",
        "وحضر أعضاء هيئة التدريس بالكلية ومجلس الكلية.",
    ] {
        let found = strong(text, &[]);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    assert_eq!(
        strong("وصوّت مجلس النواب على القانون.", &[]),
        ["مجلس النواب"]
    );
}

/// و and an honorific starts the next item of a list (مجلس الجامعة والسادة أعضاء …), and a
/// participle with its complement describes (هيئة التدريس البالغ عددهم، الواردة في): neither
/// is a word of the name.
#[test]
fn a_name_ends_before_an_honorific_or_a_governing_participle() {
    let found = bodies(
        "وحضر أعضاء مجلس الجامعة والسادة أعضاء مجلس النواب.",
        &[],
        &[],
    );
    assert!(
        found.iter().all(|(n, _)| !n.contains("والسادة")),
        "{found:?}"
    );
    let found = bodies("وبينهم 15 عضوا من هيئة التدريس البالغ عددهم 185.", &[], &[]);
    assert!(
        found.iter().all(|(n, _)| !n.contains("البالغ")),
        "{found:?}"
    );
    let found = strong(
        "وفق اختصاصات مجلس الجامعة الواردة في المادة 11 من القانون.",
        &[],
    );
    assert!(found.is_empty(), "{found:?}");
}

/// Bare words after a head that make no name: a device's make (جهاز كمبيوتر), a verb of the
/// present after an adjective read as a head (بيئات فضائية تتسم), a kunya cut from its name
/// (سوق بو | ثمانية), an indefinite adjective with another (مجلس رئاسي جديدين) or a
/// participle (مجمع طبي متكامل).
#[test]
fn bare_words_that_make_no_name() {
    for text in [
        "إذ يضم جهاز كمبيوتر مقاوما للإشعاع.",
        "في بيئات فضائية تتسم بالخطورة والتحديات.",
        "في الموقع المجاور للسوق القديم (سوق بو ثمانية).",
        "مبديا ارتياحه بانتخاب حكومة وحدة ومجلس رئاسي جديدين.",
        "وأنهت المحافظة أعمال تطوير مشروع سوق طوي الحارة بتكلفة كبيرة.",
        "وأقيم مستشفى ميداني في المنطقة لاستقبال الجرحى.",
        "ويعد المبنى مجمع طبي متكامل يخدم أهالي القضاء.",
    ] {
        let found = strong(text, &[]);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    assert_eq!(
        strong("وقالت شركة غازبروم إن الإمدادات مستمرة.", &[]),
        ["غازبروم"]
    );
}

/// A quoted name after a body's phrase: the holder of the title before the head is a person
/// (ومدير دائرة الهندسة "د. جبر الكسيح"), bare name words after a definite description of a
/// kind of body are that body (للمؤسسة العمومية للصحة الجوارية "بشير منتوري").
#[test]
fn a_quoted_name_after_a_body_phrase() {
    let found = bodies(
        "وحضر مدير دائرة الهندسة \"د. جبر الكسيح\" ورؤساء الأقسام.",
        &[],
        &[],
    );
    assert!(found.iter().all(|(n, _)| !n.contains("جبر")), "{found:?}");
    let found = strong(
        "واحتلت العيادة التابعة للمؤسسة العمومية للصحة الجوارية \"بشير منتوري\" المرتبة الثانية.",
        &[],
    );
    assert_eq!(found, ["بشير منتوري"]);
}

/// A body named after a person keeps its head (لمجموعة طلعت مصطفى): the two words alone are
/// the man.
#[test]
fn a_body_named_after_a_person_keeps_its_head() {
    let found = strong("وأعلن الرئيس التنفيذي لمجموعة طلعت مصطفى إطلاق مشروع.", &[]);
    assert_eq!(found, ["لمجموعة طلعت مصطفى"]);
}

/// A court of a level that sits in every province is no body by its level alone (قضت محكمة
/// الجنايات); its seat makes it one (محكمة جنايات القاهرة), and a court the country has one
/// of keeps its one word (محكمة التمييز).
#[test]
fn a_court_of_many_seats_needs_its_seat() {
    let found = strong(
        "وقضت محكمة الجنايات المنعقدة في أكاديمية الشرطة بإعدامه.",
        &[],
    );
    assert!(found.is_empty(), "{found:?}");
    assert_eq!(
        strong("وأيدت محكمة التمييز الحكم الصادر.", &[]),
        ["محكمة التمييز"]
    );
    assert_eq!(
        strong("وقضت محكمة جنايات القاهرة بسجنه.", &["القاهرة"]),
        ["محكمة جنايات القاهرة"]
    );
}

/// A committee «for» an event named after ل organises it for a season (اللجنة العليا
/// لمهرجان شرم الشيخ الدولي للمسرح); a body's definite field stays (الهيئة العامة للمعارض
/// والمؤتمرات).
#[test]
fn the_committee_of_an_event_is_no_body() {
    let found = strong(
        "ويشارك في عضوية اللجنة العليا لمهرجان شرم الشيخ الدولي للمسرح الشبابي.",
        &["شرم الشيخ"],
    );
    assert!(found.is_empty(), "{found:?}");
    assert_eq!(
        strong("ووقعت الهيئة العامة للمعارض والمؤتمرات مذكرة تفاهم.", &[]),
        ["الهيئة العامة للمعارض والمؤتمرات"]
    );
}

/// A department before في or ب and a body is a unit of that body (دائرة العلاقات العامة
/// والإعلام في بلدية خان يونس); before a place it may be the body (دائرة الثقافة بالشارقة).
#[test]
fn a_department_of_a_body_is_no_name() {
    let found = strong(
        "وكانت دائرة العلاقات العامة والإعلام في بلدية خان يونس قد نظمت حفلا.",
        &["خان يونس"],
    );
    assert!(found.iter().all(|n| !n.contains("العلاقات")), "{found:?}");
}

/// With its seat after ب or في, a court of many seats is one body, named with its seat: the
/// appeal court of Rabat is not Casablanca's (محكمة الاستئناف بالرباط، المحكمة الابتدائية
/// بالمنستير).
#[test]
fn a_court_of_many_seats_stands_with_its_seat() {
    let found = strong(
        "وأحيل على الوكيل العام لدى محكمة الاستئناف بالرباط الذي قرر إيداعه السجن.",
        &["بالرباط"],
    );
    assert_eq!(found, ["محكمة الاستئناف بالرباط"]);
    let found = strong(
        "ومثل المتهم أمام الدائرة الجناحية بالمحكمة الابتدائية بالمنستير أمس.",
        &["بالمنستير"],
    );
    assert_eq!(found, ["بالمحكمة الابتدائية بالمنستير"]);
    // …and so after في (محكمة الصلح في حيفا), but not before another word (في القضية).
    assert_eq!(
        strong("قررت محكمة الصلح في حيفا تسريح المعتقل.", &["حيفا"]),
        ["محكمة الصلح في حيفا"]
    );
    assert!(strong("قررت محكمة الصلح في القضية تسريح المعتقل.", &[]).is_empty());
}

/// A head read with its clitic (بغرفة) keeps its own rules: غرفة needs a place, so «بغرفة
/// الجنايات الابتدائية» is no body (and never one named with its ب).
#[test]
fn a_head_with_its_clitic_keeps_its_rules() {
    let found = bodies(
        "قضت الهيئة القضائية بغرفة الجنايات الابتدائية بإدانة شاب.",
        &[],
        &[],
    );
    assert!(found.iter().all(|(n, _)| !n.contains("بغرفة")), "{found:?}");
}

/// A committee named by its remit alone, fields joined by و or a task, is one of a
/// parliament's or a government's, a description (لجنة الزراعة والسياحة، اللجنة العليا
/// لتهيئة البيئة لعودة المواطنين); one of a single field or named with its nation or the
/// world stays a body (لجنة الانتخابات المركزية، اللجنة الوطنية اللبنانية، اللجنة الأولمبية
/// الدولية).
#[test]
fn a_committee_named_by_its_remit_is_a_description() {
    for text in [
        "عقدت لجنة الأشغال العامة والنقل والطاقة والمياه جلسة برئاسة النائب.",
        "وحل النائب مكان زميله في لجنة الزراعة والسياحة أمس.",
        "وأشاد الاجتماع بجهود اللجنة العليا لتهيئة البيئة لعودة المواطنين إلى العاصمة.",
    ] {
        let found = strong(text, &[]);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    let found = strong(
        "وأعلنت اللجنة الوطنية اللبنانية للتربية والعلوم برنامجها.",
        &[],
    );
    assert!(!found.is_empty(), "{found:?}");
    for text in [
        "وقررت اللجنة الأولمبية الدولية تأجيل الألعاب.",
        "وقالت لجنة الانتخابات المركزية إن التصويت انتهى.",
        "وأعلنت اللجنة العليا للانتخابات النتائج.",
    ] {
        let found = strong(text, &[]);
        assert!(!found.is_empty(), "{text}: {found:?}");
    }
}

/// A team's coaching or medical staff (الجهاز الفني للأزرق، الجهاز الطبي للفريق) is no body;
/// a body headed by جهاز and named by its field stays one (جهاز المخابرات العامة).
#[test]
fn a_team_s_staff_is_no_body() {
    for text in [
        "ويسعى الجهاز الفني للأزرق بقيادة المدرب لتفادي السلبيات.",
        "وأكد الجهاز الطبي للفريق جاهزية اللاعبين.",
    ] {
        let found = bodies(text, &[], &[]);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    let found = strong("وأعلن جهاز المخابرات العامة القبض على الخلية.", &[]);
    assert!(!found.is_empty(), "{found:?}");
}

/// A committee named for the place the story is about (لجنة أمن الولاية) is that place's
/// organ, a description: no body is found, where one of a named field stays.
#[test]
fn a_committee_of_the_place_the_story_is_about_is_no_body() {
    let found = strong(
        "وقدم مدير الشرطة تنويرا إنابة عن لجنة أمن الولاية حول الأوضاع.",
        &[],
    );
    assert!(found.is_empty(), "{found:?}");
}
