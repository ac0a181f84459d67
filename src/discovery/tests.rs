//! Which candidates become entities, and how: confidence, names, aliases and cues.

use super::*;
use crate::load::slug::arabic_slug;
use crate::suggest::Suggestion;
use crate::text::cue_words::CueWords;

fn candidate(name: &str, kind: EntityKind, triggered: usize, strong: bool) -> Candidate {
    Candidate {
        suggestion: Suggestion {
            name: name.into(),
            id: arabic_slug(name),
            count: triggered,
            kind_hint: Some(kind),
            examples: Vec::new(),
        },
        triggered,
        strong,
        surname_links: false,
        aliases: Vec::new(),
        articles: Vec::new(),
    }
}

#[test]
fn people_need_two_words_or_two_titles() {
    use EntityKind::Person;
    assert!(is_confident(&candidate("مصطفى مدبولي", Person, 1, true)));
    assert!(is_confident(&candidate("تبون", Person, 2, false)));
    assert!(!is_confident(&candidate("تبون", Person, 1, false)));
    // الرئيس حالة … الرئيس حالة: a noun in ة after a title, however often.
    assert!(!is_confident(&candidate("حالة", Person, 3, false)));
}

/// A Mauritanian family name is linked alone with its ولد (ولد مرزوك), never as the bare
/// last word, which is the father's given name.
#[test]
fn a_mauritanian_surname_keeps_its_particle() {
    let mut c = candidate("محمد سالم ولد مرزوك", EntityKind::Person, 1, true);
    c.surname_links = true;
    let e = to_entity(&c, &HashSet::new()).expect("entity");
    assert!(
        e.meta.aliases.contains(&"ولد مرزوك".to_string()),
        "{:?}",
        e.meta.aliases
    );
    assert!(
        !e.meta.aliases.contains(&"مرزوك".to_string()),
        "{:?}",
        e.meta.aliases
    );
    // The father's name of two words is the family name's, both words with ولد: the last
    // alone is half of it, and «فال» also the normal form of فأل.
    let mut c = candidate("محمد سالم ولد إبراهيم فال", EntityKind::Person, 1, true);
    c.surname_links = true;
    let e = to_entity(&c, &HashSet::new()).expect("entity");
    assert!(
        e.meta.aliases.contains(&"ولد إبراهيم فال".to_string()),
        "{:?}",
        e.meta.aliases
    );
    assert!(
        !e.meta.aliases.contains(&"فال".to_string()),
        "{:?}",
        e.meta.aliases
    );
    let mut c = candidate("سامي الحداد", EntityKind::Person, 1, true);
    c.surname_links = true;
    let e = to_entity(&c, &HashSet::new()).expect("entity");
    assert!(
        e.meta.aliases.contains(&"الحداد".to_string()),
        "{:?}",
        e.meta.aliases
    );
}

#[test]
fn organisations_need_a_name_not_a_description() {
    use EntityKind::Organization;
    assert!(is_confident(&candidate("أدنوك", Organization, 1, true)));
    assert!(is_confident(&candidate(
        "حزب العدالة والتنمية",
        Organization,
        1,
        true
    )));
    // A bloc named without its kind word, its complement in ة (الوفاء للمقاومة).
    assert!(is_confident(&candidate(
        "النهوض للمقاومة",
        Organization,
        1,
        true
    )));
    assert!(is_confident(&candidate(
        "منظمة التجارة العالمية",
        Organization,
        1,
        true
    )));
    for junk in [
        "ناشئة",
        "عملاقة",
        "وكالة الأنباء الرسمية",
        "فريق العمل المشترك",
        "المجلس الشعبي الولائي",
    ] {
        assert!(
            !is_confident(&candidate(junk, Organization, 2, true)),
            "{junk}"
        );
    }
    assert!(!is_confident(&candidate("غازبروم", Organization, 5, false)));
}

