//! The standings of a league report and its score lines, on made-up sentences.

use super::super::test_site::discovered;
use crate::load::EntityKind;

fn clubs(bodies: &[&str]) -> Vec<String> {
    discovered(bodies)
        .into_iter()
        .filter(|(_, kind)| *kind == EntityKind::Organization)
        .map(|(name, _)| name)
        .collect()
}

/// `body` after a paragraph that makes its article a sports report.
fn report(body: &str) -> String {
    format!("في مباراة الجولة الخامسة من الدوري لكرة القدم على الملعب الكبير.\n\n{body}")
}

/// Points and a tally name a side of the league: two signs over the site make the club.
#[test]
fn points_and_a_tally_name_a_side() {
    let found = clubs(&[
        &report("ويمتلك الرمال 40 نقطة، في حين يبلغ رصيد الساحل 16 نقطة."),
        &report("ورفع الرمال رصيده إلى 43 نقطة، وبقي الساحل في المركز الرابع برصيد 36 نقطة."),
    ]);
    assert!(found.contains(&"الرمال".to_string()), "{found:?}");
    assert!(found.contains(&"الساحل".to_string()), "{found:?}");
    let found = clubs(&[&report("ويمتلك الرمال 40 نقطة، في حين تبقى الساحل بعيدة.")]);
    assert!(found.is_empty(), "{found:?}");
}

/// The lead of the table right after the club is a sign; a lead of something else is not
/// (the word after the club is no team's).
#[test]
fn the_lead_of_the_table_names_a_side() {
    let found = clubs(&[&report(
        "بتلك النتيجة يستعيد الرمال صدارة الترتيب، ويمتلك الرمال 30 نقطة.",
    )]);
    assert_eq!(found, ["الرمال"]);
    let found = clubs(&["وقال الوزير إن الاقتصاد صدارة اهتمامه، والاقتصاد 30 نقطة."]);
    assert!(found.is_empty(), "{found:?}");
}

