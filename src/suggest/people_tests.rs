//! The rules that find people — titles, lists, lineages, names before their office — on
//! made-up sentences, through the public pipeline (`discovery: auto`, no gazetteer). The
//! appointees of decrees are in `appointees_tests.rs`.

use super::super::test_site::{discovered_with, people};

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

/// «خادم الحرمين الشريفين» is the Saudi king's title, not a complement whose last word is a
/// name: «سفير خادم الحرمين الشريفين» names no one «الحرمين», and the ambassador's name after
/// it is still found.
#[test]
fn the_custodian_of_the_two_holy_mosques_is_a_title() {
    let found = people(&[
        "التقى رئيس الحكومة بسفير خادم الحرمين الشريفين لدى مصر ومندوب المملكة.",
        "وحضر اللقاء سفير خادم الحرمين الشريفين نايف بن بندر السديري.",
    ]);
    assert!(!found.iter().any(|f| f.contains("الحرمين")), "{found:?}");
    assert!(
        found.iter().any(|f| f == "نايف بن بندر السديري"),
        "{found:?}"
    );
}

/// «بصفوف» (in the ranks of) and the club after it stand between a player's title and his
/// name; the preposition never opens a name.
#[test]
fn a_club_after_in_the_ranks_of_is_no_name() {
    let found = people(&["وحاول المحترف المغربي بصفوف الوحدة كريم الساعدي خطأ بين الدفاع."]);
    assert!(!found.iter().any(|f| f.contains("صفوف")), "{found:?}");
    assert!(found.iter().any(|f| f == "كريم الساعدي"), "{found:?}");
}

/// A title in apposition after a name, then a comma (فلان محافظ الغربية، أعمال …): the name
/// before the title is the titled one; the words after the comma are the sentence's object.
#[test]
fn no_second_name_after_a_title_in_apposition() {
    let found =
        people(&["تفقد المهندس سامر عبدون محافظ الدقهلية، أعمال تطوير ورفع كفاءة الطرق بالمدينة."]);
    assert!(found.iter().any(|f| f == "سامر عبدون"), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|f| f.contains("أعمال") || f.contains("كفاءة")),
        "{found:?}"
    );
    // A given name after the comma is the next person (the one received).
    let found = people(&["واستقبل الرئيس سامر عبدون وزير الخارجية، أحمد الكعبي في مكتبه."]);
    assert!(found.iter().any(|f| f == "أحمد الكعبي"), "{found:?}");
}

