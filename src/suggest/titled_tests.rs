//! The title rules (`titled.rs`) on made-up sentences: what stands between a title and the
//! name, and where the name begins.

use super::super::test_site::{discovered_with, people};
use crate::load::EntityKind;

/// باسم after a complete title, before a family name, is the given name of the person the
/// title names (set off by a comma or not); after a spokesman's title or a verb of speaking
/// it stays «in the name of», and no name starts there.
#[test]
fn bassem_after_a_complete_title_is_a_given_name() {
    let found = people(&[
        "وقضت المحكمة بسجن مدير المكتب السابق باسم حداد عشر سنوات.",
        "واستمع القاضي إلى رئيس الهيئة الأسبق، باسم قرداحي، في الجلسة الثانية.",
        "وقال المتحدث الرسمي باسم فرقة نمور الساحل إن الهجوم فشل.",
        "وتحدث النائب باسم كتلة حزبه في الجلسة.",
        "وشارك اللاعب باسم منتخب بلاده، وتقدم المحامي باسم موكله بطعن.",
        "ونشر الوزير الأسبق باسم مستعار روايته، وكتب الصحفي الأسبق باسم عائلة الضحية.",
    ]);
    for name in ["باسم حداد", "باسم قرداحي"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|f| f.contains("فرقة") || f.contains("نمور") || f.contains("كتلة")),
        "{found:?}"
    );
    assert!(
        !found.iter().any(
            |f| ["باسم منتخب", "باسم موكله", "باسم مستعار", "باسم عائلة"]
                .iter()
                .any(|n| f.starts_with(n))
        ),
        "{found:?}"
    );
}