#[test]
fn a_club_named_by_an_ordinary_word_needs_two_words_of_its_team() {
    use EntityKind::Organization;
    assert!(is_confident(&candidate("الوحدة", Organization, 2, false)));
    assert!(!is_confident(&candidate("الوحدة", Organization, 1, false)));
    // Linked again only after a word of its team, or where the article so names it.
    let entity = to_entity(
        &candidate("الوحدة", Organization, 2, false),
        &HashSet::new(),
    )
    .unwrap();
    assert_eq!(entity.meta.ambiguous, ["الوحدة"]);
    assert_eq!(entity.meta.cue_words, [CueWords::Teams]);
    assert!(CueWords::Teams.words().contains(&"لاعب"));
    // A body of several words is no club.
    let body = to_entity(
        &candidate("البنك التجاري الكويتي", Organization, 1, true),
        &HashSet::new(),
    )
    .unwrap();
    assert!(body.meta.cues.is_empty() && body.meta.cue_words.is_empty());
    assert!(!body.meta.ambiguous.contains(&body.name().to_string()));
}

#[test]
fn places_after_their_kind_word_are_linked_unknown_kinds_never() {
    // مخيم زمزم، مدينة البتراء، بلدة عيتا الشعب: one or two words after a kind of place.
    for name in ["زمزم", "البتراء", "عيتا الشعب"] {
        assert!(
            is_confident(&candidate(name, EntityKind::Place, 1, true)),
            "{name}"
        );
    }
    // مقاطعة سامتر تين كورت is a youth court, not a county of three words.
    assert!(!is_confident(&candidate(
        "سامتر تين كورت",
        EntityKind::Place,
        1,
        true
    )));
    assert!(!is_confident(&candidate(
        "زمزم",
        EntityKind::Place,
        0,
        false
    )));
    let mut unknown = candidate("زمزم", EntityKind::Place, 1, true);
    unknown.suggestion.kind_hint = None;
    assert!(!is_confident(&unknown));
}

/// A place named for a ruler (مطار الملك خالد، ملعب محمد الخامس) is linked only after its
/// kind word, as a one-word place is: elsewhere the name is the ruler's. A place of two
/// words named otherwise (عيتا الشعب) needs no kind word.
#[test]
fn a_place_named_for_a_ruler_needs_its_kind_word() {
    for name in ["الملك خالد", "الأمير سلطان بن فيصل", "محمد الخامس"]
    {
        let entity = to_entity(
            &candidate(name, EntityKind::Place, 1, true),
            &HashSet::new(),
        )
        .unwrap();
        assert_eq!(entity.meta.ambiguous, [name], "{name}");
        assert_eq!(entity.meta.cue_words, [CueWords::Places], "{name}");
    }
    assert!(CueWords::Places.words().contains(&"ملعب"));
    // Its other spellings need the kind word too: «جلالة الملك عبدالله الثاني» is the king.
    let stadium = to_entity(
        &candidate("الملك عبد الله الثاني", EntityKind::Place, 1, true),
        &HashSet::new(),
    )
    .unwrap();
    assert!(
        stadium
            .meta
            .aliases
            .iter()
            .any(|a| a == "الملك عبدالله الثاني"),
        "{:?}",
        stadium.meta.aliases
    );
    for alias in &stadium.meta.aliases {
        assert!(stadium.meta.ambiguous.contains(alias), "{alias}");
    }
    let town = to_entity(
        &candidate("عيتا الشعب", EntityKind::Place, 1, true),
        &HashSet::new(),
    )
    .unwrap();
    assert!(town.meta.ambiguous.is_empty(), "{:?}", town.meta.ambiguous);
}

/// A body named by one word shaped like a verbal noun (تحالف «تأسيس») is linked only after its
/// head, as an ambiguous name after its cue: elsewhere the word is «founding». A name of
/// another shape (غازبروم) stands alone.
#[test]
fn a_body_named_like_a_verbal_noun_needs_its_head() {
    use EntityKind::Organization;
    let mut c = candidate("تأسيس", Organization, 1, true);
    c.suggestion.examples.push(crate::suggest::Example {
        file: "a.md".into(),
        line: 1,
        column: 1,
        sentence: "وردّ تحالف “تأسيس” على بيان مجلس الأمن.".into(),
    });
    let entity = to_entity(&c, &HashSet::new()).expect("entity");
    assert_eq!(entity.meta.ambiguous, ["تأسيس"]);
    assert_eq!(entity.meta.cues, ["تحالف"]);
    let entity = to_entity(
        &candidate("غازبروم", Organization, 1, true),
        &HashSet::new(),
    )
    .expect("entity");
    assert!(
        entity.meta.ambiguous.is_empty(),
        "{:?}",
        entity.meta.ambiguous
    );
}

