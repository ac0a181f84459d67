//! The sides of a match and quoted names after their kind word, on made-up sentences.

use super::super::test_site::discovered;
use crate::load::EntityKind;

fn clubs(bodies: &[&str]) -> Vec<String> {
    discovered(bodies)
        .into_iter()
        .filter(|(_, kind)| *kind == EntityKind::Organization)
        .map(|(name, _)| name)
        .collect()
}

/// A club is discovered where the site names it twice (as any candidate of one word).
#[test]
fn both_sides_of_a_result_are_clubs() {
    let found = clubs(&[
        "في مباراة الجولة الخامسة من الدوري، حقق فريق الرمال فوزا ثمينا على نظيره الساحل بهدفين، \
         وسجل الرمال الهدف الأول في الدقيقة 20، ورد الساحل بهدف.",
    ]);
    assert!(found.contains(&"الرمال".to_string()), "{found:?}");
    assert!(found.contains(&"الساحل".to_string()), "{found:?}");
}

/// A gap and a place in the table around one name are two signs at once: the club stands
/// named once.
#[test]
fn a_gap_and_a_place_in_the_table_make_a_club() {
    let found =
        clubs(&["وبعد مباراة الجولة العاشرة من الدوري بقي الفريق بفارق نقطة عن الرمال الوصيف."]);
    assert_eq!(found, ["الرمال"]);
    let found = clubs(&[
        "وبعد مباراة الجولة العاشرة من الدوري بقي الفريق بفارق نقطة عن الرمال في الدقيقة 30.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn one_sign_or_no_sports_report_makes_no_club() {
    let found = clubs(&[
        "في مباراة الجولة الخامسة من الدوري، خسر الرمال أمام ضيفه في الدقيقة الأخيرة.",
        "وقال الوزير إن التعاون مع الجيران حقق فوزا على الفقر، فاز التعاون على الفقر.",
        "حقق فريق العمل فوزا على نظيره الضيف في مباراة الدوري بالدقيقة 30.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// «ناديا X وY»: the dual kind word names two clubs at once; a word after it that is no
/// pair (ناديا الرمال يفوز) names none.
#[test]
fn the_dual_of_club_names_two_clubs() {
    let report = "في مباراة الجولة الأولى من الدوري لكرة القدم، حقق ناديا الرمال والقوة \
                  البحرية الفوز بهدفين.";
    let found = clubs(&[report]);
    assert!(found.contains(&"الرمال".to_string()), "{found:?}");
    assert!(found.contains(&"القوة البحرية".to_string()), "{found:?}");
    let found = clubs(&["في مباراة الجولة الأولى من الدوري لكرة القدم، فاز ناديا الرمال بهدفين."]);
    assert!(found.is_empty(), "{found:?}");
}

/// Both sides named with فريق around one result are clubs at once; a team's goals after
/// a verb of scoring and a win's noun before على are a sign each.
#[test]
fn two_teams_in_one_result_and_a_teams_goals() {
    let found = clubs(&[
        "في مباراة الجولة الأولى من الدوري لكرة القدم، تمكن فريق الرمال من تحقيق الفوز على \
         فريق الساحل بهدف نظيف.",
    ]);
    assert!(found.contains(&"الرمال".to_string()), "{found:?}");
    assert!(found.contains(&"الساحل".to_string()), "{found:?}");
    let found = clubs(&[
        "في مباراة الجولة الأولى من الدوري لكرة القدم، تمكن البطل من الفوز على الوادي \
         بهدفين، فيما سجل هدف الوادي اللاعب سامر داود.",
    ]);
    assert_eq!(found, ["الوادي"]);
    let found = clubs(&[
        "في مباراة الجولة الأولى من الدوري لكرة القدم، تمكن البطل من الفوز على الوادي بهدفين.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// «سجل هدفي X»: the goals are the team's, and no player is named «هدفي X».
#[test]
fn a_teams_goals_name_no_player() {
    let found = discovered(&[
        "في مباراة الجولة الأولى من الدوري لكرة القدم، وسجل هدفي القوة البحرية كل من سامر \
         داود ونادر سليم.",
    ]);
    assert!(
        !found
            .iter()
            .any(|(name, kind)| *kind == EntityKind::Person && name.contains("هدفي")),
        "{found:?}"
    );
}

#[test]
fn a_quoted_name_after_its_kind_word() {
    let found = clubs(&[
        "وفاز الفريق في مباراة الجولة الرابعة من الدوري، ليرفع فريق \"باب الريح\" رصيده إلى 6 نقاط.",
        "ونشر الوزير صورة على موقع «تغريدات» أمس.",
    ]);
    assert!(found.contains(&"باب الريح".to_string()), "{found:?}");
    assert!(found.contains(&"تغريدات".to_string()), "{found:?}");
    let found = clubs(&[
        "ليرفع فريق \"باب الريح\" صوته في الاجتماع.",
        "ونشر الوزير على موقع «الوزارة» أمس.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// In a match report «its counterpart» is the other side, a club (فاز الفريق الأول لكرة
/// القدم بنادي الزمالك أمام نظيره سيراميكا كليوباترا): no person; in a diplomat's story the
/// name after it is still the counterpart's (التقى وزير الخارجية نظيره الروسي سيرغي لافروف).
#[test]
fn a_counterpart_in_a_match_report_is_no_person() {
    let found = super::super::test_site::people(&[
        "فاز الفريق الأول لكرة القدم بنادي الزمالك أمام نظيره سيراميكا كليوباترا بهدفين مقابل هدف وحيد في المباراة، \
         وسجل هدفي الفريق اللاعب أحمد سيد زيزو في الشوط الثاني من المباراة.",
    ]);
    assert!(!found.iter().any(|f| f.contains("سيراميكا")), "{found:?}");
    let found = super::super::test_site::people(&[
        "والتقى وزير الخارجية نظيره الروسي سيرغي لافروف في موسكو أمس.",
    ]);
    assert!(found.iter().any(|f| f == "سيرغي لافروف"), "{found:?}");
}

/// A club's town named like a person (شبيبة العمران) stays the club's where another article
/// writes the given name alone («عمران.»): after a club's head in a sports report the definite
/// word is the town's.
#[test]
fn a_club_s_town_named_like_a_person_is_the_club_s() {
    let report = "وفاز الترجي وشبيبة العمران في الجولة الخامسة من الدوري، وسجل شبيبة العمران هدفين \
                  في المباراة، وتصدر شبيبة العمران الترتيب بعشر نقاط.";
    assert!(clubs(&[report]).iter().any(|c| c == "شبيبة العمران"));
    let found = clubs(&[report, "وقال إن المدينة تحتاج البناء و عمران."]);
    assert!(found.iter().any(|c| c == "شبيبة العمران"), "{found:?}");
}
