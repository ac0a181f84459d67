//! The suggester's output and its robustness: examples with file, line, column and a sentence
//! cut around the name, the JSON, quotes and invisible characters, and no panic on odd or
//! generated text. What is suggested is the parent module's subject.

use super::*;

#[test]
fn examples_give_file_line_column_and_sentence() {
    let list = suggest_for(&[
        "مقدمة.\n\nوقال المتحدث باسم الكرملين ديمتري بيسكوف للصحفيين إن اللقاء مهم. ثم غادر.",
    ]);
    let s = find(&list, "ديمتري بيسكوف");
    let e = &s.examples[0];
    assert_eq!(e.file, "content/articles/0.md");
    assert_eq!((e.line, e.column), (8, 28));
    assert_eq!(
        e.sentence,
        "وقال المتحدث باسم الكرملين ديمتري بيسكوف للصحفيين إن اللقاء مهم."
    );
}

#[test]
fn json_carries_the_kind_key() {
    let list = suggest_for(&["وقال الرئيس الفرنسي إيمانويل ماكرون إن الحوار ضروري."]);
    let json = serde_json::to_string(&list).expect("json");
    assert!(json.contains("\"kind_hint\":\"person\""), "{json}");
}

#[test]
fn never_panics_on_odd_input() {
    let texts = [
        "",
        "«",
        "» « “ ” \" „",
        "الرئيس",
        "الرئيس الروسي",
        "وكالة «",
        "مدينة",
        "ـــ ً ٌ ٍ",
        "\u{200F}\u{200D}الرئيس\u{200C}ماكرون",
        "```\nالرئيس ماكرون\n```",
        "[الرئيس ماكرون](https://x) \\[رئيس\\]",
        "# الرئيس ماكرون\n\nالرئيس ماكرون",
        "ﻻ ﷲ ﷺ",
    ];
    for text in texts {
        let _ = suggest_for(&[text]);
    }
    let _ = suggest_with(&texts, &[]);
}

