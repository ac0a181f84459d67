//! Organisation heads on made-up local news, through the public pipeline (gazetteer on: a
//! head such as شرطة wants a place it knows).

use super::super::test_site::discovered_with;
use crate::load::EntityKind;

/// A police force is named for the place it serves, with the place's kind word or without
/// (شرطة منطقة حائل، شرطة الشارقة); «شرطة» before common nouns is no body's name.
#[test]
fn the_police_of_a_place() {
    let found = discovered_with(
        &[
            "وأعلنت شرطة منطقة حائل القبض على شخصين، كما ضبطت شرطة الشارقة شحنة مهربة.\n\n\
         وقالت مدينة حائل إن الطرق مفتوحة، وإن الشارقة هادئة.\n\n\
         وأكدت شرطة المرور أن الحملة مستمرة.",
        ],
        true,
    );
    let orgs: Vec<&str> = found
        .iter()
        .filter(|(_, k)| *k == EntityKind::Organization)
        .map(|(n, _)| n.as_str())
        .collect();
    for name in ["شرطة منطقة حائل", "شرطة الشارقة"] {
        assert!(orgs.contains(&name), "«{name}» not in {orgs:?}");
    }
    assert!(!orgs.iter().any(|o| o.contains("المرور")), "{orgs:?}");
}
