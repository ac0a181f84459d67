//! The rules of people named without a title, on made-up sentences in the style of decrees
//! and appointment lists, through the public pipeline (`discovery: auto`, no gazetteer).

use super::super::test_site::people;

/// After a verb of appointing, each clause in و that names someone right before an office
/// (in the accusative, or «في منصب») is the next appointee, whether a comma or a space stands
/// before its و; the office and the و are not part of the name.
#[test]
fn the_appointees_after_the_verb_in_clauses_of_waw() {
    let found = people(&[
        "وصدر مرسوم بتعيين سامي الرفاعي وزيرا للعدل، وماهر القاسمي وزيرا للنقل \
         ووليد الحارثي وزيرا للزراعة وسعد الدين الهاشمي وزيرا للصحة، ونادر الكعبي في منصب وزير الإسكان.",
    ]);
    for name in [
        "سامي الرفاعي",
        "ماهر القاسمي",
        "وليد الحارثي",
        "سعد الدين الهاشمي",
        "نادر الكعبي",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with('و') && f != "وليد الحارثي" || f.contains("وزير")),
        "{found:?}"
    );
}

/// Without a verb of appointing before it, a clause in و before an accusative office is not
/// read as an appointment.
#[test]
fn no_appointee_without_the_verb() {
    let found = people(&["وذكرت الصحيفة أن الجلسة عقدت ورامي العلي مستشارا للنادي منذ عامين."]);
    assert!(!found.iter().any(|f| f.contains("رامي")), "{found:?}");
}

