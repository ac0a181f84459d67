//! The venue rules (`venues.rs`) and the kind of place with the article on made-up sentences:
//! saints' houses, compound given names, theatres.

use super::super::test_site::places;

/// A church, monastery or cathedral named for a saint after «مار» is one place, the saint's
/// one word with it whatever its shape (كنيسة مار الياس: الياس looks definite), and the
/// saint's name inside it is no person's surname (دير مار مارون, with «شربل مارون» named).
#[test]
fn a_saint_s_house_is_named_with_mar() {
    let found = places(&[
        "دشن المطران قاعة تابعة لكنيسة مار الياس في البلدة، وزار دير مار مارون العاصي للرهبانية.",
        "وترأس الصلاة في كاتدرائية مار نقولا، وقال الأب شربل مارون إن الزيارة مهمة.",
    ]);
    for venue in [
        "كنيسة مار الياس",
        "دير مار مارون العاصي",
        "كاتدرائية مار نقولا",
    ] {
        assert!(
            found.contains(&venue.to_string()),
            "«{venue}» not in {found:?}"
        );
    }
}

/// A venue named for a compound given name keeps its second word (قلعة صلاح الدين).
#[test]
fn a_venue_keeps_a_compound_given_name_whole() {
    let found = places(&["وحضر الوزير افتتاح مهرجان آخر في قلعة صلاح الدين وهو مهرجان الطبول."]);
    assert!(found.contains(&"قلعة صلاح الدين".to_string()), "{found:?}");
}

/// A kind of place with the article after a delegate's or a province's kind word is the place
/// the story is about, no place's name (معتمد المنطقة، بمنطقة المحافظة); a delegation's own
/// name after «معتمد» still is one (معتمد الغريبة).
#[test]
fn the_region_with_the_article_is_no_place_s_name() {
    let found = places(&[
        "وذلك بحضور المعتمد الأول معتمد المنطقة والمندوب الجهوي للتنمية الفلاحية.",
        "وأشرف معتمد الغريبة فؤاد الهرابي على الاجتماع في مقر الولاية.",
        "وقالت مصادر في بلدية المدينة إن الأشغال انتهت.",
    ]);
    assert!(found.contains(&"الغريبة".to_string()), "{found:?}");
    assert!(
        !found.iter().any(|p| p == "المنطقة" || p == "المدينة"),
        "{found:?}"
    );
}

/// A theatre is a venue named after a known place (مسرح ميامي: the theatre, not Miami), and
/// an art or a scene before anything else (مسرح الطفل، مسرح الجريمة، مسرح العمليات).
#[test]
fn a_theatre_is_named_after_a_known_place() {
    let found = places(&[
        "وافتتح وزير الثقافة الدورة الخامسة عشرة على مسرح ميامي بوسط البلد.",
        "وعرضت على مسرح الطفل، وقالت الشرطة إن مسرح الجريمة قرب المطار، وتحدث عن مسرح العمليات.",
        "وكان مسرح المحيط الهادئ أعنف ميادين الحرب، وشهد مسرح أوروبا الشرقية معارك طاحنة.",
        "وتحولت سوريا إلى مسرح العراق الثاني.",
    ]);
    assert!(found.contains(&"مسرح ميامي".to_string()), "{found:?}");
    let figures = ["الطفل", "الجريمة", "العمليات", "المحيط", "أوروبا", "العراق"];
    assert!(
        !found.iter().any(|p| figures.iter().any(|f| p.contains(f))),
        "{found:?}"
    );
}

/// A street or a ground named for a person whose given name has the article keeps his surname
/// (شارع الحبيب بورقيبة، ملعب الشاذلي زويتن، شارع الطاهر بن عاشور), where one definite name
/// alone is the whole name (ملعب القبائل، شارع الرشيد | وسط بغداد).
#[test]
fn a_venue_named_for_a_definite_given_name_keeps_the_surname() {
    let found = places(&[
        "وأقيمت المباراة في ملعب الشاذلي زويتن بالعاصمة، وسط حضور في شارع الحبيب بورقيبة.",
        "وتقع المكتبة في شارع الطاهر بن عاشور قرب ملعب القبائل، وفي شارع الرشيد وسط بغداد.",
    ]);
    for venue in [
        "ملعب الشاذلي زويتن",
        "شارع الحبيب بورقيبة",
        "شارع الطاهر بن عاشور",
        "ملعب القبائل",
        "شارع الرشيد",
    ] {
        assert!(
            found.contains(&venue.to_string()),
            "«{venue}» not in {found:?}"
        );
    }
    // What follows a one-word name is the sentence, not a surname: an adverb or adjective in
    // the accusative, a verb of the present, a participle, an adjective, a predicate noun.
    let found = places(&[
        "وازدحم شارع الرشيد صباحا بالسيارات، وقالت مصادر إن ملعب الحسن يستضيف المباراة.",
        "وقال إن شارع الحبيب ممتلئ بالمحتجين، وأوضح أن ملعب المنصف جاهز لاستقبال الجماهير.",
        "واعتبر أن شارع الحبيب رمز للثورة، وتقع المدرسة في شارع الوليد بن عبد الملك وسط دمشق.",
    ]);
    for venue in [
        "شارع الرشيد",
        "ملعب الحسن",
        "شارع الحبيب",
        "ملعب المنصف",
        "شارع الوليد",
    ] {
        assert!(
            found.contains(&venue.to_string()),
            "«{venue}» not in {found:?}"
        );
    }
    assert_eq!(found.len(), 5, "{found:?}");
}
