//! The lists of `people_lists.rs` on made-up sentences, through the public pipeline.

use super::super::test_site::{discovered_with, people};
use crate::load::EntityKind;

/// After a list's cue, items joined by و alone, with no comma, are the list's too (بينهم فلان
/// وفلان وفلان), each without its و.
#[test]
fn list_items_joined_by_and_alone() {
    let found =
        people(&["وحضر الحفل عدد من الوزراء بينهم سامر الكعبي وماهر الرفاعي ونادر الحسني."]);
    for name in ["سامر الكعبي", "ماهر الرفاعي", "نادر الحسني"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// An item in و stays in the list where another article writes its given name bare (محمد
/// alone makes ومحمد read as و + a word the site knows, no name word of its own).
#[test]
fn a_list_item_in_and_whose_given_name_the_site_writes_bare() {
    let found = people(&[
        "ويمنح المدرب الفرصة لبعض اللاعبين وهم خالد ابراهيم ومحمد خالد وسلطان العنزي وناصر خضر.",
        "وقال محمد إن الفريق جاهز.",
    ]);
    for name in ["خالد ابراهيم", "محمد خالد", "سلطان العنزي", "ناصر خضر"]
    {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// A list stays whole where another article writes a given name with the article as a Gulf
/// family name (الشيخ مشعل الأحمد): «أحمد» is still a given name in the list's items.
#[test]
fn a_list_item_whose_given_name_another_article_makes_a_family_name() {
    let found = people(&[
        "والمتهمون هم عبدالناصر شحادة الخماسية، وسامر محمد اسماعيل، ورائد الكفافي، وأحمد شحادة عبدالله، وسمير أحمد شبايح.",
        "وحضر الحفل سمو الشيخ سالم الأحمد رئيس مجلس الوزراء.",
    ]);
    for name in [
        "عبدالناصر شحادة الخماسية",
        "سامر محمد اسماعيل",
        "رائد الكفافي",
        "أحمد شحادة عبدالله",
        "سمير أحمد شبايح",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// Between a list's commas, an item that opens with a common given name is a name whatever
/// its family name also means (كرم «generosity», متى «when»); the list is not dropped for it.
#[test]
fn a_list_item_opening_with_a_given_name_between_commas() {
    let found = people(&[
        "وحضر الاجتماع عدد من النواب: غسان حاصباني، جميل عبود، فادي كرم، أمين شري، زياد \
         الحواط، وسعيد الأسمر.",
    ]);
    for name in [
        "غسان حاصباني",
        "جميل عبود",
        "فادي كرم",
        "أمين شري",
        "زياد الحواط",
        "سعيد الأسمر",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// In a list, a kin word in و joins the next item (فلان وزوجته فلانة), an item may carry its
/// own title (والمخرج فلان), and every item's و is the list's unless the word is a given name
/// in و (وعادل → عادل; وليد stays).
#[test]
fn list_items_after_a_kin_word_or_their_own_title() {
    let found = people(&[
        "وحضر عدد من النجوم ومن بينهم سامر فهمي وزوجته منى الرفاعي، والمخرج نادر الحسني، \
         وعادل الكعبي، ووليد الشمري.",
    ]);
    for name in [
        "سامر فهمي",
        "منى الرفاعي",
        "نادر الحسني",
        "عادل الكعبي",
        "وليد الشمري",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// A list with no cue may end where the sentence goes on after its last comma (…، سالم
/// العيساوي، بعد انسحاب …): its names are still people.
#[test]
fn an_unannounced_list_ends_where_the_sentence_goes_on() {
    let found = people(&[
        "وقال إن الأسماء المرشحة هي: هيبت الحلبوسي، عامر عبد الجبار، سالم العيساوي، بعد انسحاب \
         مثنى السامرائي.",
    ]);
    for name in ["هيبت الحلبوسي", "عامر عبد الجبار", "سالم العيساوي"]
    {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// A list after «وهم:» may end at a comma where the sentence goes on with what is said of
/// the names (…، ونايف المطيري، 4 سنوات مع الشغل): its names are still people, each without
/// the list's و.
#[test]
fn a_listed_sentence_goes_on_after_the_last_comma() {
    let found = people(&[
        "وقضت المحكمة بسجن 9، بينهم 5 نواب سابقين، وهم: ماجد الرشيدي، وسامي العتيبي، وحمود \
         الهاجري، ونايف المطيري، 4 سنوات مع الشغل.",
    ]);
    for name in [
        "ماجد الرشيدي",
        "سامي العتيبي",
        "حمود الهاجري",
        "نايف المطيري",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// A squad's list after «تضم كل من» gives each group's place after its last name (لحراسة
/// المرمى، في الدفاع): the phrase ends the item and the list goes on after its comma.
#[test]
fn a_squad_list_with_each_group_s_place() {
    let found = people(&[
        "وأعلن المدرب قائمة المنتخب التي تضم كل من راشد الكعبي، وسالم المزروعي، وحمدان \
         الظاهري لحراسة المرمى، وماجد الشامسي، وعمر الحمادي، وسيف الفلاسي في الدفاع.",
    ]);
    for name in [
        "راشد الكعبي",
        "سالم المزروعي",
        "حمدان الظاهري",
        "ماجد الشامسي",
        "عمر الحمادي",
        "سيف الفلاسي",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(!found.iter().any(|f| f.contains("لحراسة")), "{found:?}");
}

/// علي written with ي after a list's و is a given name, not «and on» (على), even where its
/// item ends before its place in the squad rather than at a comma.
#[test]
fn a_list_item_opening_with_and_ali() {
    let found = people(&[
        "وأعلن المدرب قائمة الفريق التي تضم كل من سالم الكعبي، وماجد الشامسي، وعلي الصفار \
         لحراسة المرمى، وحمد المقبالي في الدفاع.",
    ]);
    for name in ["سالم الكعبي", "ماجد الشامسي", "علي الصفار", "حمد المقبالي"]
    {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// After a dual or plural role noun and its complement (النائبين، أعضاء المجلس البلدي:، نقيبي
/// عمال بلديتي صيدا وصور) the names listed are people, set off by commas or joined by و; the
/// list ends at a word in و that opens no name (ورؤساء المصالح) or at a comma before the next
/// person's title (، المدير العام …، نقيب …). Followed by ordinary words, the noun announces
/// no one.
#[test]
fn names_after_a_plural_or_dual_role_noun() {
    let found = people(&[
        "وكان في استقباله رئيس البلدية، بحضور النائبين سمير الجسر ووليد عبود وكمال سلطان، \
         المدير العام للوزارة بالوكالة.",
        "وحضر الاحتفال أعضاء المجلس البلدي: خالد الحلبي، سامي العتر، نادر المرج، فادي تدمري \
         ومحمد الشامي، نقيب المهندسين في الشمال.",
        "كما حضر نقيبي عمال بلديتي صيدا وصور حسن دلال وأحمد الخطيب ورؤساء المصالح.",
        // A comma closes the construct noun's complement.
        "وسيضم الاجتماع نائب المحافظ وأعضاء مجلس إدارة المصرف المركزي، رضا قرقاب، ووسام \
         الساعدي، وعلي عمران.",
    ]);
    for name in [
        "سمير الجسر",
        "وليد عبود",
        "كمال سلطان",
        "خالد الحلبي",
        "سامي العتر",
        "نادر المرج",
        "فادي تدمري",
        "محمد الشامي",
        "حسن دلال",
        "أحمد الخطيب",
        "رضا قرقاب",
        "علي عمران",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|f| ["عمال", "صيدا", "صور", "رؤساء", "نقيب"]
                .iter()
                .any(|w| f.contains(w))),
        "{found:?}"
    );
    // No names after the noun — ordinals after the colon, a complement and the rest of the
    // clause, a verb — no one is announced.
    let found = people(&[
        "وجاء ترتيب أعضاء المجلس البلدي: الأول والثاني والثالث.",
        "والتقى الوفد النائبين في البرلمان الأردني لبحث التعاون.",
        "وأكدت الدول الأعضاء حسن النية وحسن الجوار في البيان الختامي.",
        "وقال أعضاء المجلس البلدي إن المشروع سيبدأ قريبا، وأكد النائبان حرصهما على التنفيذ.",
        "وحضر الاجتماع السفراء العرب المعتمدون في بيروت ونقيبي المحامين والأطباء.",
        "وقال أعضاء مجلس إدارة المصرف، أمس، إن الخطة جاهزة، وأكد أعضاء اللجنة، جميعا، دعمهم.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// Right after a complete dual or plural title the first name need not open with a common
/// given name (النائبين سجيع عطية وأسعد درغام); half the names still must, and a title with
/// no names after it announces none.
#[test]
fn a_complete_plural_title_takes_a_first_name_the_lists_lack() {
    let found = people(&["وعرض الأوضاع مع المطران، في حضور النائبين سجيع عطية وأسعد درغام."]);
    for name in ["سجيع عطية", "أسعد درغام"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    let found =
        people(&["وبحضور النائبين السابقين في الجلسة، وبحضور السفراء سجيع عطية وكنان درغام."]);
    assert!(found.is_empty(), "{found:?}");
}

/// A dual or plural role noun never opens a name: after a title it is the next people's own
/// title (استقبل الرئيس عضوي المجلس الدستوري فلان وفلان), not a name «عضوي المجلس».
#[test]
fn a_plural_role_noun_opens_no_name() {
    let found = people(&[
        "واستقبل الرئيس عضوي المجلس الدستوري سامي الخطيب ونبيل الحسن.",
        "والتقى الوزير نقيبي المحامين في بيروت وطرابلس.",
    ]);
    for name in ["سامي الخطيب", "نبيل الحسن"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|f| f.contains("عضوي") || f.contains("نقيبي")),
        "{found:?}"
    );
}

/// A name of a list that opens with و (وائل، وليد) keeps it: the و of a list is stripped only
/// from a word that is no given name itself.
#[test]
fn a_listed_name_that_opens_with_waw_keeps_it() {
    let found = people(&[
        "وجال رئيس البلدية مصطفى حجازي، يرافقه أعضاء المجلس البلدي إنجي عطروني، وائل قصب، \
         يوسف طعمة، هشام حشيشو.",
    ]);
    assert!(found.contains(&"وائل قصب".to_string()), "{found:?}");
    assert!(!found.iter().any(|n| n.starts_with("ائل")), "{found:?}");
}

/// A person's name read after و and a given name loses the و whatever rule found it: after a
/// title used as a surname (محمد بن الشيخ وعثمان كزري) the و is the list's, not the name's.
#[test]
fn the_and_before_a_given_name_is_the_list_s() {
    let found =
        people(&["وقررت الغرفة مؤاخذة المتهمين ومحمد بن الشيخ وعثمان كزري من أجل تكوين عصابة."]);
    assert!(found.contains(&"عثمان كزري".to_string()), "{found:?}");
    assert!(!found.iter().any(|n| n.starts_with("وعثمان")), "{found:?}");
    let found = people(&["وقال المدرب وليد الركراكي إن الفريق جاهز."]);
    assert!(found.contains(&"وليد الركراكي".to_string()), "{found:?}");
}

/// A plural title of several countries' office holders, then each country and its minister
/// (وزراء خارجية الأردن أيمن الصفدي، ومصر سامح شكري …): each name after its country is a
/// person; a clause after a country (، ومصر تعاني …) is none.
#[test]
fn each_country_of_a_list_and_its_office_holder() {
    let found: Vec<String> = discovered_with(
        &[
            "يعقد وزراء خارجية الأردن أيمن الصفدي، ومصر سامح شكري، وفرنسا جان إيف لودريان، \
         اجتماعا في عمان الخميس.",
            "قال رؤساء الحكومات إن الأزمة كبيرة، ومصر تعاني ارتفاع الأسعار.",
        ],
        true,
    )
    .into_iter()
    .filter(|(_, kind)| *kind == EntityKind::Person)
    .map(|(name, _)| name)
    .collect();
    for name in ["أيمن الصفدي", "سامح شكري", "جان إيف لودريان"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(!found.iter().any(|f| f.contains("تعاني")), "{found:?}");
}

/// Three full names or more joined by و, each opening with a common given name, are people
/// wherever the chain stands (بالإضافة إلى المحليين محمد ناجي وأحمد المطيري ومحمد العوفي); two
/// are not enough, nor a chain whose names do not all open so. (Family names that are common
/// adjectives keep the names of two-item chains from being read without the chain.)
#[test]
fn a_chain_of_given_names_is_a_list_of_people() {
    let found = people(&[
        "وتعاقد النادي مع مهاجم جديد، بالإضافة إلى المحليين محمد ناجي وأحمد المطيري ومحمد العوفي \
         ويوسف آل عقيل.",
    ]);
    for name in ["محمد ناجي", "أحمد المطيري", "محمد العوفي", "يوسف آل عقيل"]
    {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    let found = people(&[
        "وتراجع الطلب على القمح بالإضافة إلى محمد الوطني وأحمد العسكري في السوق.",
        "وتراجع الطلب على بالإضافة إلى محمد الوطني وكساد السوق ومحمد العسكري.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// A list whose items each give the person's town after a slash (وهم: محمود السعدي/جنين،
/// وديع أبو رموز/القدس …): the names are people, the towns stay places.
#[test]
fn a_list_item_s_town_after_a_slash() {
    let found = discovered_with(
        &[
            "وأشار إلى الشهداء الذين رحلوا قبل الامتحان، وهم: محمود السعدي/جنين، وديع أبو رموز/القدس، \
           أحمد دراغمة/طوباس، محمد تركمان/جنين.",
        ],
        true,
    );
    let people: Vec<&String> = found
        .iter()
        .filter(|(_, kind)| *kind == EntityKind::Person)
        .map(|(name, _)| name)
        .collect();
    for name in [
        "محمود السعدي",
        "وديع أبو رموز",
        "أحمد دراغمة",
        "محمد تركمان",
    ] {
        assert!(
            people.iter().any(|f| *f == name),
            "«{name}» not in {people:?}"
        );
    }
    assert!(!people.iter().any(|f| f.contains("جنين")), "{people:?}");
}

/// A kin word with a pronoun opens a relative's full name wherever it stands (وشقيقه محمود
/// الشامي، نجله خالد العمري، وزوجته سلوى المصري); a single word after it is not enough.
#[test]
fn a_relative_s_name_after_a_kin_word() {
    let found = people(&[
        "واعتقلت الشرطة التاجر وشقيقه محمود الشامي أمس.",
        "وحضر الحفل نجله خالد العمري وزوجته سلوى المصري.",
        "وزار الوزير والده المريض في المستشفى.",
    ]);
    for name in ["محمود الشامي", "خالد العمري", "سلوى المصري"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(!found.iter().any(|f| f.contains("المريض")), "{found:?}");
}

/// A chain of given names after ل or ب (أتيحت لأشرف الجابري ويوسف بلايلي …), ended by the
/// verb's negation (لم تستغل), is a list of people without the preposition; an item written
/// with a compound given name in two words (وعبد الرحمن كوناتي) is one of them. Two names are
/// still not enough.
#[test]
fn a_chain_after_a_preposition_leaves_it_out() {
    let found = people(&[
        "ولكن الفرص الكثيرة التي أتيحت لأشرف الجابري ويوسف بلايلي وأحمد بوعصيدة وعبد الرحمن \
         كوناتي لم تستغل.",
    ]);
    for name in [
        "أشرف الجابري",
        "يوسف بلايلي",
        "أحمد بوعصيدة",
        "عبد الرحمن كوناتي",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    let found = people(&[
        "وذهبت الجائزة لمحمد صلاح ومحمد النني في الحفل.",
        "وقال الوزير لمحمد إن الأمر انتهى.",
        "وبعث خادم الحرمين الشريفين برقية التهنئة إلى الرئيس.",
        "ونوه رئيس الوفد بجودة البنية التحتية في المدينة.",
    ]);
    // The second item in و is read on its own (ومحمد النني: و and a given and family name);
    // the first, behind its preposition, is not.
    assert!(found.iter().all(|f| f == "محمد النني"), "{found:?}");
    // لدينا is «we have», no ل + دينا: the names after it are the chain's.
    let found = people(&["وقال المدرب لدينا محمد صلاح ومحمد النني ومصطفى محمد في الهجوم."]);
    assert!(found.iter().any(|f| f == "محمد صلاح"), "{found:?}");
    assert!(!found.iter().any(|f| f.contains("دينا")), "{found:?}");
}

/// A squad's list that stops short at an item no rule reads (وسيد مجيد فاضل: سيد is an
/// ordinary word) goes on as a chain from the next item's و, whatever given name stood before
/// it (ومهدي جعفر وحيدر محمد وكرار جمعة), never as a name across two items (محمد وكرار جمعة).
#[test]
fn a_chain_opens_at_an_item_s_and() {
    let found = people(&[
        "ويضم المنتخب في صفوفه اللاعبين: أحمد عبدالله وحسين قاسم وعلي عادل وسيد مجيد فاضل \
         ومهدي جعفر وحيدر محمد وكرار جمعة وعلي سامي ومحمد هيثم.",
    ]);
    for name in [
        "مهدي جعفر",
        "حيدر محمد",
        "كرار جمعة",
        "علي سامي",
        "محمد هيثم",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(!found.iter().any(|f| f.contains(" و")), "{found:?}");
}

/// A sovereign's title that is also a given name, before his country (سلطان عمان هيثم بن طارق),
/// opens no name of a chain: the ruler's name follows it, and the chain of two names left is
/// no list.
#[test]
fn a_ruler_s_title_before_his_country_opens_no_name() {
    // The gazetteer on, as on a site: it knows عمان.
    let found = discovered_with(
        &["وتلقى الرئيس اتصالا من سلطان عمان هيثم بن طارق ومحمد بن زايد وتميم بن حمد."],
        true,
    );
    assert!(
        !found.iter().any(|(f, _)| f.starts_with("سلطان")),
        "{found:?}"
    );
}

/// A plural of a trade or a plight with the article is a complete title of the people named
/// after it (النشطاء جهاد عبدو، وسالم قطش؛ الأسرى كريم يونس وماهر يونس); an adjective after it
/// (الفنانون العرب، اللاعبين الجدد، الصحفيين الفائزين) names no one.
#[test]
fn people_named_after_a_plural_of_their_trade() {
    let found = people(&[
        "واعتقلت القوات النشطاء جهاد عبدو، وسالم قطش، من أمام مبنى المحكمة.",
        "وطالبت الهيئة بالإفراج عن الأسرى كريم يونس وماهر يونس ونائل البرغوثي.",
    ]);
    for name in [
        "جهاد عبدو",
        "سالم قطش",
        "كريم يونس",
        "ماهر يونس",
        "نائل البرغوثي",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    let none = people(&[
        "وشارك الفنانون العرب والأجانب في المهرجان.",
        "واستقبل النادي اللاعبين الجدد وفقا للوائح.",
        "وكرمت النقابة الصحفيين الفائزين بالجوائز.",
    ]);
    assert!(none.is_empty(), "{none:?}");
}

/// An item in و whose family name the site writes as a word elsewhere (الجمعة «Friday»,
/// السبت «Saturday», العيد «the feast»), the next item's too, stays a name between the list's
/// other items; a word in و that opens no name,
/// or a title, still ends the list.
#[test]
fn a_list_item_in_and_whose_family_name_is_a_word_the_site_writes() {
    let found = people(&[
        "ويضم المنتخب اللاعبين: أحمد عبدالله وحسين قاسم وكرار جمعة وعلي سامي وأحمد عيد وقاسم سبت.",
        "وتقام المباراة يوم الجمعة، ويوم السبت يسافر الفريق بعد العيد.",
    ]);
    for name in ["كرار جمعة", "علي سامي", "أحمد عيد", "قاسم سبت"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    let found = people(&[
        "وحضر اللاعبون: أحمد عبدالله وحسين قاسم ومدرب الفريق وفرحة الجمهور.",
        "وقال مدرب الفريق إن فرحة الجمهور كبيرة.",
    ]);
    for name in ["مدرب الفريق", "فرحة الجمهور"] {
        assert!(!found.iter().any(|f| f == name), "«{name}» in {found:?}");
    }
}