/// A paragraph that is only a result names both sides, of one word or of two.
#[test]
fn a_score_line_names_both_sides() {
    let found = clubs(&[
        "الرمال 2 × 0 الساحل",
        "أتلتيك بلباو 1 - 0 ديبورتيفو ألافيس",
        "الوادي (3) - (1) الجبل",
    ]);
    for club in [
        "الرمال",
        "الساحل",
        "أتلتيك بلباو",
        "ديبورتيفو ألافيس",
        "الوادي",
        "الجبل",
    ] {
        assert!(found.contains(&club.to_string()), "{club}: {found:?}");
    }
    let found = clubs(&[
        "وصل الرمال 2 × 0 إلى الساحل",
        "ارتفع المؤشر 2 - 0 في المئة أمس",
        "النتيجة 2 - 1 للرمال",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// Two clubs each named as a side in one paragraph are a league's: each stands named once.
/// One side alone in its paragraph is one weak sign.
#[test]
fn two_sides_in_one_paragraph_are_a_leagues() {
    let found = clubs(&[&report(
        "ويمتلك الرمال 40 نقطة، فيما تعادل الوادي مع مضيفه الساحل.",
    )]);
    for club in ["الرمال", "الوادي", "الساحل"] {
        assert!(found.contains(&club.to_string()), "{club}: {found:?}");
    }
    let found = clubs(&[&report("ويمتلك الرمال 40 نقطة بعد الجولة.")]);
    assert!(found.is_empty(), "{found:?}");
}

/// نادي before a club named bare is a word of its team, and a match that brought two sides
/// together or ended in one's favour names a side.
#[test]
fn a_club_a_meeting_and_a_winner_name_a_side() {
    let found = clubs(&[&report(
        "حسم نادي الرمال مواجهته أمس.\n\nوانتهت المباراة لصالح الرمال بهدف.",
    )]);
    assert_eq!(found, ["الرمال"]);
    let found = clubs(&[&report(
        "واختتمت المباريات بلقاء جمع الرمال مع الساحل، وانتهت لصالح الرمال بهدف.",
    )]);
    assert!(found.contains(&"الرمال".to_string()), "{found:?}");
    let found = clubs(&[&report("حسم الرمال مواجهته أمس.")]);
    assert!(found.is_empty(), "{found:?}");
}

/// A report that names a stadium, matches and football, with no word of the older list, is
/// a sports report all the same.
#[test]
fn a_stadium_and_football_make_a_sports_report() {
    let found = clubs(&[
        "تقام مباريات الأسبوع لكرة القدم على ستاد المدينة.\n\nويمتلك الرمال 40 نقطة، في حين \
         يبلغ رصيد الساحل 16 نقطة.",
    ]);
    assert!(found.contains(&"الرمال".to_string()), "{found:?}");
}

/// The other side of a match named before it (مواجهته مع X، مباراته أمام X، جمع Y مع X) is a
/// side, with the adjective of its name; with a club of the same paragraph it is a league's.
#[test]
fn the_other_side_of_a_match_is_a_side() {
    let found = clubs(&[&report(
        "حسم نادي الرمال مواجهته مع القوة البحرية بهدف دون مقابل.",
    )]);
    assert!(found.contains(&"القوة البحرية".to_string()), "{found:?}");
    assert!(found.contains(&"الرمال".to_string()), "{found:?}");
    let found = clubs(&["وأكد الوزير في المؤتمر مواجهته مع القوة البحرية أمس."]);
    assert!(found.is_empty(), "{found:?}");
}

/// هلال heads a club named with its town (هلال بورتسودان), read without the clitic before it;
/// the dual of فريق names a club with a head second (فريقا الرمال وشباب المدينة).
#[test]
fn a_crescent_club_and_a_headed_second_of_a_dual() {
    // The gazetteer knows بورتسودان, the town the club is named with.
    let found = super::super::test_site::discovered_with(
        &[&report(
            "وأهدر اللاعب ركلة جزاء لهلال بورتسودان في الشوط الأول.",
        )],
        true,
    );
    assert!(
        found.iter().any(|(name, _)| name == "هلال بورتسودان"),
        "{found:?}"
    );
    let found = clubs(&[&report(
        "ويلتقي اليوم فريقا الرمال وشباب بلوزداد على ستاد المدينة.",
    )]);
    assert!(found.contains(&"الرمال".to_string()), "{found:?}");
    let found = clubs(&["ورأى الناس هلال بورتسودان في السماء أمس."]);
    assert!(found.is_empty(), "{found:?}");
}

/// A result as a noun names the side it is of and the other side (بعد فوز X على Y); both
/// teams of a match (الفريقين، الناديين) are no club however often a word of the team precedes.
#[test]
fn a_result_as_a_noun_names_both_sides_and_both_teams_are_no_club() {
    let found = clubs(&[
        &report("وجاء ذلك بعد فوز الرمال على الساحل بهدفين."),
        &report("وكانت خسارة الرمال أمام الوادي مفاجأة."),
    ]);
    assert!(found.contains(&"الرمال".to_string()), "{found:?}");
    let found = clubs(&[
        &report("ودخل لاعبو الفريقين أرض الملعب."),
        &report("وهتفت جماهير الناديين طويلا، وصافح لاعبو الفريقين الحكم."),
        &report("وأدار فريق التحكيم المباراة، وفاز الرمال على الساحل."),
        &report("وشكر فريق التحكيم الجمهور."),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// Two sides joined by و after a word of a match (تعادل X وY، مباراة X وY) and a guest with
/// its host (يحل X ضيفا على Y) are sides; two joined after a meeting (لقاء) are not.
#[test]
fn a_pair_and_a_guest_name_sides() {
    for bodies in [
        [
            report("وانتهت مباراة الرمال والساحل بالتعادل."),
            report("وتعادل الرمال والساحل في الجولة الماضية."),
        ],
        [
            report("ويحل الرمال ضيفا على الساحل في الجولة المقبلة."),
            report("وتقام المباراة مساء."),
        ],
    ] {
        let found = clubs(&[&bodies[0], &bodies[1]]);
        assert!(found.contains(&"الرمال".to_string()), "{found:?}");
        assert!(found.contains(&"الساحل".to_string()), "{found:?}");
    }
    let found = clubs(&[
        &report("وجرى لقاء الرمال والساحل بعد الجولة."),
        &report("وعقد لقاء الرمال والساحل أمس."),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// A rank without points (a runner's) and a lead of no table are no team's.
#[test]
fn a_runners_rank_and_a_lead_of_no_table_name_no_side() {
    let found = clubs(&[
        &report("وحل العداء في المركز الأول، وجاء السباح في المركز الثاني."),
        &report("وحل العداء في المركز الثالث، وتبقى الرياضة صدارة الاهتمام."),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// A known club's result or match names the club named bare on its other side (فاز الزمالك
/// على الرمال، مواجهة الزمالك والرمال).
#[test]
fn the_other_side_of_a_known_club_is_a_side() {
    let found = super::super::test_site::discovered_with(
        &[
            &report("وفاز الزمالك على الرمال بهدفين."),
            &report("وتعد مواجهة الزمالك والرمال الأهم في الجولة."),
        ],
        true,
    );
    assert!(found.iter().any(|(name, _)| name == "الرمال"), "{found:?}");
    let found = super::super::test_site::discovered_with(
        &[
            &report("واعتمد الزمالك على الرمال في الدفاع."),
            &report("وتحدث رئيس الزمالك والرمال عن الجولة."),
        ],
        true,
    );
    assert!(!found.iter().any(|(name, _)| name == "الرمال"), "{found:?}");
}

/// A verb of a place in the table before the club and the place after it (يحتل X المركز
/// الثالث، يتصدر X الترتيب) name a side.
#[test]
fn a_place_held_in_the_table_names_a_side() {
    let found = clubs(&[
        &report("ويحتل الرمال المركز الثالث في الجولة."),
        &report("بينما يتصدر الرمال الترتيب العام."),
    ]);
    assert_eq!(found, ["الرمال"]);
    let found = clubs(&[
        &report("ويحتل الرمال مكانة كبيرة في الجولة."),
        &report("بينما يتصدر الرمال المشهد."),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// A kind of goal after a verb of scoring (أضاف هدف الحسم، سجل هدف التعادل) is no club, even
/// beside a club's goals in the same paragraph.
#[test]
fn a_kind_of_goal_is_no_club() {
    let found = clubs(&[&report(
        "وسجل أهداف الرمال كل من سامر داود ونادر سليم، وأضاف هدف الحسم خالد سعيد.",
    )]);
    assert!(!found.iter().any(|n| n == "الحسم"), "{found:?}");
}

/// Points after عند or إلى, or «النقطة» before their number, are a team's points too.
#[test]
fn points_reached_or_stopped_at_name_a_side() {
    let found = clubs(&[
        &report("وتجمد رصيد الرمال عند 12 نقطة بعد الجولة."),
        &report("وبقي رصيد الرمال عند النقطة 12 في الجولة."),
    ]);
    assert_eq!(found, ["الرمال"]);
    let found = clubs(&[
        &report("وتوقف الرمال عند 12 دقيقة من اللعب."),
        &report("ووصل الرمال إلى 12 كيلومترا."),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// A side's home ground or crowd may stand between it and على (فاز X على أرضه وأمام جمهوره
/// على Y), and a result with the winner's pronoun names the other side (بفوزه على مضيفه Y).
#[test]
fn a_venue_and_a_result_with_its_sides_pronoun_name_the_other_side() {
    let found = clubs(&[
        &report("فيما فاز الرمال على أرضه وأمام جمهوره على الساحل (95-71)."),
        &report(
            "ونجح فريق الرمال بفوزه على مضيفه الساحل (93-68)، وفوز الواحة خارج أرضه على الرمال.",
        ),
    ]);
    for club in ["الرمال", "الساحل", "الواحة"] {
        assert!(found.contains(&club.to_string()), "{club}: {found:?}");
    }
    assert!(
        !found.iter().any(|n| n.contains("ارض") || n.contains("أرض")),
        "{found:?}"
    );
}

/// A rank in one word or with the team's pronoun (بالمركز، على مركزه), after the stage the
/// team finished (أنهى X الدور التمهيدي بالمركز الرابع برصيد 24 نقطة), and a gap counted in
/// words (بفارق خمس نقاط عن X) are a side's; the stage and «البالغ» are no club.
#[test]
fn a_rank_after_a_stage_and_a_gap_in_words_name_a_side() {
    let found = clubs(&[
        &report(
            "فيما أنهى الواحة الدور التمهيدي بالمركز الرابع برصيد 24 نقطة، بفارق خمس نقاط عن الرمال.",
        ),
        &report(
            "وليحافظ الساحل على مركزه السادس برصيد 17 نقطة بفارق النقطة عن الواحة، رغم تشاركه مع الرمال بالرصيد ذاته البالغ 25 نقطة.",
        ),
    ]);
    for club in ["الرمال", "الساحل", "الواحة"] {
        assert!(found.contains(&club.to_string()), "{club}: {found:?}");
    }
    for word in ["الدور", "التمهيدي", "البالغ"] {
        assert!(!found.contains(&word.to_string()), "{word}: {found:?}");
    }
}

/// A handball or volleyball report names its game by the ball (لكرة اليد، لكرة الطائرة) and
/// its sets (شوطي المباراة): with a match it reads as a sports report, and its clubs are found
/// (شباب جباليا، the town's club, not the town).
#[test]
fn a_handball_report_is_a_sports_report() {
    let found = super::super::test_site::discovered_with(
        &[
            "حقق فريقا الصلاح والترابط الفوز على شباب جباليا ونادي الزهراء، ضمن منافسات كأس \
           فلسطين لكرة اليد، في مباراة أقيمت بينهما.",
        ],
        true,
    );
    assert!(
        found.iter().any(|(name, _)| name == "شباب جباليا"),
        "{found:?}"
    );
}