/// A paragraph that opens with a full name, a comma and the office in the accusative is one
/// line of a list of appointments whose verb came earlier (a wali's list in Mauritania).
#[test]
fn a_name_then_its_office_after_a_comma() {
    let found = people(&[
        "وأجرت الحكومة تعديلات واسعة على الإدارة الإقليمية.\n\nيحيى ولد سيدي، واليا لولاية \
         آدرار.\n\nسالم ولد بوبكر، واليا لولاية تكانت.\n\nأحمد ولد الطالب، تم تعيينه واليا \
         لولاية لعصابة.",
    ]);
    for name in ["يحيى ولد سيدي", "سالم ولد بوبكر", "أحمد ولد الطالب"]
    {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// A commissioner and the dual «وزيري» are titles: the name after their complement is a
/// person's (بمفوض العمل الطوعي كريم النعيمي، وزيري الصحة رامي الخطيب); an assistant's or a
/// commissioner's office with no name after it names no one (ومساعد المفوض السامي لشئون
/// اللاجئين), whichever way the hamza of شئون is written.
#[test]
fn a_commissioner_and_two_ministers_are_titles() {
    let found = people(&[
        "والتقى الوالي بمفوض العمل الطوعي والإنساني كريم النعيمي في مكتبه.",
        "وجرى ذلك بحضور وزيري الصحة رامي الخطيب، والتعليم منير السعدي.",
        "واجتمع الوالي مع نائبة المفوض السامي لشئون اللاجئين ومساعد المفوض السامي لشئون \
         اللاجئين وسفير الاتحاد.",
    ]);
    for name in ["كريم النعيمي", "رامي الخطيب"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|f| f.contains("اللاجئين") || f.contains("مساعد") || f.contains("المفوض")),
        "{found:?}"
    );
}

/// A sovereign's ordinal after the given name is part of the name when the clause goes on
/// with when or where (الملك فيصل الثالث اليوم), though the site writes the ordinal as an
/// ordinary word elsewhere, in both genders (الدورة الثالثة، الفصل الثالث).
#[test]
fn a_sovereign_s_ordinal_before_the_time_of_the_clause() {
    let found = people(&[
        "واستقبل الملك فيصل الثالث اليوم وفدا برلمانيا في القصر.",
        "وانطلقت الدورة الثالثة بعد الفصل الثالث من العام.",
    ]);
    assert!(found.iter().any(|f| f == "فيصل الثالث"), "{found:?}");
}

/// What a player scores ends his name after a title too: «اللاعب محمد صلاح هدفين» is
/// محمد صلاح, not «محمد صلاح هدفين».
#[test]
fn goals_end_a_player_s_name_after_a_title() {
    let found = people(&["وسجل اللاعب محمد صلاح هدفين في شباك المنافس، وأضاف زميله عمر مرموش هدفا."]);
    assert!(found.contains(&"محمد صلاح".to_string()), "{found:?}");
    assert!(!found.iter().any(|n| n.contains("هدف")), "{found:?}");
}

/// The و before a conjoined appointee is a clitic, never part of the name, even when the
/// name is written only there (ونبيل …): the name starts after it.
#[test]
fn the_waw_of_a_conjoined_appointee_is_not_in_the_name() {
    let found = people(&[
        "ونص المرسوم على تعيين سامي الرفاعي في منصب وزير العدل ونزيه بن عبد الرحيم في منصب \
         وزير النقل وماجد الكعبي وزيرا للصحة.",
    ]);
    assert!(found.iter().any(|f| f == "نزيه بن عبد الرحيم"), "{found:?}");
    assert!(!found.iter().any(|f| f.starts_with("ونزيه")), "{found:?}");
}

/// A given name written with the article (الطاهر، الطيب) opens the name after a title and in
/// a list of appointees, where another definite word would be the title's complement.
#[test]
fn a_given_name_with_the_article() {
    let found = people(&[
        "وقال الأمين العام للحكومة الأستاذ الطاهر عبدالرحيم موسى إن الاجتماع انتهى.",
        "كما عين سعيد الفارس وزيرا للمالية والطيب الزروالي وزيرا للنقل.",
    ]);
    for name in ["الطاهر عبدالرحيم موسى", "الطيب الزروالي"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(!found.iter().any(|f| f == "عبدالرحيم موسى"), "{found:?}");
}

/// A rank written with the article (العماد) does not make the given name of the same word an
/// ordinary one: «علي عماد الدين» stays a full name on a site that writes «العماد».
#[test]
fn a_rank_does_not_hide_a_given_name() {
    let found = people(&[
        "وهنأ المجلس العماد سمير الحداد بالمنصب الجديد.",
        "وقال الدكتور علي عماد الدين، مدير المستشفى، إن العمل مستمر.",
    ]);
    assert!(found.iter().any(|f| f == "علي عماد الدين"), "{found:?}");
    assert!(found.iter().any(|f| f == "سمير الحداد"), "{found:?}");
}

/// A member (عضو) is a title: the full name after its body and a comma is a person's.
#[test]
fn a_member_is_a_title() {
    let found = people(&["وقال عضو مجلس بلدية الميناء، سامر القيسي، إن الجلسة أرجئت."]);
    assert!(found.iter().any(|f| f == "سامر القيسي"), "{found:?}");
}

/// A wali is a title before «ولاية» and its place too (والي ولاية الخرطوم سامي بخيت محمد),
/// where والي alone stays «and to» before anything but a place.
#[test]
fn a_wali_before_the_word_for_his_state() {
    let found = people(&[
        "وقال والي ولاية الخرطوم سامي بخيت محمد إن الوضع مستقر.",
        "وعاد الوفد من العاصمة والي ولاية الجزيرة في اليوم التالي.",
    ]);
    assert!(found.iter().any(|f| f == "سامي بخيت محمد"), "{found:?}");
    assert_eq!(found.len(), 1, "{found:?}");
}

/// A dual title (وزيري) names two people: the second after a comma, و and the second office's
/// complement; an imam is a title too.
#[test]
fn the_second_holder_of_a_dual_title_and_an_imam() {
    let found = people(&[
        "وجرى اللقاء بحضور وزيري النقل سامي الراشد، والزراعة والري كمال الفيتوري، لمناقشة الخطة.",
        "وزار الوفد ضريح الإمام يوسف بن عمر في المدينة القديمة.",
    ]);
    for name in ["سامي الراشد", "كمال الفيتوري", "يوسف بن عمر"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// The plural of a title (وكلاء، عمداء، رؤساء) names a group of officials, never a person:
/// «ووكلاء وعمداء الكليات» after a name is no second name joined by و.
#[test]
fn plural_titles_after_a_name_are_no_name() {
    let found = people(&[
        "واستقبله رئيس المعهد الدكتور سالم الحربي ووكلاء وعمداء الكليات في القاعة.",
        "وحضر اللقاء الأستاذ نادر العمري ورؤساء الأقسام.",
    ]);
    assert!(found.iter().any(|f| f == "سالم الحربي"), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|f| f.contains("وكلاء") || f.contains("عمداء") || f.contains("رؤساء")),
        "{found:?}"
    );
}

/// After a verb of appointing or dismissing, a decree may set each name off from its post or
/// town by a dash (إعفاء فلان – المدير التنفيذي، وفلان – الدامر): the و of each item and the
/// verbal noun before the first are no part of a name, even after a title (قرر المحافظ
/// إعفاء …); right after the verbal noun a first name in ة is a woman's (وتعيين فاطمة …).
#[test]
fn a_decree_sets_names_off_by_dashes() {
    let found = people(&[
        "وقرر المحافظ إعفاء سامر عبد الهادي – مدير الصحة، وكمال يوسف النمر – البلدة الشرقية، \
         وتعيين وليد سعيد الخطيب – البلدة الشرقية، وتعيين فاطمة حسن الرميثي – مديرة للصحة.",
    ]);
    for name in [
        "سامر عبد الهادي",
        "كمال يوسف النمر",
        "وليد سعيد الخطيب",
        "فاطمة حسن الرميثي",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|f| f.contains("مدير") || f.contains("إعفاء") || f.starts_with("وكمال")),
        "{found:?}"
    );
}

/// The next appointee of a decree after و ends at his office in the accusative, a word the
/// site may not know as a title's (… ونبيل بوزيان سفيرا لدى مصر).
#[test]
fn the_next_appointee_ends_at_the_office() {
    let found = people(&[
        "وقرر المجلس تعيين سامي بوعلام مديرا عاما للشركة، ونبيل بوزيان سفيرا لدى مصر، وكمال \
         قدوري مستشارا قانونيا.",
    ]);
    for name in ["سامي بوعلام", "نبيل بوزيان", "كمال قدوري"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// More verbs of saying before their subject (نفى، حذر، أفاد، اعترف، تساءل، علق، استنكر،
/// نوه، رأى), when «أن» or punctuation follows the name; before a preposition (حذر فلان من)
/// the rule does not read it.
#[test]
fn more_verbs_of_saying() {
    let found = people(&[
        "ونفى نبيل بوزيان أن يكون الوضع صعبا، وحذر كمال الحمادي أن الأزمة ستطول، واعترف سامر \
         العتيبي، أمس، بالخطأ، ورأى ماهر قدوري أن الحل قريب.",
    ]);
    for name in ["نبيل بوزيان", "كمال الحمادي", "سامر العتيبي", "ماهر قدوري"]
    {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}