/// After a title and its complement, a word in و that is no given name joins a second
/// noun to the phrase (رئيس الحكومة وأعضاؤها): no name follows.
#[test]
fn no_name_after_the_complement_and_a_second_noun() {
    let found = super::super::test_site::people(&[
        "وقال مصدر إن رئيس الحكومة وأعضاءها سيزاولون عملهم من عدن.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// An envoy's title, the body he is accredited to after لدى, then his name.
#[test]
fn the_name_after_an_envoy_to_a_body() {
    let found = super::super::test_site::discovered_with(
        &["وأعلن سفير إستونيا لدى الأمم المتحدة سفين يورجينسون، رئيس المجلس، الموافقة."],
        true,
    );
    assert!(
        found.iter().any(|(n, _)| n == "سفين يورجينسون"),
        "{found:?}"
    );
}

/// A wali's or a minister's place after its kind word is one word when a common given name
/// follows it, at once or after a comma (والي ولاية زرقون فؤاد عايسي، وزير ولاية زرقون، محمد
/// علي): the place and the office holder, where «زرقون فؤاد عايسي» was read as one place and
/// no one was found; a known place named like a kind of place (ولاية معسكر، فلان) completes the
/// title too; a place of two words keeps them (عين تموشنت), and the kind word alone,
/// with no title before it, reads the words after it as before.
#[test]
fn a_one_word_place_in_a_title_then_the_name() {
    let site = discovered_with(
        &[
            "وأعلن والي ولاية زرقون فؤاد عايسي عن المشروع.",
            "واستعرض وزير ولاية زرقون، محمد علي، خلال حضوره المنتدى خطة العمل.",
            // A known place named like a kind of place (معسكر «camp»), then a comma.
            "إستعرض والي ولاية معسكر، رضا بلقاسم، خلال حضوره لمنتدى الصحافة في عدده الثامن.",
            "وأعلن والي ولاية عين تموشنت سليم بوزيد عن المشروع.",
        ],
        true,
    );
    let names: Vec<(&str, EntityKind)> = site
        .iter()
        .map(|(name, kind)| (name.as_str(), *kind))
        .collect();
    for expected in [
        ("فؤاد عايسي", EntityKind::Person),
        ("رضا بلقاسم", EntityKind::Person),
        ("محمد علي", EntityKind::Person),
        ("زرقون", EntityKind::Place),
        ("سليم بوزيد", EntityKind::Person),
    ] {
        assert!(names.contains(&expected), "{expected:?} not in {names:?}");
    }
    assert!(
        !names
            .iter()
            .any(|(n, _)| n.contains("معسكر ") || n.contains("زرقون ")),
        "{names:?}"
    );
}

/// The Gulf press sets an honorific off from the name by a slash (سعادة الشيخ / سيف بن حمير،
/// والمهندس / سليمان السنيدي، الشيخ/سيف): the name after it is the honorific's, and سعادة and
/// الفاضل are honorifics; a slash elsewhere (2025/2026، الأول/ الثاني) and سعادة the noun
/// («happiness») announce no one.
#[test]
fn a_name_after_an_honorific_and_a_slash() {
    let found = people(&[
        "قام صباح اليوم سعادة الشيخ / سيف بن حمير المعمري -محافظ شمال الباطنة- بزيارة ميدانية وبمعيته سعادة / حمد \
         بن حمدان الكندي والمهندس / سليمان بن حمد السنيدي والفاضل / أحمد الميمني، وكان في \
         استقبالهم الشيخ/ فهد بن ماجد الحارثي و الشيخ/سالم بن مرهون العبري.",
        "وعبر عن سعادة بالغة بالفوز، وقال إن سعادة المواطنين هي الهدف للموسم 2025/ 2026.",
    ]);
    for name in [
        "سيف بن حمير المعمري",
        "حمد بن حمدان الكندي",
        "سليمان بن حمد السنيدي",
        "أحمد الميمني",
        "فهد بن ماجد الحارثي",
        "سالم بن مرهون العبري",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert_eq!(found.len(), 6, "{found:?}");
}

/// الحاج and الحاجة are honorifics before a name (بتبرع من الحاجة سعدية الدويك), where the
/// noun «the need» (الحاجة إلى، عند الحاجة الماسة، الحاجة ملحة) and the pilgrim with no
/// name after him announce no one; «بخير» («well») after a name says how the person is.
#[test]
fn the_pilgrim_s_honorific_and_the_need() {
    let found = people(&[
        "وشُيدت المدرسة بتبرع من الحاجة سعدية الدويك والتي تضم 27 غرفة.",
        "وأكد الوزير الحاجة إلى الإصلاح، وقال إن الحاجة ملحة، وعند الحاجة الماسة تصرف \
         المساعدات حسب الحاجة. ونقل الحاج المريض إلى المستشفى، وقال إن السيدة سعاد محمود \
         بخير.",
    ]);
    for name in ["سعدية الدويك", "سعاد محمود"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert_eq!(found.len(), 2, "{found:?}");
}

/// After a title's complement, في and a quarter of the country with the article (في الشمال)
/// say where the office is, as a place's name would: the name follows.
#[test]
fn the_name_after_an_office_in_a_quarter_of_the_country() {
    let found = people(&[
        "وحضر نقيب اتحاد نقابات العمال والمستخدمين في الشمال سامي حداد، رئيس البلدية.",
        "وقال قائد الشرطة في الجنوب إن الوضع هادئ.",
    ]);
    assert!(found.iter().any(|f| f == "سامي حداد"), "{found:?}");
    assert!(!found.iter().any(|f| f.contains("الجنوب")), "{found:?}");
}

/// After a title's complement, ل and a noun in construct with a definite one is one more
/// complement (للفيدرالية الوطنية لعمال البترول), and after a comma a word in و opens the next
/// noun (المستدام والمسؤول، وتثمين الثروات): neither is a name. A given name in و after a
/// comma (وليد) and the person after the whole complement still are.
#[test]
fn a_construct_after_lam_or_a_noun_after_comma_and_is_no_name() {
    let found = people(&[
        "والأمين العام للفيدرالية الوطنية لعمال البترول والغاز والكيمياء، السيد حمو طواهرية.",
        "في إطار احترام أفضل الممارسات في مجال الاستغلال المستدام والمسؤول، وتثمين الثروات الطبيعية.",
        "وقال المتحدث باسم الحكومة، وليد العلي إن الحكومة مستعدة.",
    ]);
    assert!(
        !found
            .iter()
            .any(|f| f.contains("البترول") || f.contains("تثمين")),
        "{found:?}"
    );
    for name in ["حمو طواهرية", "وليد العلي"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// A name after و and a hamza (وأنطونيو غوتيريش) loses the و: no name opens with و before a
/// hamza.
#[test]
fn the_and_before_a_hamza_is_never_the_name_s() {
    let found = people(&[
        "وحضر الحفل الرئيس التنفيذي محمد المعلم نائب الرئيس الأول وأنطونيو غوتيريش نائب الرئيس للمشتريات.",
    ]);
    assert!(found.iter().any(|f| f == "أنطونيو غوتيريش"), "{found:?}");
    assert!(!found.iter().any(|f| f.starts_with('و')), "{found:?}");
}

/// A name in apposition to its office after «that» or «each of» (مؤكدًا أن طارق عامر، محافظ
/// البنك المركزي، …; على كل من هشام عكاشة، رئيس مجلس إدارة البنك): the clause's subject,
/// starting right after the opener, not at the sentence's start.
#[test]
fn a_name_before_its_office_after_that_or_each_of() {
    let found = people(&[
        "وأشار المصدر مؤكدًا أن طارق عامر، محافظ البنك المركزي، اجتمع مع الوزير أمس.",
        "وقرر الإبقاء على كل من هشام عكاشة، رئيس مجلس إدارة البنك، في منصبه.",
        "وأكد أن الاجتماع، رئيس الوزراء، كان مثمرا.",
    ]);
    for name in ["طارق عامر", "هشام عكاشة"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(!found.iter().any(|f| f.contains("الاجتماع")), "{found:?}");
}

/// A common given name right after a verb, a verb with its object pronoun or بحضور, then a
/// comma and the person's title (أجرى طاهر الغرباوي، مدير المديرية؛ يرافقه رائد شاهين، مدير
/// المكتب): the verb's subject or object in apposition to the title; the verb is no word of the
/// name, and a word that is no given name after a verb opens none (أعلنت النتائج، رئيس …).
#[test]
fn a_name_after_a_verb_before_its_office() {
    let found = people(&[
        "أجرى طاهر الغرباوي، مدير مديرية التربية والتعليم بمحافظة بورسعيد، جولة تفقدية.",
        "يرافقه رائد شاهين، مدير المكتب الفني لمدير المديرية.",
        "وجرت الامتحانات بحضور أيمن هلهول، رئيس اللجنة المجمعة.",
        "وأعلنت النتائج النهائية، رئيس اللجنة، أمس.",
    ]);
    for name in ["طاهر الغرباوي", "رائد شاهين", "أيمن هلهول"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|f| f.contains("يرافقه") || f.contains("النتائج") || f.contains("أجرى")),
        "{found:?}"
    );
}

/// The family name after آل ends a person's name (محمد بن عبد الرحمن آل ثاني, not «… آل ثاني
/// قرار»), and the title after it opens the next name (الرئيس الأميركي، دونالد ترامب).
#[test]
fn the_family_after_al_ends_the_name() {
    let found = people(&[
        "بحث الرئيس محمود عباس في الدوحة مع وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني \
         قرار الرئيس الأميركي، دونالد ترامب، القدس عاصمة للاحتلال.",
    ]);
    for name in ["محمد بن عبد الرحمن آل ثاني", "دونالد ترامب"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(!found.iter().any(|f| f.contains("قرار")), "{found:?}");
}

/// A slash between a complete title and the name, as Mauritanian court news writes it (برئاسة
/// القاضي /محمد ولد بكار): the title is complete, the name follows. (The real «أحمد ولد باب»
/// is still missed: باب reads as ب + أب.)
#[test]
fn a_name_after_a_title_and_a_slash() {
    let found = people(&[
        "حيث ستبت المحكمة برئاسة القاضي /أحمد ولد محمود في عدد من الملفات، على أن تمثل النيابة \
         العامة من طرف نائب المدعي العام القاضي /محمد ولد بكار.",
    ]);
    for name in ["أحمد ولد محمود", "محمد ولد بكار"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// صباح is «morning» and a Gulf given name: right after a title and before a family name it
/// opens the name (ولي العهد الشيخ صباح الخالد); before a day or «today» it stays the morning.
#[test]
fn sabah_after_a_title_is_a_given_name() {
    let found = people(&[
        "ورفع المجلس التهنئة إلى سمو ولي العهد الشيخ صباح الخالد وإلى الشعب الكويتي.",
        "ووصل الرئيس صباح اليوم إلى المطار، وغادر الوزير صباح الأحد.",
    ]);
    assert!(found.iter().any(|f| f == "صباح الخالد"), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|f| f.contains("اليوم") || f.contains("الأحد")),
        "{found:?}"
    );
}

/// A listed verb in the dual after two titled people (المقدم العوضي والرائد الحمود قدّما
/// نموذجا) is what they did, not a name after the second title.
#[test]
fn a_dual_verb_after_two_titled_people_is_no_name() {
    let found = people(&[
        "وأكد الوزير أن المقدم العوضي والرائد الحمود قدما نموذجا لرجال الشرطة.",
        "وقال إن الرائد الحمود والنقيب العلي تقدما ببلاغ رسمي.",
    ]);
    assert!(
        !found
            .iter()
            .any(|f| f.contains("قدما") || f.contains("تقدما")),
        "{found:?}"
    );
}

/// Two people of the site share a surname (محمد الخالد، صباح الخالد): each article that names
/// one of them in full and then writes «الخالد» alone means that one, so both keep the
/// surname as an alias. A surname two people claimed stood for neither, and the more people a
/// site names the more surnames it lost.
#[test]
fn a_surname_two_people_share_is_each_one_s_where_named() {
    let bodies = [
        "أكد وزير الداخلية الشيخ محمد الخالد أن الأمن مستتب.\n\nوقال الوزير الخالد إن الشرطة جاهزة.",
        "ووجه التهنئة إلى ولي العهد الشيخ صباح الخالد بالمناسبة.\n\nوأكد الشيخ الخالد أن البلاد بخير.",
    ];
    for name in ["محمد الخالد", "صباح الخالد"] {
        let aliases = super::super::test_site::aliases_of(&bodies, name);
        assert!(aliases.iter().any(|a| a == "الخالد"), "{name}: {aliases:?}");
    }
}

/// A given name in ة the lists lack (شريدة، عطية) before a masculine family name of relation
/// (المعوشرجي، الكندري) is a name seen once after a title: an adjective would have agreed
/// in ة. A noun in ة before a verbal noun or a broken plural in ي (مرحلة التعافي، زيارة
/// الأراضي) stays no name.
#[test]
fn a_given_name_in_ta_before_a_family_name_of_relation() {
    let found = people(&[
        "وقال وزير الداخلية بالإنابة شريدة المعوشرجي في تصريح صحافي إن المجلس اجتمع.",
        "وقال الوزير عطية الكندري إن المجلس اجتمع.",
        "وقال الوزير مرحلة التعافي بدأت، وأكد المحافظ زيارة الأراضي الزراعية.",
    ]);
    for name in ["شريدة المعوشرجي", "عطية الكندري"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|f| f.contains("التعافي") || f.contains("الأراضي")),
        "{found:?}"
    );
}

/// «بقي» (remained) before a name and its definite title is a verb, no name's first word
/// (بقي نجيب ميقاتي المرشح الأوفر حظا was the person «بقي نجيب ميقاتي»).
#[test]
fn remained_opens_no_name() {
    let found = people(&[
        "وإن كانت الصورة لا تزال ضبابية حول شخصية الرئيس المقبل، بقي نجيب ميقاتي المرشح الأوفر \
         حظا، إلا أنه لا إشارات واضحة حول تسمية ميقاتي.",
    ]);
    assert!(!found.iter().any(|f| f.contains("بقي")), "{found:?}");
}

/// A coordinator (المنسق العام، منسق الأمم المتحدة، المنسقة الإعلامية) is a title: the name
/// follows it and its complement; the word alone as a noun
/// introduces no one.
#[test]
fn a_coordinator_is_a_title() {
    let found = people(&[
        "وقال المنسق العام للحملة ربيع أبازيد إن الفرق بدأت عملها.",
        "وقال منسق الأمم المتحدة للشؤون الإنسانية مارتن غريفيث إن الوضع خطير.",
        "وقالت المنسقة الإعلامية للمهرجان سارة علي إن العروض تبدأ غدا.",
        "ويعمل المنسق مع الفريق على تنسيق المواعيد.",
    ]);
    for name in ["ربيع أبازيد", "مارتن غريفيث", "سارة علي"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert_eq!(found.len(), 3, "{found:?}");
}

/// «سيد» without the article before a given name opens a Maghrebi compound given name after a
/// title (وزير البريد، سيد علي زروقي); «سيد» before a common noun (سيد القوم) opens none.
#[test]
fn sayyid_before_a_given_name_is_half_of_the_given_name() {
    let found = people(&[
        "أكد وزير البريد والمواصلات السلكية واللاسلكية، سيد علي زروقي، أن إطلاق التقنية ناجح.",
        "وقال الوزير سيد أحمد غزالي إن الحكومة ستعمل.",
        "وقال الشيخ سيد القوم إن الجميع حاضر.",
    ]);
    for name in ["سيد علي زروقي", "سيد أحمد غزالي"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(!found.iter().any(|f| f.contains("القوم")), "{found:?}");
}

/// A town named «sons of» (بني وليد) in a title's complement is where the office is, and the
/// name after it is the titled one's; no person's name opens with بني.
#[test]
fn a_town_named_sons_of_in_a_title() {
    let found = people(&[
        "وقرر النائب العام حبس رئيس المجلس البلدي بني وليد، سالم نوير، على خلفية تصرفه في \
         مبلغ مالي.",
    ]);
    assert_eq!(found, ["سالم نوير"], "{found:?}");
}

/// After a council and the one word of the town it serves, a common given name opens the
/// next person's name (بلدية ترهونة | محمد علي الورفلي), not a second word of the town's.
#[test]
fn a_given_name_after_a_council_s_town_opens_the_person() {
    let found = discovered_with(
        &[
            "واستقبل الوزير رئيس بلدية ترهونة محمد علي الورفلي في مكتبه، ثم زار بلدية ترهونة \
           محمد علي الورفلي.",
        ],
        true,
    );
    assert!(
        found
            .iter()
            .any(|(n, k)| n == "محمد علي الورفلي" && *k == EntityKind::Person),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|(n, _)| n.contains("ترهونة محمد")),
        "{found:?}"
    );
}

/// A name in parentheses right after a title (Iraqi outlets' habit) is the person's, whole,
/// and what follows the parenthesis is not read as a name; a body's short name in the same
/// place, or a word of the office, is not a person.
#[test]
fn a_name_in_parentheses_after_a_title() {
    let found = people(&[
        "بمناسبة تسلم السيد (علاء الدين عبد الصاحب الموسوي) مهام رئاسة الديوان من السيد( صالح الحيدري).",
        "ثم تلا المقرئ (هاني الموسوي) آيات، وكرم الحفل السيد (حسن الياسري) لتسلمه مهامه الجديدة.",
        "وقال رئيس الاتحاد (الفيفا) إن البطولة ستقام، وصرح الوزير (المختص) بذلك.",
    ]);
    for name in [
        "علاء الدين عبد الصاحب الموسوي",
        "صالح الحيدري",
        "هاني الموسوي",
        "حسن الياسري",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|f| f.contains("مهام") || f.contains("الفيفا") || f.contains("المختص")),
        "{found:?}"
    );
}

/// A bishop's or patriarch's title introduces a name as a minister's does; a verb of the
/// ceremony (دشن، تفقد) ends the name after it.
#[test]
fn clergy_titles_introduce_names_and_ceremony_verbs_end_them() {
    let found = people(&[
        "وقال المطران جورج خضر إن الكنيسة مفتوحة للجميع.",
        "المطران كرياكوس دشن قاعة تابعة لكنيسة مار الياس.",
        "وتفقد المحافظ سمير حداد تفقد المشاريع، والوزير سليم نعمة دشن المبنى.",
    ]);
    assert!(found.iter().any(|f| f == "جورج خضر"), "{found:?}");
    assert!(found.iter().any(|f| f == "سليم نعمة"), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|f| f.contains("دشن") || f.contains("تفقد")),
        "{found:?}"
    );
}

/// A quote after a title that still wants its complement closes it: the quoted words are
/// the whole name, its first word included.
#[test]
fn a_quote_closes_an_open_title() {
    let found = people(&[
        "أصدر والي الخرطوم الفريق أول مهندس ركن “عبد الرحيم محمد حسين”، قراراً بتعيين مدير جديد.",
    ]);
    assert!(
        found.iter().any(|f| f == "عبد الرحيم محمد حسين"),
        "{found:?}"
    );
}

/// A blogger is a title (المدون جواد محفوظ); «بدوره» after a verb is no name (ليلقي بدوره
/// رئيس المجلس …), and a verb of founding ends a body's phrase (ثاني جامعة أسست في …).
#[test]
fn a_blogger_in_turn_and_a_university_founded() {
    let found = discovered_with(
        &[
            "وأصدرت المحكمة حكما بالسجن في حق المدون جواد محفوظ، بعد شكاية قدمها ضده رئيس المجلس.",
            "وأشاد المشاركون بالمهرجان، ليلقي بدوره رئيس المجلس الشعبي الولائي، السيد معاد جبريط، كلمة.",
            "وهي ثاني جامعة أسست في المملكة العربية السعودية وكان ذلك عام 1957.",
        ],
        true,
    );
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert!(names.contains(&"جواد محفوظ"), "{names:?}");
    assert!(names.contains(&"معاد جبريط"), "{names:?}");
    assert!(
        !names
            .iter()
            .any(|n| n.contains("بدوره") || n.contains("أسست")),
        "{names:?}"
    );
}

/// A demonym standing as a noun before a given name, a four-word name ending in a demonym
/// that is a common family name, each before a comma and its office (وأعرب الجزائري مراد
/// سنون، مدرب النصر؛ تفقد عنتر علي سالم المغربي، مدير عام المديرية), and a time of day
/// after a name (قيس سعيّد عصر اليوم): the name is the words up to the comma or the time,
/// and علي written so is a name's word, not على. نعمة (a blessing) opens a name after a title.
#[test]
fn a_name_after_a_demonym_or_ending_in_one_before_its_office() {
    let found: Vec<String> = discovered_with(
        &[
            "وأعرب الجزائري مراد سنون، مدرب النصر، عن سعادته بالفوز.",
            "تفقد عنتر علي سالم المغربي، مدير عام مديرية الملاح في محافظة لحج، المشروع.",
            "استقبل رئيس الجمهورية قيس سعيّد عصر اليوم السبت وفدا.",
            "وفي بداية الحفل، تفقد سمو ولي العهد طابور الخريجين، الذي استعرض أمام المنصة.",
            "وحضر وزير المهجّرين نعمة طعمة، والسفير في قطر حسن سعد.",
        ],
        true,
    )
    .into_iter()
    .filter(|(_, kind)| *kind == EntityKind::Person)
    .map(|(name, _)| name)
    .collect();
    for name in ["مراد سنون", "عنتر علي سالم المغربي", "قيس سعيّد"]
    {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|f| f.contains("عصر") || f.contains("طابور") || f == "سالم المغربي"),
        "{found:?}"
    );
}

/// A faculty is no name: after a rank read from a dean's title (عميد is also a brigadier),
/// «كلية الآداب» is the dean's faculty, not a person; the dean before it still is one.
#[test]
fn a_dean_s_faculty_is_no_person() {
    let found: Vec<String> = discovered_with(
        &["كما تلقى الدكتورة حنان الشافعي عميد كلية الآداب، محاضرة عن الحضارة المصرية."],
        true,
    )
    .into_iter()
    .filter(|(_, kind)| *kind == EntityKind::Person)
    .map(|(name, _)| name)
    .collect();
    assert!(found.iter().any(|f| f == "حنان الشافعي"), "{found:?}");
    assert!(!found.iter().any(|f| f.contains("كلية")), "{found:?}");
}

/// الآنسة «Miss» is an honorific as السيدة is: the name after it is a person's, and one
/// quoted after a board's seat (عضو مجلس الإدارة الآنسة “…”) is no body.
#[test]
fn miss_is_a_title_before_a_name() {
    let found = people(&[
        "ووقعت عن الشركة الآنسة رنا حداد، وحضر الوزير.",
        "ووقعت عن الشركة عضو مجلس الإدارة الآنسة “فاليرينا إلياس”، وحضر الوزير.",
    ]);
    for name in ["رنا حداد", "فاليرينا إلياس"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// بخصوص «regarding» (and بموجب، بمقتضى، بصفته، بصدد، بواسطة) after a title is a preposition, as بشأن is:
/// «رئيس مجلس الوزراء الموقر بخصوص الاقتراح» named a person «بخصوص الاقتراح».
#[test]
fn regarding_after_a_title_names_no_one() {
    let found = people(&[
        "ووردت رسائل من رئيس مجلس الوزراء الموقر بخصوص الاقتراح برغبة بشأن التوسعة.",
        "وصدر قرار الوزير بموجب القانون الجديد، وقال المدير بصدد المشروع إنه تأخر.",
        "وأصدر رئيس مجلس الوزراء بمقتضى القانون قرارا، وحضر الوزير بصفته الرسمية.",
    ]);
    let preposition = ["بخصوص", "بموجب", "بصدد", "بمقتضى", "بصفته"];
    assert!(
        !found
            .iter()
            .any(|f| preposition.iter().any(|w| f.contains(w))),
        "{found:?}"
    );
}

/// «Charged with» and a noun after ب, and «abroad» after في, complete an office's title
/// (كاتب الدولة المكلف بالجالية الوطنية في الخارج، الوزير المنتدب المكلف بإدارة الدفاع): the
/// name follows them. After a charge no name follows, none is read.
#[test]
fn a_charge_and_abroad_complete_the_title() {
    let found = people(&[
        "وأشرف الوزير رفقة كاتب الدولة المكلف بالجالية الوطنية في الخارج، سفيان شايب، على وضع المقر.",
        "وحل الوفد، الذي يرافقه الوزير المنتدب المكلف بإدارة الدفاع الوطني، عبد اللطيف لوديي، بأكادير.",
        "وأكد المسؤول المكلف بملف الهجرة أن القرار نهائي.",
        "وأعلن رئيس الجالية في الخارج الحرب على الفساد.",
        // A name that opens with the article right after «abroad» keeps its first word or
        // is not read at all; never cut to «يحيى منكوس».
        // After «abroad», an accusative is no name; after «the designate», a name in ب is.
        "وقال رئيس المكتب في الخارج كلاما مختلفا عن الأمس.",
        "وقال الرئيس المكلف بهيج طبارة إنه سيشكل حكومة وحدة.",
        "وجاء ذلك من طرف السفيرة الأمينة العامة لوزارة الشؤون الخارجية والتعاون والجاليات في الخارج العالية يحيى منكوس.",
    ]);
    for name in ["سفيان شايب", "عبد اللطيف لوديي", "بهيج طبارة"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert_eq!(found.len(), 3, "{found:?}");
}
