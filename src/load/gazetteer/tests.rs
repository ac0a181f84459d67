use super::*;

#[test]
fn the_embedded_data_merges_without_problems() {
    let g = gazetteer().expect("the gazetteer parses");
    assert_eq!(problems(g), Vec::<String>::new());
}

#[test]
fn every_entry_compiles_into_the_matcher() {
    let entities = entities().unwrap();
    if let Err(errors) = crate::analyse::Matcher::build(entities) {
        let messages: Vec<String> = errors
            .iter()
            .map(|d| format!("{}: {}", d.path.display(), d.message))
            .collect();
        panic!("{} problems:\n{}", messages.len(), messages.join("\n"));
    }
}
