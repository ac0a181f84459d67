use super::*;

fn article(text: &str) -> Result<(Article, Vec<Diagnostic>), Vec<Diagnostic>> {
    parse_article(
        Path::new("content/articles/a.md"),
        text.to_string(),
        SlugStrategy::FileName,
    )
}

#[test]
fn parses_arabic_article() {
    let (a, warnings) = article(
        "---\ntitle: \"بوتين يستقبل رئيسي\"\ndate: 2023-12-08\nsource: موقع مصرنا الإخباري\n---\nفي موسكو.\n",
    )
    .unwrap();
    assert_eq!(a.meta.title.as_deref(), Some("بوتين يستقبل رئيسي"));
    assert_eq!(a.slug, "a");
    assert_eq!(a.date.as_ref().unwrap().to_string(), "2023-12-08");
    assert_eq!(a.body(), "في موسكو.\n");
    assert!(warnings.is_empty());
}

#[test]
fn yaml_error_reports_file_line() {
    let errs = article("---\ntitle: \"غير مغلق\ndate: 2022-01-19\n---\nنص\n").unwrap_err();
    assert_eq!(errs.len(), 1);
    assert!(errs[0].line.is_some_and(|l| l >= 2), "{:?}", errs[0]);
}

#[test]
fn missing_title_and_bad_date_are_both_reported() {
    let errs = article("---\ndate: 19/01/2022\n---\nنص\n").unwrap_err();
    assert_eq!(errs.len(), 2, "{errs:?}");
    assert!(errs[1].message.contains("invalid date"));
    assert_eq!(errs[1].line, Some(2));
}

#[test]
fn unknown_key_near_a_known_one_is_an_error_with_suggestion() {
    let errs = article("---\ntitle: بوتين في موسكو\nsumary: y\n---\n").unwrap_err();
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].help.as_deref(), Some("did you mean `summary`?"));
    assert_eq!(errs[0].line, Some(3));
    // `dat:` must not cost the article its date without a word.
    let errs = article("---\ntitle: بوتين في موسكو\ndat: 2022-01-19\n---\nنص\n").unwrap_err();
    assert_eq!(errs[0].message, "unknown front matter key `dat`");
    assert_eq!(errs[0].help.as_deref(), Some("did you mean `date`?"));
    assert_eq!((errs[0].line, errs[0].column), (Some(3), Some(1)));
}

#[test]
fn unknown_key_far_from_any_known_one_is_a_warning() {
    let (_, warnings) = article("---\ntitle: x\ndate: 2024-01-01\nmood: calm\n---\nنص\n").unwrap();
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].message.ends_with("is ignored"));
    assert_eq!(warnings[0].help, None);
}

/// Front matter written for Hugo, Zola or Jekyll: the key is ignored, and the warning names
/// Sahifa's own (`description:` is `summary:` here).
#[test]
fn another_generators_key_names_ours() {
    let (_, warnings) = article(
        "---\ntitle: x\ndate: 2024-01-01\ndescription: ملخص\ncategories: [سياسة]\n---\nنص\n",
    )
    .unwrap();
    let helps: Vec<_> = warnings.iter().filter_map(|w| w.help.as_deref()).collect();
    assert_eq!(
        helps,
        [
            "Sahifa calls it `section`: rename the key to use it",
            "Sahifa calls it `summary`: rename the key to use it"
        ]
    );
}

#[test]
fn slugs() {
    for ok in ["putin", "قمة-موسكو", "000_fa90"] {
        assert!(validate_slug(ok).is_ok(), "{ok}");
    }
    for bad in [
        "",
        "a/b",
        "..",
        "../x",
        "a b",
        "a\u{200F}b",
        "a\u{202E}b",
        "a?b",
    ] {
        assert!(validate_slug(bad).is_err(), "{bad:?}");
    }
}

