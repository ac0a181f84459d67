//! The lexicon's shape rules on real Arabic words.

use super::*;
use crate::text::normalize::normalize_name;

/// The circumstance of a clause (الملك مصافحا ستارمر، سيتحدث مؤيدا) is no name word; names
/// of the same length are (ميرنا، مارتا، مونيكا).
#[test]
fn accusative_participles_are_not_names() {
    for word in [
        "مصافحا",
        "مؤيدا",
        "مشيرا",
        "مضيفا",
        "موضحا",
        "مشاركا",
        "مطالبا",
    ] {
        assert!(looks_accusative_participle(&normalize_name(word)), "{word}");
    }
    for word in ["ميرنا", "مارتا", "مونيكا", "مايا", "مصطفى", "محمد", "ماريا"]
    {
        assert!(
            !looks_accusative_participle(&normalize_name(word)),
            "{word}"
        );
    }
}

/// The future of تفعّل/تفاعل verbs is a verb even where the site never writes it without
/// س (سيتحدث، ستتواصل); a name in س is not (سيف، سيرجي).
#[test]
fn the_future_of_a_derived_verb_is_common() {
    let lex = Lexicon::default();
    for word in ["سيتحدث", "ستتواصل"] {
        assert!(lex.is_common(&normalize_name(word)), "{word}");
    }
    for word in ["سيرجي", "سيتا"] {
        assert!(!lex.is_common(&normalize_name(word)), "{word}");
    }
}

/// Egypt and Sudan write the hamza before و on ي (لشئون، مسئول): the lists' words all the
/// same, so «المفوض السامي لشئون اللاجئين» names no one; a name with ئ before another letter
/// (هانئ، رئيفة) is untouched.
#[test]
fn a_hamza_on_ya_before_waw_is_the_listed_word() {
    for word in ["لشئون", "شئون", "مسئول"] {
        assert!(is_listed(&normalize_name(word)), "{word}");
    }
    assert!(is_role_word(&normalize_name("لشئون")));
    for word in ["هانئ", "رئيفة"] {
        assert!(!is_listed(&normalize_name(word)), "{word}");
    }
}

/// Demonstratives and relatives in the oblique dual (بلدات هذين القضاءين، بين اللذين) are
/// function words like their nominative (هذان، اللذان): never a name, nor a town in a list.
#[test]
fn oblique_dual_demonstratives_are_common() {
    let lex = Lexicon::default();
    for word in ["هذين", "هاتين", "اللذين", "اللتين", "هذان"] {
        assert!(lex.is_common(&normalize_name(word)), "{word}");
        assert!(!lex.is_bare_name_word(&normalize_name(word)), "{word}");
    }
}

/// Each clitic of `CLITICS` the word starts with, tried one by one, and the rest after it
/// (with an elided alef given back after ل): what `readings` must give after the word.
fn clitic_readings_by_table(word: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for clitic in CLITICS {
        if let Some(rest) = word.strip_prefix(clitic) {
            let letters = clitic.chars().count();
            if clitic.ends_with('ل') && rest.starts_with('ل') {
                out.push((letters, format!("ا{rest}")));
            }
            if rest.chars().count() >= 2 {
                out.push((letters, rest.to_string()));
            }
        }
    }
    out
}

/// `readings` reads the clitics off a word's first letters instead of trying each of
/// `CLITICS`: it must still give the word, then what trying each gives, in that order, for
/// every combination of clitic letters and short or elided-alef rests; `clitic_readings` the
/// same without the word.
#[test]
fn readings_are_the_word_then_its_clitic_readings() {
    let starts = [
        "", "و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل", "لل", "وو",
    ];
    let rests = [
        "",
        "ا",
        "ل",
        "لب",
        "ال",
        "لقاء",
        "الرئيس",
        "بيروت",
        "كريم",
        "x",
        "ةه",
    ];
    for start in starts {
        for rest in rests {
            let word = format!("{start}{rest}");
            let by_table = clitic_readings_by_table(&word);
            let expected: Vec<(usize, String)> = std::iter::once((0, word.clone()))
                .chain(by_table.iter().cloned())
                .collect();
            let without_word: Vec<(usize, String)> = clitic_readings(&word)
                .into_iter()
                .map(|(n, w)| (n, w.into_owned()))
                .collect();
            assert_eq!(without_word, by_table, "{word}");
            let got: Vec<(usize, String)> = readings(&word)
                .into_iter()
                .map(|(n, w)| (n, w.into_owned()))
                .collect();
            assert_eq!(got, expected, "{word}");
        }
    }
}