#[test]
fn quotes_pair_in_order_and_a_gap_between_quotes_is_not_quoted() {
    let words = tokenize("دعا \"فلاديمير بوتين\" الرئيس \"مسعود\" و«إرنا» و“تاس”", &[]);
    let quoted: Vec<String> = words
        .quoted
        .iter()
        .map(|r| {
            words.tokens[r.clone()]
                .iter()
                .map(|t| t.norm.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    assert_eq!(quoted, ["فلاديمير بوتين", "مسعود", "ارنا", "تاس"]);
}

#[test]
fn long_sentences_are_cut_around_the_name() {
    let before = "كلمة ".repeat(30);
    let text = format!("{before}ديمتري بيسكوف {before}نهاية.");
    let start = text.find("ديمتري").unwrap_or(0);
    let end = start + "ديمتري بيسكوف".len();
    let sentence = sentence_around(&text, start..end);
    assert!(sentence.starts_with("… كلمة"), "{sentence}");
    assert!(sentence.ends_with("كلمة …"), "{sentence}");
    assert!(sentence.contains(" ديمتري بيسكوف "), "{sentence}");
    assert_eq!(sentence.split_whitespace().count(), MAX_SENTENCE_WORDS + 2);
    let text = "قبل. الاسم 2.5 بعد؟ تال";
    let start = text.find("الاسم").unwrap_or(0);
    let span = start..start + "الاسم".len();
    assert_eq!(
        sentence_around(text, span),
        "الاسم 2.5 بعد؟",
        "2.5 is not a sentence end"
    );
}

/// The sentence is read in a window around the name, so an article pasted as one line of
/// megabytes is not read whole for each name; in any real paragraph the window changes nothing.
#[test]
fn a_sentence_read_in_its_window_is_the_sentence_read_in_the_whole_run() {
    let sentence = "وقال وزير الخارجية سامح شكري إن المحادثات مستمرة، وأضاف أن اللقاء مهم. ";
    let text = sentence.repeat(400);
    let name = "سامح شكري";
    let mut checked = 0;
    for (start, _) in text.match_indices(name) {
        let span = start..start + name.len();
        assert_eq!(
            sentence_around(&text, span.clone()),
            sentence_in(&text, span)
        );
        checked += 1;
    }
    assert_eq!(checked, 400);
    // Without sentence ends, the name's words around it are cut as in a short text.
    let text = "كلمة ".repeat(5000) + name + &" كلمة".repeat(5000);
    let start = text.find(name).unwrap_or(0);
    let shown = sentence_around(&text, start..start + name.len());
    assert!(
        shown.starts_with("… كلمة") && shown.ends_with("كلمة …"),
        "{shown}"
    );
    assert_eq!(shown.split_whitespace().count(), MAX_SENTENCE_WORDS + 2);
}

/// Each word knows the mention it is in whatever order the analysis lists them, and a word
/// after the last mention is in none (the tokenizer steps through them once, in text order).
#[test]
fn words_know_their_mentions_in_any_order() {
    use crate::load::EntityKind::{Organization, Person, Place};
    let text = "التقى فلاديمير بوتين في موسكو وفد منظمة الصحة العالمية أمس";
    let span = |name: &str| {
        let start = text.find(name).unwrap_or(0);
        start..start + name.len()
    };
    let mentions = [
        (span("منظمة الصحة العالمية"), Organization),
        (span("فلاديمير بوتين"), Person),
        (span("موسكو"), Place),
    ];
    let words = tokenize(text, &mentions);
    let kinds: Vec<Option<crate::load::EntityKind>> =
        words.tokens.iter().map(|t| t.mention).collect();
    assert_eq!(
        kinds,
        [
            None,
            Some(Person),
            Some(Person),
            None,
            Some(Place),
            None,
            Some(Organization),
            Some(Organization),
            Some(Organization),
            None
        ]
    );
}

#[test]
fn never_panics_on_generated_text() {
    let alphabet: Vec<char> =
        "الرئيس وكالة مدينة «»“”\"،.؟ ًٌٍَُِّـ\u{200C}\u{200F}ﻻبتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآ1٢-\n"
            .chars()
            .collect();
    let mut seed: u64 = 0x5eed;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    let texts: Vec<String> = (0..200)
        .map(|_| {
            let len = next() % 120;
            (0..len)
                .map(|_| alphabet[next() % alphabet.len()])
                .collect()
        })
        .collect();
    let bodies: Vec<&str> = texts.iter().map(String::as_str).collect();
    let _ = suggest_for(&bodies);
}

/// Every character normalisation ignores keeps a word whole, as the matcher sees it: an RLM
/// or a bidi isolate pasted inside بوتين does not cut it in two.
#[test]
fn invisible_characters_inside_a_name_keep_it_one_word() {
    for inside in [
        '\u{200F}', '\u{2067}', '\u{202B}', '\u{061C}', '\u{FEFF}', '\u{00AD}',
    ] {
        let text = format!("قال بو{inside}تين كلاماً");
        let words = tokenize(&text, &[]);
        let norms: Vec<&str> = words.tokens.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(norms[..2], ["قال", "بوتين"], "U+{:04X}", inside as u32);
    }
}

/// The rules skip a word that is no cue ([`tokens::Token::cue`]): that must only save work.
/// Every rule's start word is a cue when the cue set is made from the rules' own tables; a rule
/// that starts from a word outside them (a table left out of the set, a word tested inline)
/// loses its names here. Real texts (tests/eval) and sentences that start each rule: a title,
/// an organisation's and a place's kind word, a definite head, a verb of saying, a list, an
/// election, a deputy, a scorer, a club, a venue and a list of towns.
#[test]
fn marking_every_word_a_cue_finds_the_same_candidates() {
    let eval = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval");
    let mut texts: Vec<String> = (1..=15)
        .map(|i| {
            let text = std::fs::read_to_string(eval.join(format!("{i:02}.md"))).expect("eval text");
            // The body, after the front matter.
            text.splitn(3, "---").nth(2).unwrap_or("").to_string()
        })
        .collect();
    texts.extend(
        [
            "وقال الرئيس عبد المجيد تبون إن وزارة التضامن الاجتماعي ستفتح مكتبا في مدينة البتراء.",
            "وأعلن الاتحاد الجزائري لكرة القدم أمس عن برنامج جديد.",
            "وقال محمد الشامي في تصريح صحفي إن الاجتماع كان مثمرا.",
            "وضم الوفد كلا من أحمد سالم، وخالد منصور، وسمير عطية، ونبيل حداد.",
            "وانتخب علي صبحي رباح نائبا للرئيس في الجلسة الأولى.",
            "وينوب عنه محمد سيدو في الاجتماعات المقبلة.",
            "وتغلب مولودية الجزائر على شبيبة القبائل في مباراة الجولة الخامسة من الدوري، وسجل \
             الهدف الأول عبر فريد الملالي في الدقيقة العاشرة على ملعب علي عمار.",
            "وزار الوفد متحف البحرين الوطني ثم بلدات الخضر وبيت فجار وتقوع.",
            "وافتتح الوداد الرياضي التسجيل في مباراة الدوري على ملعب محمد الخامس، قبل أن \
             يضيف جلال الداودي الهدف الثاني للفريق في الدقيقة الأخيرة.",
        ]
        .map(String::from),
    );
    let bodies: Vec<&str> = texts.iter().map(String::as_str).collect();
    let site = site_with(&bodies, REGISTRY);
    let entities = &site.content.entities;
    let docs = |all_cues: bool| -> Docs {
        let mut docs = Docs::new(&site.content, &site.analyses);
        if all_cues {
            for words in docs.held_words_mut() {
                words.tokens.iter_mut().for_each(|t| t.set_cue());
            }
        }
        docs
    };
    for scope in [Scope::All, Scope::Introduced] {
        let flagged = candidates_of(&mut docs(false), entities, scope);
        let every_word = candidates_of(&mut docs(true), entities, scope);
        let found = |list: &[Candidate]| -> Vec<String> {
            list.iter().map(|c| c.suggestion.name.clone()).collect()
        };
        for name in [
            "عبد المجيد تبون",
            "وزارة التضامن الاجتماعي",
            "الاتحاد الجزائري لكرة القدم",
            "محمد الشامي",
            "علي صبحي رباح",
            "محمد سيدو",
            "فريد الملالي",
            "مولودية الجزائر",
            "ملعب علي عمار",
            "متحف البحرين الوطني",
            "بيت فجار",
            "الوداد الرياضي",
            "جلال الداودي",
        ] {
            assert!(
                found(&every_word).iter().any(|n| n == name),
                "{scope:?}: {name} not in {:?}",
                found(&every_word)
            );
        }
        assert_eq!(
            found(&flagged),
            found(&every_word),
            "{scope:?}: a rule starts from a word that is no cue"
        );
        assert_eq!(flagged, every_word, "{scope:?}");
    }
}
