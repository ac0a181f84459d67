//! The local rules' shortcuts against the readings they skip.

use super::*;

/// `sports_word` passes over a word that ends in no listed word before reading it: it must
/// answer as reading every word does, with every clitic and the article before each entry.
#[test]
fn sports_word_answers_as_reading_every_word() {
    let read = sports_word_read;
    let starts = [
        "", "و", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "ولل", "فب", "وب",
    ];
    let others = ["الرئيس", "لقاء", "مدرب", "هدف", "الدقيق"];
    let mut found = 0;
    for entry in SPORTS_WORDS.iter().chain(&others) {
        let bare = entry.strip_prefix("ال").unwrap_or(entry);
        for start in starts {
            for word in [format!("{start}{entry}"), format!("{start}{bare}")] {
                assert_eq!(sports_word(&word), read(&word), "{word}");
                found += usize::from(read(&word).is_some());
            }
        }
    }
    assert!(found > SPORTS_WORDS.len(), "{found}");
}

/// The shortcut of `sports_word` passes every word of the list, with a clitic or the article
/// or neither: each word less a first alef has the three letters its ending is read from.
#[test]
fn the_sports_shortcut_lets_every_sports_word_through() {
    for word in SPORTS_WORDS {
        let written = word.strip_prefix('ا').unwrap_or(word);
        assert!(
            last_six_bytes(written).is_some(),
            "{word}: under three letters"
        );
        for form in [word.to_string(), format!("و{word}"), format!("لل{written}")] {
            assert_eq!(sports_word(&form), sports_word_read(&form), "{form}");
        }
        assert_eq!(sports_word(word), Some(*word), "{word}");
    }
    assert_eq!(sports_word("المستثمرين"), None);
}