/// A venue or a competition named after a prince, the name quoted or not, is no mention of
/// him.
#[test]
fn a_patron_of_a_venue_or_competition_is_no_mention() {
    let found = people(&[
        "أقيمت المباراة على ملعب \"الأمير سلطان بن فهد\"، ضمن الجولة الثالثة من دوري كأس \
         الأمير نواف بن فيصل للناشئين.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// After a chain of forebears, a last word the site also writes with the article (القحطاني …
/// قحطاني) is the family name when the sentence ends on it.
#[test]
fn a_family_name_after_the_lineage_ends_the_sentence() {
    let found = people(&[
        "واستقبل الوزير السفير خالد بن عبد الرحمن قحطاني. وقام القحطاني بجولة في المدينة.",
    ]);
    assert!(
        found.iter().any(|f| f == "خالد بن عبد الرحمن قحطاني"),
        "{found:?}"
    );
}

/// A longer form of a person's name is the same person: with the forebears after it anywhere
/// on the site, with a middle name added only within one article (two men may share a first
/// and a family name).
#[test]
fn a_longer_form_of_a_name_is_an_alias() {
    let site = super::super::test_site::people_with_aliases(&[
        "قال وزير الخارجية نايف بن سلمان إن الزيارة مهمة.",
        "واستقبل وزير الخارجية نايف بن سلمان بن فهد نظيره.",
        "تابع المهندس سامر رضوان محافظ الدقهلية الأعمال.\n\nوأكد سامر حسين رضوان محافظ \
         الدقهلية، أن المشروع مهم.",
        "وقال الوزير ماجد عيسى إن الخطة جاهزة.",
        "وأضاف الوزير ماجد سالم عيسى أن الأمر مختلف.",
    ]);
    let names: Vec<&str> = site.iter().map(|(n, _)| n.as_str()).collect();
    let of = |first: &str| -> Vec<&(String, Vec<String>)> {
        site.iter().filter(|(n, _)| n.starts_with(first)).collect()
    };
    assert_eq!(of("نايف").len(), 1, "{names:?}");
    let samer = of("سامر");
    assert_eq!(samer.len(), 1, "{names:?}");
    assert!(
        samer[0].1.iter().any(|a| a == "سامر حسين رضوان"),
        "{samer:?}"
    );
    // Two articles: ماجد عيسى and ماجد سالم عيسى may be two men.
    assert_eq!(of("ماجد").len(), 2, "{names:?}");
}

/// أمير is a given name as well as a title: before a family name in a match report it opens
/// the scorer's name; before a given name (أمير فيصل بن بندر) or a place it stays the title.
#[test]
fn amir_as_a_given_name() {
    let found = people(&[
        "في بداية المباراة ظهر الفريقان بحماس كبير، وافتتح أمير زرقون التهديف لصالح الوداد \
         من ضربة جزاء في الدقيقة 22، قبل أن يسجل اللاعب سامي دحان هدف التعادل.",
        "وحضر الحفل أمير منطقة الرياض ونائبه.",
    ]);
    assert!(found.iter().any(|f| f == "أمير زرقون"), "{found:?}");
    assert!(!found.iter().any(|f| f.contains("منطقة")), "{found:?}");
}

/// A definite given name before بنت or بن opens the name after a title (الشيخة الميساء بنت
/// راشد): the lineage is hers, never a name of its own beginning with بنت.
#[test]
fn a_definite_given_name_before_the_lineage_opens_the_name() {
    let found = people(&[
        "برعاية سعادة الشيخة الميساء بنت راشد بن حمد آل سالم، رئيسة مجلس أمناء المتحف، وهذا الدعم كبير.",
        "وبحضور رئيس المجلس الشعبي الولائي بن عمر زيداني، رئيس الديوان.",
    ]);
    assert!(
        found.iter().any(|f| f == "الميساء بنت راشد بن حمد آل سالم"),
        "{found:?}"
    );
    assert!(!found.iter().any(|f| f.starts_with("بنت")), "{found:?}");
    // An adjective of relation before an Algerian family name in بن ends the title.
    assert!(found.iter().any(|f| f == "بن عمر زيداني"), "{found:?}");
}

/// السيد right after a common given name is a middle name (علاء السيد كمال عيسى), not a title
/// that opens a shorter name; after a noun it is still the title (وقال السيد كمال عيسى).
#[test]
fn sayyid_after_a_given_name_is_a_middle_name() {
    let found = people(&[
        "واستمعت المحكمة إلى دفاع المتهم الثاني علاء السيد كمال عيسى، مدير عام الإدارة.",
        "وقال السيد ناجي فرحات إن العمل مستمر.",
    ]);
    assert!(
        found.iter().any(|f| f == "علاء السيد كمال عيسى"),
        "{found:?}"
    );
    assert!(!found.iter().any(|f| f == "كمال عيسى"), "{found:?}");
    assert!(found.iter().any(|f| f == "ناجي فرحات"), "{found:?}");
}

/// After a title completed by its nationality, a place's name before a bare family name that
/// ends the clause is a given name (جورجيا ميلوني): the person is found, with the place's name
/// in it; without the title before it a place is still a place.
#[test]
fn a_place_s_name_after_a_title_and_its_nationality_is_a_given_name() {
    let found = super::super::test_site::discovered_with(
        &[
            "وقالت وزيرة الخارجية الإيطالية جورجيا بيانكي.",
            "وزار الوفد جورجيا بيانكي الأسبوع الماضي.",
        ],
        true,
    );
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["جورجيا بيانكي"], "{found:?}");
    let found = super::super::test_site::discovered_with(
        &["وقالت الحكومة الإيطالية جورجيا بيانكي الأسبوع الماضي."],
        true,
    );
    assert!(found.is_empty(), "{found:?}");
}

/// Titles of letters, of the civil service and of a match's lines (الأديب، الموظف، متوسط
/// الميدان، مدافع X): an adjective of relation after the title is skipped like a complement.
#[test]
fn a_writer_a_clerk_and_a_midfielder_are_titled() {
    let found = people(&[
        "وأعيد تصميم أغلفة روايات الأديب العالمي نجيب محفوظ في المعرض.",
        "وأعلن البيان استشهاد الموظف المدني علي إبراهيم شعيتو أثناء توجهه إلى عمله.",
        "وافتتح التسجيل متوسط الميدان فتح الله الطاهر في الدقيقة 22.",
        "وسجل الهدف مدافع التعاون محمد وليد الدوسري، الذي حول الكرة إلى شباكه.",
    ]);
    for name in [
        "نجيب محفوظ",
        "علي إبراهيم شعيتو",
        "فتح الله الطاهر",
        "محمد وليد الدوسري",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// In a match report a demonym stands for the player it names (من السنغالي ساديو ماني); after
/// a definite noun it is that noun's adjective (المنتخب السنغالي), and outside sport nothing.
#[test]
fn a_demonym_names_the_player_after_it_in_a_match_report() {
    let report = "وفي الدقيقة 45 من الشوط الأول حول المدافع كرة عرضية من السنغالي ساديو ماني \
                  إلى داخل شباكه، وانتهت المباراة بفوز الفريق.";
    let found = discovered_with(&[report], true);
    assert!(found.iter().any(|(n, _)| n == "ساديو ماني"), "{found:?}");
    let found = discovered_with(&["وزار الوفد السنغالي ساديو ماني في منزله أمس."], true);
    assert!(!found.iter().any(|(n, _)| n == "ساديو ماني"), "{found:?}");
}

/// A title, then the body its holder sits for or belongs to after عن or في, then the name
/// (النائب عن ائتلاف دولة القانون حسن الياسري، العضو في حركة حماس سامي أبو زهري).
#[test]
fn the_name_after_the_body_a_member_sits_for() {
    let found = discovered_with(
        &[
            "وأعلن النائب عن ائتلاف دولة القانون حسن الياسري أن الجلسة تأجلت.",
            "وقال العضو في حركة حماس سامي أبو زهري إن الوفد وصل.",
        ],
        true,
    );
    for name in ["حسن الياسري", "سامي أبو زهري"] {
        assert!(
            found.iter().any(|(n, _)| n == name),
            "«{name}» not in {found:?}"
        );
    }
    // «في» and no body: the title's clause goes on.
    let found = discovered_with(&["وقال الوزير في كلمة ألقاها أمس إن الوضع مستقر."], true);
    assert!(found.is_empty(), "{found:?}");
}

/// A match's referee, named after «حكم الساحة» or «حكم المباراة» («حكم» alone is a ruling).
#[test]
fn the_referee_of_the_match_is_titled() {
    let found = people(&[
        "وجرت المباراة تحت إدارة حكم الساحة الطيب يوسف بودربال.",
        "وأدار اللقاء حكم المباراة عبد الرحمان صحراوي، فيما غاب الجمهور.",
        "وصدر حكم المحكمة بالسجن على المتهمين.",
    ]);
    for name in ["الطيب يوسف بودربال", "عبد الرحمان صحراوي"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert_eq!(found.len(), 2, "{found:?}");
}

/// «سجن كل من فلان وفلان مع وضعهم …»، «…، مع»: a preposition after the last name, or after the
/// comma that closes it, ends the list of «كل من» with the clause going on.
#[test]
fn the_list_of_each_of_ends_before_a_preposition() {
    for text in [
        "وقضت المحكمة بسجن كل من عبد الحكيم إسماعيل وجمال صابر مع وضعهم تحت المراقبة.",
        "وقضت المحكمة بسجن كل من عبد الحكيم إسماعيل وجمال صابر، مع وضعهم تحت المراقبة.",
    ] {
        let found = people(&[text]);
        for name in ["عبد الحكيم إسماعيل", "جمال صابر"] {
            assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
        }
    }
}

/// «محامي الدفاع فلان»: a lawyer in construct form is a title (written محامى too).
#[test]
fn a_lawyer_in_construct_form_is_a_title() {
    let found = people(&["وحضر الجلسة محامى الدفاع سامر الخطيب ومعه موكله."]);
    assert!(found.iter().any(|f| f == "سامر الخطيب"), "{found:?}");
}

/// A family name that is a title of its own (الشريف، القاضي) gives no alias: alone it is
/// anyone's title (والشريف حسن) or an ordinary word (القدس الشريف); a family name that is none
/// (الراشدي) still does.
#[test]
fn a_title_is_no_surname_alone() {
    let site = super::super::test_site::people_with_aliases(&[
        "وأدار المباراة الحكم لطفي الشريف، وقال الشريف إن القرار صحيح.",
        "وقال الوزير كمال القاضي إن الخطة جاهزة، وأضاف القاضي أن العمل بدأ.",
        "وقال الوزير سالم الراشدي إن الخطة جاهزة، وأضاف الراشدي أن العمل بدأ.",
    ]);
    let aliases = |first: &str| -> Vec<String> {
        site.iter()
            .filter(|(n, _)| n.starts_with(first))
            .flat_map(|(_, a)| a.clone())
            .collect()
    };
    assert!(!aliases("لطفي").contains(&"الشريف".to_string()), "{site:?}");
    assert!(!aliases("كمال").contains(&"القاضي".to_string()), "{site:?}");
    assert!(aliases("سالم").contains(&"الراشدي".to_string()), "{site:?}");
}

/// After a complete title, «أ.» (أستاذ) or «م.» (مهندس) abbreviated, then the name.
#[test]
fn the_abbreviated_honorific_after_a_title_is_skipped() {
    let found = people(&[
        "وأكد وزير الإسكان أ. ماجد بن عبدالله الحقيل أن المشروعات تسير وفق الخطة.",
        "وحضر اللقاء رئيس البلدية م. عمر الزهراني وأعضاء المجلس.",
    ]);
    for name in ["ماجد بن عبدالله الحقيل", "عمر الزهراني"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// After a list's cue, the items after the first may open with و: it is the list's, not the
/// name's (بينهم فلان، ومحسن فلان، وعدنان فلان).
#[test]
fn the_and_of_a_list_item_is_not_in_the_name() {
    let found = people(&[
        "ويتنافس على المنصب أكثر من مرشح، من بينهم أحمد الراشدي، ومحسن الكعبي، وعدنان فياض.",
    ]);
    for name in ["أحمد الراشدي", "محسن الكعبي", "عدنان فياض"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(!found.iter().any(|f| f.starts_with('و')), "{found:?}");
}

/// حينما opens a clause, a role noun (مهاجم، مهندس) is no name word: neither is taken into a
/// name (حينما تمكن، إيجالو مهاجم الهلال).
#[test]
fn a_conjunction_and_a_role_noun_are_no_names() {
    let found = people(&[
        "وأنقذ الحارس فريقه حينما تمكن من التسجيل، وسجل النيجيري إيجالو مهاجم الهلال هدفا.",
        "وحضر اللواء مهندس كمال الزيدي الجولة.",
    ]);
    assert!(
        !found
            .iter()
            .any(|f| f.contains("حينما") || f.contains("مهاجم") || f.contains("مهندس")),
        "{found:?}"
    );
}

/// المخرجة is a title as المخرج is, with the director's nationality after it; what she won
/// (شهادة تميز، جائزة) is no part of her name.
#[test]
fn a_woman_director_and_what_she_won() {
    let found = people(&["ونالت المخرجة اللبنانية رنا علاء الدين شهادة تميز عن فيلمها القصير."]);
    assert!(found.contains(&"رنا علاء الدين".to_string()), "{found:?}");
    assert!(!found.iter().any(|f| f.contains("شهادة")), "{found:?}");
}

/// A rank without the article before a name is a title, as Libyan and Egyptian news write
/// it after the office (مدير أمن بنغازي لواء أحمد الشامخ); a brigade (لواء العمالقة) is no one.
#[test]
fn a_rank_without_the_article_is_a_title() {
    let found = people(&[
        "وشارك في الاجتماع مدير أمن بنغازي لواء أحمد الشامخ، ومدير أمن الساحل عميد أسامة الكيش.",
        "ووصل لواء العمالقة إلى أطراف المدينة أمس.",
    ]);
    for name in ["أحمد الشامخ", "أسامة الكيش"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(
        !found.iter().any(|f| f.contains("العمالقة")),
        "a brigade in {found:?}"
    );
}

/// A demonym standing for a person before a common given name and a family name names that
/// person outside sport too, after a preposition as well (للسعودي محمد سلمان).
#[test]
fn a_demonym_standing_for_a_person_before_a_given_name() {
    let found: Vec<String> = super::super::test_site::discovered_with(
        &["وذهبت جائزة لجنة التحكيم للسعودي محمد سلمان عن فيلمه الأول."],
        true,
    )
    .into_iter()
    .filter(|(_, kind)| *kind == crate::load::EntityKind::Person)
    .map(|(name, _)| name)
    .collect();
    assert!(found.iter().any(|f| f == "محمد سلمان"), "{found:?}");
}

/// After a title: a demonym of two words is skipped whole (الجنوب أفريقي), a regnal number
/// after a monarch's name is the name's (عبد الله الثاني), a given name that is also a word
/// opens a name the lists read whole (أمين الناصر), and a preposition before a verbal noun in
/// ت ends the name (غوميز بتفوق).
#[test]
fn what_follows_a_title_is_cut_where_the_name_ends() {
    let found = people(&[
        "وسجل المهاجم الجنوب أفريقي بيرسي تاو هدف الفوز.",
        "واستقبل الملك عبد الله الثاني الوزير في عمان.",
        "وقال الرئيس التنفيذي للشركة أمين الناصر إن الأرباح ارتفعت.",
        "واعترف مدرب الفريق جوزيه غوميز بتفوق المنافس.",
    ]);
    for name in ["بيرسي تاو", "عبد الله الثاني", "أمين الناصر", "جوزيه غوميز"]
    {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|f| f.contains("أفريقي") || f.contains("بتفوق") || f == "عبد الله"),
        "{found:?}"
    );
}

/// A rank's qualifiers (أول، ركن «staff»، شرطة) complete the title: the name follows them,
/// and ركن is never its first word.
#[test]
fn a_rank_s_qualifiers_before_the_name() {
    let found = people(&[
        "وقال عضو مجلس السيادة الفريق أول ركن ياسر العطا إن الجيش مستعد.",
        "وقدم مدير شرطة الولاية الفريق شرطة حسن الطاهر تنويرا للحضور.",
        "ووصل الفريق سالم عمر وعضو مجلس الدفاع نائب القائد العام للقوات المسلحة الفريق أول \
         ركن كمال الدين الطيب.",
    ]);
    for name in ["ياسر العطا", "حسن الطاهر", "كمال الدين الطيب"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(!found.iter().any(|f| f.contains("ركن")), "{found:?}");
}

/// مهندس without the article is a title after a complete one, as Sudanese papers write it
/// (وزير الحكم الاتحادي مهندس فلان), not the name's first word.
#[test]
fn an_engineer_s_title_without_the_article() {
    let found =
        people(&["وكان في استقبالهم وزير الحكم الاتحادي مهندس سامي كوكو والأمين العام للحكومة."]);
    assert!(found.iter().any(|f| f == "سامي كوكو"), "{found:?}");
}

/// A site that writes العبد as a noun (طريق وادي العبد) still reads عبد as a name's particle
/// and عبده as a given name: the given name before them is kept (الهادي عبد الرحيم حامد).
#[test]
fn abd_stays_a_name_particle_where_the_site_writes_al_abd() {
    let found = people(&[
        "والأمين العام لحكومة الولاية الأستاذ الهادي عبد الرحيم حامد وأعضاء الحكومة.",
        "وحضر مستشار قائد المحور العميد عبده الشرعبي ، وعدد من المسؤولين.",
        "وتشمل المشاريع تأهيل طريق وادي العبد وسفلتته.",
    ]);
    for name in ["الهادي عبد الرحيم حامد", "عبده الشرعبي"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// السعيد after a title is a given name with the article, as الهادي is (والي وهران السيد
/// السعيد فلان), not an adjective of the title.
#[test]
fn al_said_after_a_title_opens_the_name() {
    let found =
        people(&["وأشرف خلالها والي قسنطينة السيد السعيد بلقاسمي على توزيع الوحدات السكنية."]);
    assert!(found.iter().any(|f| f == "السعيد بلقاسمي"), "{found:?}");
}

/// A trade named before a person is a title like a profession (المصرفي السابق فلان، رجل
/// الأعمال فلان): the name follows it.
#[test]
fn a_banker_or_businessman_before_the_name() {
    let found = people(&[
        "وأصدر الرئيس قرارا بتعيين المصرفي السابق سامي الطويل قائما بأعمال المحافظ.",
        "والتقى رجل الأعمال ماهر الكردي بالوزير في مكتبه.",
    ]);
    for name in ["سامي الطويل", "ماهر الكردي"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}
