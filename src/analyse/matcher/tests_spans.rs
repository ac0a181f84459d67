//! Where a link starts and ends around a name the gazetteer or discovery gave (see
//! `gazetteer_spans`): a province's kind word left out, a longer body's adjective, a body's
//! kind word taken in, a camp's or quarter's kind word left out.

use super::tests_places::place;
use super::*;
use crate::load::EntityKind;
use crate::load::document::Origin;

#[test]
fn a_province_s_kind_word_stays_outside_its_link() {
    let entities = vec![
        place("asir", "عسير", &["منطقة عسير"], &["عسير"], &["منطقة"]),
        place(
            "al-jawf",
            "الجوف",
            &["محافظة الجوف"],
            &["الجوف"],
            &["محافظة"],
        ),
        place("northern-borders", "منطقة الحدود الشمالية", &[], &[], &[]),
    ];
    let matcher = Matcher::build(&entities).unwrap();
    let text = "وهطلت أمطار بمنطقة عسير ومحافظة الجوف وفي منطقة الحدود الشمالية";
    let linked: Vec<&str> = matcher
        .find(text)
        .iter()
        .map(|m| &text[m.start..m.end])
        .collect();
    assert_eq!(linked, ["عسير", "الجوف", "الحدود الشمالية"]);
    // The rest of the name is another place's (Algeria's, not the province of Algiers'): the
    // link keeps its kind word.
    let provinces = vec![
        place("algeria", "الجزائر", &[], &[], &[]),
        place("algiers-province", "ولاية الجزائر", &[], &[], &[]),
    ];
    let matcher = Matcher::build(&provinces).unwrap();
    let algiers = "وزار الوالي ولاية الجزائر أمس";
    let found = matcher.find(algiers);
    assert_eq!(&algiers[found[0].start..found[0].end], "ولاية الجزائر");
    // A registry's alias is the editor's: linked as written.
    let mut registry = entities;
    registry[0].origin = Origin::Registry;
    let matcher = Matcher::build(&registry).unwrap();
    assert_eq!(
        &text[matcher.find(text)[0].start..],
        "بمنطقة عسير ومحافظة الجوف وفي منطقة الحدود الشمالية"
    );
}

#[test]
fn a_gazetteer_body_s_name_going_on_with_an_adjective_is_another_body() {
    let mut university =
        super::tests::entity("lebanese-university", "الجامعة اللبنانية", &[], &[], &[]);
    university.kind = EntityKind::Organization;
    university.meta.kind = Some(EntityKind::Organization);
    university.origin = Origin::Gazetteer;
    let matcher = Matcher::build(std::slice::from_ref(&university)).unwrap();
    let linked = |text: &str| matcher.find(text).len();
    assert_eq!(
        linked("أقامت الجامعة اللبنانية الثقافية في العالم مؤتمرها."),
        0
    );
    assert_eq!(linked("فاز الترجي والجامعة اللبنانية الدولية بالجائزة."), 0);
    // Its own name, and the name described in passing, stay the university's.
    assert_eq!(
        linked("وقال رئيس الجامعة اللبنانية الحالي إن العام ناجح."),
        1
    );
    assert_eq!(linked("وزار الجامعة اللبنانية ثم سافر."), 1);
    // A name of another shape is described by the adjective after it, not lengthened.
    let mut amnesty = super::tests::entity("amnesty", "منظمة العفو الدولية", &[], &[], &[]);
    amnesty.kind = EntityKind::Organization;
    amnesty.origin = Origin::Gazetteer;
    let matcher2 = Matcher::build(&[amnesty]).unwrap();
    assert_eq!(
        matcher2
            .find("وقالت منظمة العفو الدولية الحقوقية إن …")
            .len(),
        1
    );
    // A registry's name is the editor's: linked wherever it stands.
    university.origin = Origin::Registry;
    let matcher = Matcher::build(&[university]).unwrap();
    assert_eq!(
        matcher
            .find("أقامت الجامعة اللبنانية الثقافية مؤتمرها.")
            .len(),
        1
    );
}