/// `tags:` as one string is one tag, or several at commas; a list stays a list.
#[test]
fn tags_may_be_one_string() {
    let tags = |yaml: &str| {
        article(&format!("---\ntitle: x\n{yaml}\n---\n"))
            .unwrap()
            .0
            .meta
            .tags
    };
    assert_eq!(tags("tags: دبلوماسية"), ["دبلوماسية"]);
    assert_eq!(
        tags("tags: سياسة، اقتصاد , طاقة"),
        ["سياسة", "اقتصاد", "طاقة"]
    );
    assert_eq!(tags("tags: [سياسة, اقتصاد]"), ["سياسة", "اقتصاد"]);
    assert!(tags("tags:").is_empty());
    let errs = article("---\ntitle: x\ntags: {a: 1}\n---\n").unwrap_err();
    assert!(
        errs[0].message.contains("a tag, or a list of tags"),
        "{}",
        errs[0]
    );
}

/// A value of the wrong shape says what the key takes, not how to quote YAML.
#[test]
fn a_value_of_the_wrong_shape_says_what_the_key_takes() {
    let errs =
        article("---\ntitle: x\nsource: [رويترز, فرانس برس]\ndraft: maybe\n---\n").unwrap_err();
    assert_eq!(
        errs[0].help.as_deref(),
        Some("`source` takes one value, not a list: write `source: …` with one value"),
        "{}",
        errs[0]
    );
    // An item of a list is no key: `tags[1]: …` is no YAML to write.
    let help = |front: &str| {
        article(&format!("---\ntitle: x\n{front}\n---\n")).unwrap_err()[0]
            .help
            .clone()
            .unwrap_or_default()
    };
    assert_eq!(
        help("tags: [a, [b]]"),
        "each item of `tags` is one tag, not a sequence: write each tag as a string, such as \
         `tags: [سياسة, اقتصاد]`"
    );
    assert!(help("authors: [a, [b]]").contains("write each name as a string"));
    assert!(help("aliases: [/a/, {b: 1}]").contains("write each alias as a string"));
    // serde's kind of value takes its article: «an integer», not «a integer».
    assert!(
        help("author: 5").ends_with("not an integer `5`"),
        "{}",
        help("author: 5")
    );
    let errs = article("---\ntitle: x\ndraft: maybe\n---\n").unwrap_err();
    assert_eq!(
        errs[0].help.as_deref(),
        Some("`draft` takes `true` or `false`")
    );
}

#[test]
fn author_is_one_name_or_a_list_and_one_string_is_never_split() {
    let authors = |front: &str| {
        article(&format!("---\ntitle: x\n{front}\n---\n"))
            .unwrap()
            .0
            .meta
            .authors
    };
    assert_eq!(
        authors("author: سلمى يوسف، القاهرة"),
        ["سلمى يوسف، القاهرة"]
    );
    assert_eq!(
        authors("author: [سلمى, \" علي \", سلمى, \"\"]"),
        ["سلمى", "علي"]
    );
    assert_eq!(authors("authors: [سلمى]"), ["سلمى"]);
    assert!(authors("author:").is_empty());
    // In a list, the Arabic comma an Arabic keyboard types separates names too (YAML's
    // separator is the Latin one); a role in parentheses stays with its name.
    assert_eq!(
        authors("author: [سلمى يوسف، أحمد علي (مراسل، القاهرة)]"),
        ["سلمى يوسف", "أحمد علي (مراسل، القاهرة)"]
    );
    assert_eq!(
        authors("author:\n  - سلمى يوسف ، أحمد علي\n  - خالد"),
        ["سلمى يوسف", "أحمد علي", "خالد"]
    );
}

#[test]
fn an_article_without_a_date_is_a_warning_unless_a_draft() {
    let (_, warnings) = article("---\ntitle: x\n---\nنص\n").unwrap();
    let messages: Vec<&str> = warnings.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(messages, ["the article has no `date`"]);
    let (_, warnings) = article("---\ntitle: x\ndraft: true\n---\nنص\n").unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn a_zola_post_copied_in_says_what_to_do() {
    let errors = article("+++\ntitle = \"خبر\"\n+++\nنص.\n").unwrap_err();
    assert_eq!(
        errors[0].message,
        "the front matter is TOML (`+++`, as Zola writes it)"
    );
    assert!(errors[0].help.as_deref().unwrap().contains("sahifa import"));
}