/// A preposition before a verbal noun in م…ة or of the forms in ت is never a name's word;
/// names in ب and ل are not so shaped (بتول، بترا، بتروف).
#[test]
fn a_purpose_phrase_is_no_name_word() {
    for w in [
        "لمعرفه",
        "بمشاركه",
        "لمناقشه",
        "ولمتابعه",
        "بمساعده",
        "بتفوق",
        "لتعزيز",
        "بتعاون",
        "وبتقديم",
    ] {
        assert!(super::is_purpose_phrase(w), "{w}");
    }
    for w in [
        "لطيفه",
        "لمياء",
        "لميس",
        "بلال",
        "مريم",
        "لمه",
        "بتول",
        "بتروف",
        "بترا",
    ] {
        assert!(!super::is_purpose_phrase(w), "{w}");
    }
}

/// A listed verb with the dual's ا (قدما، تقدما، قدمتا، أكدا) is a verb; names in ا (رضا، رشا،
/// دانا) are not taken for one.
#[test]
fn a_listed_verb_in_the_dual_is_no_name() {
    use super::super::word_lists::is_dual_of_listed_verb;
    for word in ["قدما", "تقدما", "قدمتا", "ناقشا", "سلما"] {
        assert!(is_dual_of_listed_verb(&normalize_name(word)), "{word}");
    }
    for word in ["رضا", "رشا", "دانا", "مها", "سارا"] {
        assert!(!is_dual_of_listed_verb(&normalize_name(word)), "{word}");
    }
}

/// A site that writes the article form of a word has the word as a common noun (التعاون /
/// تعاون), but not a common given name, which the Gulf makes a family name with the article
/// (مشعل الأحمد، خالد الصالح): a Kuwaiti report naming «الأحمد» had made «أحمد» ordinary
/// for the whole site, and a Jordanian list of the accused (وأحمد شحادة عبدالله) was lost.
#[test]
fn a_given_name_the_site_writes_with_the_article_stays_a_name_word() {
    let vocab = ["الاحمد", "الصالح", "التعاون"]
        .into_iter()
        .map(|w| (w.to_string(), 1))
        .collect();
    let lex = Lexicon::from_counts(vocab, Default::default(), Default::default());
    for word in ["احمد", "صالح"] {
        assert!(!lex.is_common(word), "{word}");
    }
    assert!(lex.is_common("تعاون"));
}

/// A definite word the site writes only right after a common given name is a family name
/// there (محمد عثمان العوض), which says nothing of the bare word: it stays a name word, where
/// the same definite word written as a noun makes it ordinary.
#[test]
fn a_family_name_with_the_article_does_not_make_the_bare_name_ordinary() {
    let lexicon = |noun_uses: usize| {
        let counts = [("العوض", 1 + noun_uses), ("عثمان", 1)]
            .into_iter()
            .map(|(w, n)| (w.to_string(), n))
            .collect();
        let vocabulary = super::Vocabulary {
            counts,
            tanween: Default::default(),
            name_uses: [("العوض".to_string(), 1)].into_iter().collect(),
        };
        Lexicon::from_vocabulary(vocabulary, Default::default())
    };
    assert!(!lexicon(0).is_common("عوض"));
    assert!(lexicon(1).is_common("عوض"));
}
