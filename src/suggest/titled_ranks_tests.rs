//! The title rules (`titled.rs`) on made-up sentences, continued: ranks and offices that are
//! the title's (الفريق شرطة حقوقي، الجنرال دوكور دارمي، مفتش), and the words right after a title
//! or its comma that open no name (يرافقه، قطاع، a word in و); titles that are also given names
//! or possessives (أمين، نائبه), and two-word titles (كاتب الدولة، والي الولاية).

use super::super::test_site::people;

/// The Sudanese police's legal and medical officers carry the arm after the rank (الفريق
/// شرطة حقوقي، اللواء طبيب): part of the title, and the name follows (after «د.» too).
#[test]
fn a_legal_or_medical_officer_s_rank_is_no_part_of_the_name() {
    let found = people(&[
        "أكد الفريق شرطة حقوقي د. سراج الدين منصور خالد، مدير شرطة ولاية الخرطوم، أن الأمن مستتب.",
        "وقال اللواء طبيب عادل محجوب حسين إن المستشفى جاهز.",
    ]);
    for name in ["سراج الدين منصور خالد", "عادل محجوب حسين"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|f| f.contains("حقوقي") || f.contains("طبيب")),
        "{found:?}"
    );
}

/// A slash after a body's name sets off its division (المكتب الوطني للكهرباء/ قطاع
/// الماء), and a sector is no one's given name.
#[test]
fn a_sector_after_a_slash_is_no_person() {
    let found = people(&[
        "وحضر المدير الجهوي للمكتب الوطني للكهرباء بمراكش/ قطاع الماء ، ومدير المكتب الجهوي.",
        "وحضر المدير الجهوي للمكتب الوطني للكهرباء بمراكش/ قطاع الماء الاجتماع.",
    ]);
    assert!(!found.iter().any(|f| f.contains("الماء")), "{found:?}");
}

/// نيابة عن («on behalf of») and a preposition with a pronoun: neither is a body's name.
#[test]
fn on_behalf_of_them_is_no_prosecution() {
    let found = super::super::test_site::bodies_discovered(&[
        "ألقت الكلمة نيابة عنهن الطالبة ريم نايف الرويثي من جامعة طيبة.",
        "وتحدث نيابة عنهما الطالب سعد، ونيابة عنهم المدير.",
    ]);
    assert!(!found.iter().any(|f| f.contains("عنه")), "{found:?}");
}

/// A family name of relation after a given and a father's name, before «من» and where the
/// person comes from: the name's last word (ريم نايف الرويثي من جامعة طيبة).
#[test]
fn a_nisba_before_where_the_person_is_from_ends_the_name() {
    let found = people(&["ألقت الكلمة الطالبة ريم نايف الرويثي من جامعة طيبة."]);
    assert!(found.iter().any(|f| f == "ريم نايف الرويثي"), "{found:?}");
}

/// A verb of the present with its object pronoun after a title's comma (عدنان بدران رئيس
/// الوزراء الأسبق، يرافقه وفد) opens the next clause; it is no name.
#[test]
fn a_verb_with_its_object_after_a_title_s_comma_is_no_name() {
    let found = people(&[
        "زار الجامعة عدنان بدران رئيس الوزراء الاردني الاسبق، يرافقه وفد ضم كل من الدكتور عصام زعبلاوي.",
        "وصل وزير الخارجية الأسبق، يتقدمهم مدير المكتب، إلى القاعة.",
    ]);
    assert!(found.iter().any(|f| f == "عصام زعبلاوي"), "{found:?}");
    assert!(!found.iter().any(|f| f.starts_with("ي")), "{found:?}");
}

/// The French grades Moroccan news writes in Arabic letters are the rank's (الجنرال دوكور
/// دارمي), and an inspector is an office (مفتش شرطة), neither a name.
#[test]
fn a_general_s_grade_and_an_inspector_are_no_names() {
    let found = people(&[
        "واستقبل الوفد من قبل الجنرال دوكور دارمي قائد المنطقة الجنوبية، الذي استعرض المهام.",
        "وترأس الجنرال دوكور دارمي محمد بريظ الاجتماع.",
        "ومن بين العناصر مدني يدعى عبد الله والده مفتش شرطة سابق.",
    ]);
    assert!(found.iter().any(|f| f == "محمد بريظ"), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|f| f.contains("دارمي") || f.contains("مفتش")),
        "{found:?}"
    );
}