/// A body's kind word written right before its name goes into its link (شركة سوناطراك،
/// ونادي الزهراء، للنادي العربي), with the kind word's clitic; not a kind word that heads a
/// body of its own (هيئة), nor one before a registry's name.
#[test]
fn a_body_s_link_takes_the_kind_word_written_before_it() {
    let body = |id: &str, name: &str, origin: Origin| {
        let mut e = super::tests::entity(id, name, &[], &[], &[]);
        e.kind = EntityKind::Organization;
        e.meta.kind = Some(EntityKind::Organization);
        e.origin = origin;
        e
    };
    let entities = vec![
        body("sonatrach", "سوناطراك", Origin::Gazetteer),
        body("zahraa", "الزهراء", Origin::Discovered),
        body("arabi", "العربي", Origin::Discovered),
        body("stc", "الاتصالات السعودية", Origin::Gazetteer),
    ];
    let matcher = Matcher::build(&entities).unwrap();
    let linked = |text: &str| -> Vec<String> {
        matcher
            .find(text)
            .iter()
            .map(|m| text[m.start..m.end].to_string())
            .collect()
    };
    assert_eq!(
        linked("وقعت شركة سوناطراك ونادي الزهراء اتفاقا، وقدم الدعم للنادي العربي."),
        ["شركة سوناطراك", "ونادي الزهراء", "للنادي العربي"]
    );
    // نادى is the verb «called on»; a ل-phrase or a foundation's adjective after the name
    // makes the kind word a longer body's head; a line break is no name's.
    assert_eq!(linked("ونادى الزهراء جماهيره"), ["الزهراء"]);
    assert_eq!(linked("وقالت وكالة سوناطراك للتوزيع"), ["سوناطراك"]);
    assert_eq!(linked("وتبرعت مؤسسة سوناطراك الخيرية"), ["سوناطراك"]);
    assert_eq!(linked("وتبرعت مؤسسة سوناطراك"), ["مؤسسة سوناطراك"]);
    assert_eq!(linked("وقعت شركة\nسوناطراك"), ["سوناطراك"]);
    assert_eq!(linked("وقعت شَرِكَةُ سوناطراك"), ["شَرِكَةُ سوناطراك"]);
    // The name's own clitic, or a word between, leaves the kind word out.
    assert_eq!(linked("شركة لسوناطراك"), ["لسوناطراك"]);
    assert_eq!(linked("شركة النفط سوناطراك"), ["سوناطراك"]);
    // هيئة heads the regulator, another body than the company.
    assert_eq!(
        linked("وقالت هيئة الاتصالات السعودية إن"),
        ["الاتصالات السعودية"]
    );
    // The clitic of the name stays where the name starts: name_start after it.
    let text = "وشركة سوناطراك";
    let m = &matcher.find(text)[0];
    assert_eq!(
        (&text[m.start..m.name_start], &text[m.name_start..m.end]),
        ("و", "شركة سوناطراك")
    );
    // A registry's name is the editor's: linked as written.
    let matcher = Matcher::build(&[body("sonatrach", "سوناطراك", Origin::Registry)]).unwrap();
    let text = "وقعت شركة سوناطراك اتفاقا";
    let m = &matcher.find(text)[0];
    assert_eq!(&text[m.start..m.end], "سوناطراك");
}

/// A discovered camp's or quarter's link leaves its kind word out (مخيم جنين، بحي الزيتون →
/// جنين، الزيتون), the page keeping the whole name; a street's or a gazetteer place's does
/// not.
#[test]
fn a_discovered_camp_or_quarter_links_its_name_without_its_kind_word() {
    let discovered = |id: &str, name: &str| {
        let mut e = place(id, name, &[], &[], &[]);
        e.origin = Origin::Discovered;
        e
    };
    let entities = vec![
        discovered("jenin-camp", "مخيم جنين"),
        discovered("zeitoun", "حي الزيتون"),
        discovered("street", "شارع الحمراء"),
        place("gaza-strip", "قطاع غزة", &[], &[], &[]),
    ];
    let matcher = Matcher::build(&entities).unwrap();
    let text = "اقتحمت القوات مُخيم جنين ثم بحي الزيتون وشارع الحمراء وقطاع غزة";
    let linked: Vec<(&str, &str)> = matcher
        .find(text)
        .iter()
        .map(|m| (&text[m.start..m.end], entities[m.entity].id.as_str()))
        .collect();
    assert_eq!(
        linked,
        [
            ("جنين", "jenin-camp"),
            ("الزيتون", "zeitoun"),
            ("وشارع الحمراء", "street"),
            ("وقطاع غزة", "gaza-strip"),
        ]
    );
}

/// A gazetteer club's one word going on with a known town's adjective is that town's club
/// (الترجي الجرجيسي, الأهلي الطرابلسي): not linked, while the club's country after it (a
/// demonym the gazetteer holds) or its own longer names stay the club's.
#[test]
fn a_club_s_word_going_on_with_another_town_s_adjective_is_another_club() {
    let mut esperance = super::tests::entity(
        "esperance-tunis",
        "الترجي الرياضي التونسي",
        &["الترجي الرياضي", "الترجي"],
        &["الترجي"],
        &["فريق", "لاعب"],
    );
    esperance.kind = EntityKind::Organization;
    esperance.meta.kind = Some(EntityKind::Organization);
    esperance.origin = Origin::Gazetteer;
    let mut tunisia = place("tunisia", "تونس", &[], &[], &[]);
    tunisia.meta.demonyms = vec!["التونسي".into()];
    let zarzis = place("zarzis", "جرجيس", &[], &[], &[]);
    let entities = vec![esperance, tunisia, zarzis];
    let matcher = Matcher::build(&entities).unwrap();
    let clubs = |text: &str| -> Vec<String> {
        matcher
            .find(text)
            .iter()
            .filter(|m| m.entity == 0)
            .map(|m| text[m.start..m.end].to_string())
            .collect()
    };
    assert!(clubs("وقال لاعب الترجي الجرجيسي إن الفوز مستحق.").is_empty());
    assert_eq!(clubs("وقال لاعب الترجي التونسي إن الفوز مستحق."), ["الترجي"]);
    assert_eq!(
        clubs("وقال لاعب الترجي الرياضي إن الفوز مستحق."),
        ["الترجي الرياضي"]
    );
    assert_eq!(clubs("وقال لاعب الترجي إن الفوز مستحق."), ["الترجي"]);
    // An adjective of no town the gazetteer knows describes the club.
    assert_eq!(clubs("وقال حارس الترجي الدولي إن الفوز مستحق."), ["الترجي"]);
}
