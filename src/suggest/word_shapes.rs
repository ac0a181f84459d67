//! What a word's shape alone says of it, with no list and no count of the site: an
//! accusative participle, a verb's plural, a preposition before a feminine noun, an adjective
//! of relation. The lexicon ([`super::lexicon`]) reads these where the site's own words are
//! not enough to judge.

/// Endings of adjectives and plural nouns of relation (إيرانية، باليستية، مسلحين، الروسيون).
const ADJECTIVE_ENDINGS: &[&str] = &["يه", "يين", "يون", "يات"];

/// An active participle in the indefinite accusative, the circumstance of a clause (الملك
/// مصافحا ستارمر، سيتحدث مؤيدا، مشيرا إلى): مُفعِلاً of five letters or مُفاعِلاً of six. Names of
/// those shapes open with ما or مي (مارتا، ميرنا), which are left out.
pub(super) fn looks_accusative_participle(word: &str) -> bool {
    let letters: Vec<char> = word.chars().collect();
    if letters.first() != Some(&'م') || letters.last() != Some(&'ا') || letters[1..].len() < 4 {
        return false;
    }
    match letters.len() {
        5 => !matches!(letters[1], 'ا' | 'ي'),
        6 => letters[1] != 'ا' && letters[2] == 'ا',
        _ => false,
    }
}

/// Shaped like a verb in the plural (استهدفوا) or a participle (متزايدة، مستمر، مرتفعة).
/// Only for recurring sequences, where nothing else vouches for the words: a name after a
/// title may look like this (معاوية).
pub(super) fn looks_verbal(word: &str) -> bool {
    let letters = word.chars().count();
    word.ends_with("وا")
        || (letters >= 5 && (word.starts_with("مت") || word.starts_with("مست")))
        || (letters >= 5 && word.starts_with('م') && word.ends_with('ه'))
}

/// Shaped like a preposition with a feminine noun (بمشاركة، لمناقشة، كدولة): a phrase that
/// follows a name, not part of it.
pub(super) fn looks_prepositional(word: &str) -> bool {
    let rest = word
        .strip_prefix('و')
        .or_else(|| word.strip_prefix('ف'))
        .unwrap_or(word);
    rest.starts_with(['ب', 'ل', 'ك']) && rest.ends_with('ه') && rest.chars().count() >= 4
}

/// ب or ل before a verbal noun in م…ة of the derived forms (لمعرفة، بمشاركة، لمناقشة،
/// لمتابعة، بمساعدة): «to know», «with the help of» — never a name's word, whether or not the
/// site writes the noun alone (a repeated «لمعرفة موقفكم» became a person after a title and a
/// comma). Names in ل keep other shapes (لطيفة، لمياء، لميس).
pub(super) fn is_purpose_phrase(word: &str) -> bool {
    let rest = word
        .strip_prefix('و')
        .or_else(|| word.strip_prefix('ف'))
        .unwrap_or(word);
    rest.strip_prefix(['ب', 'ل']).is_some_and(|noun| {
        noun.starts_with('م') && noun.ends_with('ه') && noun.chars().count() >= 5
    })
}

/// Shaped like an adjective of relation or a plural (ends in ية، يين، يون، يات).
pub(super) fn looks_adjectival(word: &str) -> bool {
    ADJECTIVE_ENDINGS.iter().any(|e| word.ends_with(e))
}
