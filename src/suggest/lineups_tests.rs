//! Line-ups on made-up match reports, through the public pipeline (`discovery: auto`, no
//! gazetteer).

use super::super::test_site;
use crate::load::EntityKind;

fn people(body: &str) -> Vec<String> {
    test_site::people(&[body])
}

/// A line-up after «بتشكيل مكون من:» in a match report: each item between dashes is a player;
/// a full name is linked at once, a family name alone (الزواري) only as the rules for one
/// word allow, since one word may be an ordinary one elsewhere on the site.
#[test]
fn the_players_of_a_line_up() {
    let found = people(
        "انتهت المباراة بالتعادل وسجل الفريقان هدفين في الشوط الثاني.\n\nودخل الفريق اللقاء \
         بتشكيل مكون من: الزواري – كمون – فارس الدريدي – حمدان الطرابلسي – قنيشي – سليم العياري.",
    );
    for name in ["فارس الدريدي", "حمدان الطرابلسي", "سليم العياري"]
    {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(!found.iter().any(|f| f.contains("تشكيل")), "{found:?}");
}

/// Too short a list, or one outside a match report, is no line-up: nothing is taken from it.
#[test]
fn a_short_list_or_no_match_is_no_line_up() {
    let short = people(
        "انتهت المباراة بالتعادل وسجل الفريقان هدفين.\n\nوضم التشكيل: فارس الدريدي – سليم \
         العياري.",
    );
    assert!(!short.iter().any(|f| f == "سليم العياري"), "{short:?}");
    let council = people(
        "أعلن المجلس تشكيل لجنة من: فارس الدريدي – سليم العياري – حمدان الطرابلسي – كمال \
         الزواري – منير قنيشي.",
    );
    assert!(!council.iter().any(|f| f == "سليم العياري"), "{council:?}");
}

/// After a noun of the game's actions (تمريرة … من، أهداف) and after a verb of it (يتوغل), a
/// player's full name in a match report; players joined by و after «أهداف» are all taken.
#[test]
fn the_players_after_the_actions_of_the_game() {
    let found = people(
        "وفي الشوط الثاني وصلت تمريرة متقنة من فارس الدريدي، قبل أن يتوغل سليم العياري لمنطقة \
         الجزاء ويسدد في المرمى.\n\nوجاء الفوز في المباراة بفضل أهداف حمدان الطرابلسي ومنير \
         الزواري في الدقيقة الأخيرة.",
    );
    for name in [
        "فارس الدريدي",
        "سليم العياري",
        "حمدان الطرابلسي",
        "منير الزواري",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// The referee (الحكم) is a title: his full name follows it; the ruling of a court, written
/// alike, is followed by no name.
#[test]
fn the_referee_is_a_title() {
    let found = people(
        "وألغى الحكم سامي الفهد الهدف بعد العودة إلى تقنية الفيديو في المباراة.\n\nوأصدرت \
         المحكمة الحكم على المتهم أمس.",
    );
    assert!(found.iter().any(|f| f == "سامي الفهد"), "{found:?}");
    assert!(!found.iter().any(|f| f.contains("المتهم")), "{found:?}");
}

/// In a match report, the player after a verb of the match ends at the ball he struck (سدد
/// فلان كرة) or at a preposition of the pitch (تمريرة من فلان على الجهة), and the player
/// sent off follows طرد; outside a match report طرد names no one.
#[test]
fn players_end_at_the_ball_or_a_preposition() {
    let found = people(
        "انتهت المباراة بفوز الضيوف في الدقيقة الأخيرة من الشوط الثاني. وسدد رامز القيسي كرة \
         قوية، ثم جاء الهدف من تمريرة من ياسين البلوشي على الجهة اليمنى، وبعد طرد كريم النعيمي \
         في الدقيقة 80 تراجع الفريق.",
    );
    for name in ["رامز القيسي", "ياسين البلوشي", "كريم النعيمي"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(
        !found.iter().any(|f| f.contains("كرة") || f.contains("على")),
        "{found:?}"
    );
    // A given name no list holds (شهاب), so that no other rule reads the name.
    let court = people("وقررت الإدارة طرد شهاب الكعبي من السكن الجامعي.");
    assert!(!court.iter().any(|f| f.contains("شهاب")), "{court:?}");
}

/// In a match report the player fouled follows «تدخل على»; the player's full name alone is
/// taken, and a foul described with no name (تدخل قوي على الحارس) gives none.
#[test]
fn the_player_fouled_after_a_foul() {
    let found = people(
        "انتهت المباراة بالتعادل في الدقيقة الأخيرة من الشوط الثاني، بعد طرد المدافع بسبب تدخل \
         على ماهر الزعبي. وتكرر تدخل قوي على الحارس.",
    );
    assert!(found.iter().any(|f| f == "ماهر الزعبي"), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|f| f.contains("الحارس") || f.contains("قوي")),
        "{found:?}"
    );
}

/// A scorer who scored again (وسجل فلان مرة أخرى، عاد فلان مجددا) ends at مرة or مجددا.
#[test]
fn a_scorer_who_scored_again() {
    let found = people(
        "تقدم الفريق في الدقيقة العاشرة من الشوط الأول، ثم سجل رامي الخطيب مرة أخرى بعد \
         دقيقتين، وأحرز نادر السويدي مجددا في الشوط الثاني.",
    );
    for name in ["رامي الخطيب", "نادر السويدي"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(!found.iter().any(|f| f.contains("مرة")), "{found:?}");
}

/// The player who put his side ahead (وتقدم فلان بهدف), who managed to score (نجح فلان في
/// تسجيل الهدف) and whose goal won (بفضل هدف فلان), in a match report, where the name opens
/// with a common given name: clubs named like a person's words (نجح حرس الحدود، تقدم فاركو،
/// هدف زد إف سي) are no one.
#[test]
fn the_scorer_who_put_his_side_ahead() {
    let found = people(
        "وفاز المنتخب في المباراة بفضل هدف صالح الشهري في الدقيقة 42. وتقدم الفريق في الشوط \
         الأول، ثم تقدم علي رضا جهانبخش بهدف ثان، ونجح محمد الخميسي في تسجيل هدف التعادل. \
         وفي مباراة أخرى نجح حرس الحدود في الفوز على غزل المحلة، وتقدم فاركو مبكرا بهدف، \
         وألغى الحكم هدف زد إف سي بداعي التسلل.",
    );
    for name in ["صالح الشهري", "علي رضا جهانبخش", "محمد الخميسي"]
    {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert_eq!(found.len(), 3, "{found:?}");
}

/// A verb of the game right after a player's name ends it (الحارس ياسين بونو تصدى، المهاجم
/// فلان سدد): «ياسين بونو تصدى» was discovered as a person.
#[test]
fn a_verb_of_the_game_ends_a_player_s_name() {
    let found = people(
        "وتألق الحارس ياسين بونو تصدى لركلة جزاء في الشوط الثاني، ثم المهاجم خالد الشمري أهدر \
         فرصة في الدقيقة 70.",
    );
    assert!(found.iter().any(|f| f == "ياسين بونو"), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|f| ["تصدى", "أهدر", "أنقذ"].iter().any(|v| f.contains(v))),
        "{found:?}"
    );
}

/// A verb of scoring with the goal as its object (بهدف أحرزه، بهدف سجله), أهدى of an own
/// goal and «من توقيع» name the player after them; «عن طريق» before a noun in ة (ضربة جزاء)
/// names the way the goal came, not a player, even when the words after it recur.
#[test]
fn the_scorer_after_a_verb_with_the_goal_as_object() {
    let found = people(
        "وتقدم الفريق في المباراة بهدف أحرزه سامر بوزيان في الدقيقة 30، ثم بهدف سجله نبيل \
         قدوري بالدقيقة 50، ثم أهدى ماهر العتيبي الخصم هدفا، ويأتي هدف رابع من توقيع \
         كمال الحمادي في الدقيقة 80.",
    );
    for name in ["سامر بوزيان", "نبيل قدوري", "ماهر العتيبي", "كمال الحمادي"]
    {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    let penalty = people(
        "تقدم الفريق في المباراة من ضربة جزاء في الدقيقة 20، ثم عن طريق ضربة جزاء نفذها \
         بنجاح اللاعب الجديد في الدقيقة 40 من الشوط الثاني.",
    );
    assert!(penalty.is_empty(), "{penalty:?}");
}

/// A substitute in a match report: after «بدلا منه» his name, and after a verb of coming on
/// (ليحل) the name ends before «بديلا له» or «مكانه»; a demonym standing for a coach ends his
/// name before the title in apposition (السويسري مارسيل كولر مدرب القلعة الحمراء).
#[test]
fn substitutes_and_a_coach_before_his_title() {
    // With the gazetteer, which knows «السويسري» for Switzerland's demonym.
    let found: Vec<String> = test_site::discovered_with(&[
        "وسجل فارس الدريدي الهدف الأول في الدقيقة 20 من المباراة.\n\nوانتهت المباراة بفوز \
         الفريق بهدفين مقابل هدف في الدوري، وتقدم إلى المركز الثالث في جدول الترتيب.\n\nوطالب اللاعب بالتغيير \
         وغادر الملعب وشارك بدلا منه ترافيس موتيابا.\n\nوطرد الحارس في الدقيقة 81 ليحل زهير \
         فاضل بديلا له، ثم خرج المهاجم ليحل كريم الطائي مكانه.\n\nوهو الفوز الأول منذ وصول \
         السويسري مارسيل كولر مدرب القلعة الحمراء.",
    ], true)
    .into_iter()
    .map(|(name, _)| name)
    .collect();
    for name in ["ترافيس موتيابا", "زهير فاضل", "كريم الطائي", "مارسيل كولر"]
    {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|f| f.contains("بديلا") || f.contains("مكانه") || f.contains("مدرب")),
        "{found:?}"
    );
}

/// «بيد أن» (however) after a player's name is no part of it (الحارس الشاب سيف جميل بيد أن
/// الحكم أعاد التسديدة).
#[test]
fn however_ends_a_name() {
    let found = people(
        "وسجل فارس الدريدي الهدف الأول في المباراة.\n\nوتمكن من ردها الحارس الشاب سيف جميل بيد \
         أن الحكم أعاد التسديدة.",
    );
    assert!(found.iter().any(|f| f == "سيف جميل"), "{found:?}");
    assert!(!found.iter().any(|f| f.contains("بيد")), "{found:?}");
}

/// A line-up after «بالتشكيلة الأساسية التالية:» whose last item joins two players by و
/// (يوسف البلايلي وياسين الخنيسي): both are players, and the rest of the list stands (the
/// four-word item made the whole line-up fail).
#[test]
fn the_last_two_players_of_a_line_up_joined_by_and() {
    let found = people(
        "انتهت المباراة بالتعادل وسجل الفريقان هدفين في الشوط الثاني من المباراة.\n\nوسيدخل \
         المدرب مواجهة اليوم بالتشكيلة الأساسية التالية: معز بن شريفية – سامح الدربالي– خليل \
         شمام– منتصر الطالبي – حسين الربيع– فرانك كوم– سعد بقير – أنيس البدري – يوسف البلايلي \
         وياسين الخنيسي.",
    );
    for name in [
        "معز بن شريفية",
        "سامح الدربالي",
        "منتصر الطالبي",
        "يوسف البلايلي",
        "ياسين الخنيسي",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// A player named after a demonym ends before a pronoun (نفسه) or a verb of purpose (لهز،
/// ليسجل) with the name still whole: the rule read the name and then dropped it.
#[test]
fn a_pronoun_or_a_verb_after_a_players_name() {
    // With the gazetteer, which knows the demonyms.
    let found: Vec<String> = test_site::discovered_with(
        &[
            "فاز فريق غينت على غنك في مباراة الدوري، وسجل الهدف الأول في الدقيقة 20 من الشوط \
         الأول.\n\nوفرض المغربي طارق تيسودالي نفسه نجماً في لقاء فريقه.\n\nوعاد الجزائري محمد \
         أمين عمورة لهز شباك منافسيه.",
        ],
        true,
    )
    .into_iter()
    .map(|(name, _)| name)
    .collect();
    for name in ["طارق تيسودالي", "محمد أمين عمورة"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|f| f.contains("لهز") || f.contains("نفسه")),
        "{found:?}"
    );
}

/// «صنعت الفارق» (made the difference) after the goals of a round-up is a verb and its
/// object, no person.
#[test]
fn made_the_difference_is_no_name() {
    let found: Vec<String> = test_site::discovered_with(
        &[
            "شهدت ملاعب مختلف الدوريات الأوروبية، الأحد، تألقاً للنجوم العرب، بأهدافٍ صنعت الفارق في \
         عديد المباريات، وخاصة نجوم منتخب المغرب.\n\nوفرض المغربي طارق تيسودالي نفسه نجماً في \
         لقاء فريقه، وسجل ثنائية في الدقيقة 100 من المباراة.",
        ],
        true,
    )
    .into_iter()
    .map(|(name, _)| name)
    .collect();
    assert!(!found.iter().any(|f| f.contains("صنعت")), "{found:?}");
}

/// A demonym after a definite noun describes it (المنتخب الليبي، the Libyan team): what
/// follows is no player it stands for, even in a match report. The noun without a clitic
/// was once missed, and «ونقش اسمه» («and carved his name») was a person.
#[test]
fn a_demonym_after_its_noun_stands_for_no_player() {
    // With the gazetteer, which knows the demonym الليبي.
    let found: Vec<String> = test_site::discovered_with(
        &[
            "انتهت المباراة بالتعادل وسجل الفريقان هدفين في الشوط الثاني من مباراة كرة القدم.\n\n\
         كما درب المنتخب الليبي ونقش اسمه في ذاكرة كرة القدم، وسجل ماركوس ليوناردو هدف \
         الفوز.",
        ],
        true,
    )
    .into_iter()
    .map(|(name, _)| name)
    .collect();
    assert!(!found.iter().any(|f| f.contains("اسمه")), "{found:?}");
    assert!(found.iter().any(|f| f == "ماركوس ليوناردو"), "{found:?}");
}

/// The side a verb of the result beat (فاز على الزوراء, the winner held in the verb) and
/// the side whose goal a goalkeeper defends (حارس مرمى الزوراء) are two signs of one club; a
/// title after «مرمى» is the player (مرمى الحارس علاء كاطع), no side.
#[test]
fn the_side_beaten_and_the_side_whose_goal() {
    let found = test_site::discovered(&[
        "تمكن فريق الشرطة من الفوز في الدوري عندما فاز على الزوراء بأربعة أهداف لواحد في \
         المباراة.\n\nوعاود زيارة مرمى الحارس علاء كاطع وسجل الهدف الرابع، وشهدت المباراة طرد \
         حارس مرمى الزوراء علاء كاطع في الدقيقة 81.",
    ]);
    assert!(
        found
            .iter()
            .any(|(n, k)| n == "الزوراء" && *k == EntityKind::Organization),
        "{found:?}"
    );
    assert!(!found.iter().any(|(n, _)| n == "الحارس"), "{found:?}");
}

/// «The duo» and «the trio» (الثنائي، الثلاثي) introduce players as a plural title does;
/// as adjectives (التعاون الثنائي، الاتفاق الثلاثي) they introduce no one.
#[test]
fn the_duo_and_the_trio_introduce_players() {
    let found = people(
        "ويغيب الثنائي محمد صلاح ومصطفى محمد عن المباراة، كما يغيب الثلاثي أحمد فتوح وإمام \
         عاشور.\n\nوعقد الاجتماع الثنائي برئاسة الوزير، وتناول الاتفاق الثلاثي المبرم.",
    );
    for name in ["محمد صلاح", "مصطفى محمد", "أحمد فتوح"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|f| f.contains("برئاسة") || f.contains("المبرم")),
        "{found:?}"
    );
}