/// «Governmental» after a body names none (المستشفى الحكومي) unless a known place stands
/// before it: مستشفى السلط الحكومي is Salt's public hospital, by that name.
#[test]
fn a_government_hospital_of_a_known_place_is_a_body() {
    use EntityKind::Organization;
    let places: HashSet<String> = ["السلط".to_string()].into_iter().collect();
    let named = candidate("مستشفى السلط الحكومي", Organization, 1, true);
    assert!(!is_confident(&named));
    assert!(is_placed_government_body(&named, &places));
    for junk in [
        "مستشفى الأطفال الحكومي",
        "المستشفى الحكومي",
        "وكالة السلط الرسمية",
    ] {
        let c = candidate(junk, Organization, 1, true);
        assert!(!is_placed_government_body(&c, &places), "{junk}");
    }
    assert!(!is_placed_government_body(
        &candidate("مستشفى السلط الحكومي", Organization, 1, false),
        &places
    ));
}

/// A head that serves a place before a known place written in ة (بلدية غزة) is that place's
/// body, though a bare last word in ة after a head is most often an adjective (شركة ناشئة).
#[test]
fn a_council_of_a_known_place_in_ta_is_a_body() {
    use EntityKind::Organization;
    let places: HashSet<String> = ["غزه".to_string(), "جده".to_string()].into_iter().collect();
    for named in ["بلدية غزة", "أمانة جدة", "مستشفى غزة"] {
        let c = candidate(named, Organization, 1, true);
        assert!(!is_confident(&c), "{named}");
        assert!(is_body_of_a_known_place(&c, &places), "{named}");
    }
    for junk in [
        "شركة ناشئة",
        "بلدية ناشئة",
        "بلدية غزة الجديدة",
        "وكالة غزة",
    ] {
        let c = candidate(junk, Organization, 1, true);
        assert!(!is_body_of_a_known_place(&c, &places), "{junk}");
    }
    assert!(!is_body_of_a_known_place(
        &candidate("بلدية غزة", Organization, 1, false),
        &places
    ));
}

/// A surname with a European particle (دو فريج، دي ميستورا) is linked alone with its
/// particle, never as the bare last word.
#[test]
fn a_surname_keeps_its_european_particle() {
    for (name, surname, last) in [
        ("نايلة دو فريج", "دو فريج", "فريج"),
        ("ستافان دي ميستورا", "دي ميستورا", "ميستورا"),
    ] {
        let mut c = candidate(name, EntityKind::Person, 1, true);
        c.surname_links = true;
        let e = to_entity(&c, &HashSet::new()).expect("entity");
        let aliases = &e.meta.aliases;
        assert!(aliases.contains(&surname.to_string()), "{aliases:?}");
        assert!(!aliases.contains(&last.to_string()), "{aliases:?}");
    }
}

/// A Persian family name's second word (باك نجاد) and الله after a noun (الحمد الله) are
/// half of a two-word family name: the person is linked by both words, never the last alone.
#[test]
fn a_two_word_family_name_by_its_tail() {
    for (name, surname, last) in [
        ("محسن باك نجاد", "باك نجاد", "نجاد"),
        ("رامي الحمد الله", "الحمد الله", "الله"),
    ] {
        let mut c = candidate(name, EntityKind::Person, 1, true);
        c.surname_links = true;
        let e = to_entity(&c, &HashSet::new()).expect("entity");
        assert!(
            e.meta.aliases.contains(&surname.to_string()),
            "{:?}",
            e.meta.aliases
        );
        assert!(
            !e.meta.aliases.contains(&last.to_string()),
            "{:?}",
            e.meta.aliases
        );
    }
}