/// A word in و right after a title that is also an adjective (فرق مدربة «trained teams»)
/// is the next noun, unless the و is the name's own (المهندس واصف حنيني).
#[test]
fn a_word_in_waw_right_after_a_title_is_the_next_noun() {
    let found = people(&[
        "بمشاركة فرق صحية ميدانية مدربة ومشرفين فنيين، وبدعم من الشركاء.",
        "وقال المهندس واصف حنيني إن العمل مستمر.",
        "وقال الرئيس ويليام روتو إن الانتخابات نزيهة.",
    ]);
    assert!(found.iter().any(|f| f == "واصف حنيني"), "{found:?}");
    assert!(found.iter().any(|f| f == "ويليام روتو"), "{found:?}");
    assert!(!found.iter().any(|f| f.contains("مشرفين")), "{found:?}");
}

/// Elias as the Levant writes it, no hamza under its alef (الياس), is a given name after a
/// title, as الحسن or الطيب are.
#[test]
fn elias_without_hamza_opens_a_name() {
    let found = people(&["وقال المهندس الياس بطرس إن أعمال الترميم مستمرة."]);
    assert!(found.iter().any(|f| f == "الياس بطرس"), "{found:?}");
}

/// أمين is a secretary's title (أمين عام، أمين سر، أمين عمان) and a common given name: after a
/// complete title, before a family name, it opens the name (رئيس المجلس الشعبي البلدي أمين
/// علوش); before its own complement it stays the title.
#[test]
fn amin_before_a_family_name_is_the_given_name() {
    let found = people(&[
        "وطاف الوفد بمعية رئيس المجلس الشعبي البلدي أمين علوش بالمرافق.",
        "وقال رئيس الحزب إن أمين عام اللجنة غائب، وحضر أمين سر الحركة الاجتماع.",
        "وقال رئيس النادي أمين سر اللجنة إن المدير أمين مخزن سابقا.",
    ]);
    assert!(found.iter().any(|f| f == "أمين علوش"), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|f| f.contains("عام") || f.contains("سر") || f.contains("مخزن")),
        "{found:?}"
    );
}

/// «والي الولاية» is the province's wali once the province is named (Algerian papers), so
/// the name follows; «وإلى الولاية» («and to the province») is written with its hamza.
#[test]
fn the_province_s_wali_is_a_title() {
    let found = people(&[
        "وقد طاف الوفد الوزاري، بمعية والي الولاية إبراهيم أوشان، بمختلف المرافق.",
        "ونقل المصابون من البلدية وإلى الولاية سامي الحفل أمس.",
    ]);
    assert!(found.iter().any(|f| f == "إبراهيم أوشان"), "{found:?}");
    assert!(!found.iter().any(|f| f.contains("سامي")), "{found:?}");
}

/// A deputy or ambassador named with a possessive (ونائبه مرعي البرعصي) is a title with no
/// complement: نائبه is not نائبة, the construct title (نائبة رئيس الوزراء سهام علي), nor
/// سفيرها سفيرة (سفيرة الولايات المتحدة في نواكشوط سينثيا كيرشت).
#[test]
fn a_deputy_with_a_possessive_is_a_complete_title() {
    // The gazetteer knows the ambassador's country and post, which complete her title.
    let found: Vec<String> = super::super::test_site::discovered_with(
        &[
            "وسيضم الاجتماع محافظ المصرف ناجي عيسى، ونائبه مرعي البرعصي وأعضاء مجلس الإدارة.",
            "وقالت نائبة رئيس الوزراء سهام علي إن الحكومة مستعدة.",
            "واجتمع الوزير مع سفيرة الولايات المتحدة الأمريكية في نواكشوط سينثيا كيرشت.",
        ],
        true,
    )
    .into_iter()
    .filter(|(_, kind)| *kind == crate::load::EntityKind::Person)
    .map(|(name, _)| name)
    .collect();
    for name in ["مرعي البرعصي", "سهام علي", "سينثيا كيرشت"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// The Maghreb's secretary of state (كاتب الدولة) and Egypt's accountant (المحاسب) are
/// titles; after a two-word title the verb's object is not the name's last word (وحضر وزير
/// الدولة سفيان شايب الحفل).
#[test]
fn a_secretary_of_state_and_an_accountant_are_titles() {
    let found = people(&[
        "وحضر كاتب الدولة سفيان شايب الحفل.",
        "وحضر وزير الدولة كريم بوزيد الحفل.",
        "رافقه المحاسب خالد النمر السكرتير العام المساعد للمحافظة.",
    ]);
    for name in ["سفيان شايب", "كريم بوزيد", "خالد النمر"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(!found.iter().any(|f| f.contains("الحفل")), "{found:?}");
}

/// A sultan's title (السلطان قابوس بن سعيد المعظم) is a title like a king's.
#[test]
fn a_sultan_is_titled() {
    let found = people(&["وقال إن السلطان قابوس بن سعيد المعظم رعى الحفل."]);
    assert!(found.iter().any(|f| f == "قابوس بن سعيد"), "{found:?}");
}
