use super::*;

#[test]
fn base_paths() {
    let cases = [
        ("https://user.github.io/repo/", Ok("/repo/")),
        ("https://user.github.io/repo", Ok("/repo/")),
        ("https://example.com", Ok("/")),
        ("http://localhost:1111/", Ok("/")),
        ("/", Ok("/")),
        ("/a/b", Ok("/a/b/")),
        ("example.com", Err(())),
        ("", Err(())),
        ("https:///x", Err(())),
        ("https://x.com/a b/", Err(())),
        ("https://x.com/../", Err(())),
    ];
    for (input, want) in cases {
        let got = base_path_of(input).map_err(|_| ());
        assert_eq!(got, want.map(String::from), "{input}");
    }
}

#[test]
fn unknown_key_is_an_error_with_its_line() {
    let err = Config::parse(Path::new("config.yaml"), "title: x\ntheem: default\n").unwrap_err();
    let d = err.diagnostics()[0].clone();
    assert_eq!(d.line, Some(2));
    assert!(d.message.contains("theem"), "{}", d.message);
}

#[test]
fn defaults_and_overrides() {
    let c = Config::parse(
        Path::new("c"),
        "title: صحيفتي\nbase_url: https://u.github.io/r/\nlinking:\n  policy: all\n",
    )
    .unwrap();
    assert_eq!(c.title, "صحيفتي");
    assert_eq!(c.base_path(), "/r/");
    assert_eq!(c.linking.policy, LinkPolicy::All);
    assert_eq!(c.pagination.entity_articles, 20);
}

#[test]
fn languages() {
    for ok in [
        "ar",
        "ar-EG",
        "ar-SA",
        "ar-Arab-EG",
        "ar-EG-u-ca-islamic-umalqura-nu-arab",
        "fa",
        "en-US",
    ] {
        assert!(check_language(ok).is_ok(), "{ok}");
    }
    for bad in [
        "",
        "../../../../esc",
        "ar_EG",
        "ar EG",
        "a",
        "arabic-language-of-the-egyptian-press-and-more",
        "ar-",
        "عربي",
    ] {
        assert!(check_language(bad).is_err(), "{bad:?}");
    }
    assert_eq!(primary_language("ar-EG-u-nu-arab").as_deref(), Some("ar"));
    assert_eq!(primary_language("AR").as_deref(), Some("ar"));
    assert_eq!(primary_language("../../esc"), None);
    assert_eq!(primary_language("arabic"), None);
}

#[test]
fn host_names() {
    for ok in [
        "news.example.com",
        "example.com",
        "a-b.example.co.uk",
        "xn--mgbh0fb.xn--wgbh1c",
        "localhost",
    ] {
        assert!(check_host_name(ok).is_ok(), "{ok}");
    }
    let long_label = format!("{}.com", "a".repeat(64));
    let long_name = ["abcdefghi"; 26].join(".");
    let cases = [
        ("https://news.example.com/ar", "URL"),
        ("news.example.com/ar", "path"),
        ("news example.com", "spaces"),
        ("news.example.com:8080", "port"),
        ("أخبار.مصر", "xn--"),
        ("news_site.com", "`_`"),
        ("news..com", "empty label"),
        ("news.com.", "empty label"),
        ("-news.com", "hyphen"),
        (long_label.as_str(), "64 characters"),
        (long_name.as_str(), "at most 253"),
    ];
    for (bad, words) in cases {
        let msg = check_host_name(bad).expect_err(bad);
        assert!(msg.contains(words), "{bad}: {msg}");
    }
}

#[test]
fn every_bad_value_is_reported_in_one_error() {
    let err = Config::parse(
        Path::new("config.yaml"),
        "title: صحيفتي\ncname: https://news.example.com/\ndirection: right-to-left\nlanguage: \"../../esc\"\n",
    )
    .unwrap_err();
    let found: Vec<(Option<usize>, String)> = err
        .diagnostics()
        .iter()
        .map(|d| (d.line, d.message.clone()))
        .collect();
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(err.exit_code(), 2);
    assert!(
        found
            .iter()
            .any(|(l, m)| *l == Some(2) && m.contains("cname"))
    );
    assert!(
        found
            .iter()
            .any(|(l, m)| *l == Some(3) && m.contains("`rtl` or `ltr`"))
    );
    assert!(
        found
            .iter()
            .any(|(l, m)| *l == Some(4) && m.contains("BCP 47"))
    );
}

/// Two misspelt keys are two errors in one run, each at its line (serde stops at the first).
#[test]
fn every_unknown_key_is_reported_in_one_run() {
    let err = Config::parse(
        Path::new("config.yaml"),
        "titel: صحيفتي\nbase_url: /\noutptu_dir: public\n",
    )
    .unwrap_err();
    let found: Vec<(Option<usize>, String, Option<String>)> = err
        .diagnostics()
        .iter()
        .map(|d| (d.line, d.message.clone(), d.help.clone()))
        .collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].0, Some(1));
    assert_eq!(found[0].2.as_deref(), Some("did you mean `title`?"));
    assert_eq!(found[1].0, Some(3));
    assert_eq!(found[1].2.as_deref(), Some("did you mean `output_dir`?"));
}

/// [`TOP_LEVEL_KEYS`] is exactly the set of `Config`'s fields, as serde lists them.
#[test]
fn the_known_keys_are_the_config_fields() {
    let err = serde_yaml::from_str::<Config>("zzz: 1\n")
        .unwrap_err()
        .to_string();
    let listed: Vec<&str> = err
        .split("expected one of ")
        .nth(1)
        .expect("serde lists the fields")
        .split(", ")
        .map(|k| k.trim().trim_matches('`').split('`').next().unwrap_or(""))
        .collect();
    assert_eq!(listed, super::TOP_LEVEL_KEYS, "{err}");
}

/// A newcomer's config with four wrong values: all four in one run, each at its value with
/// what to write (serde stopped at the first, one per build).
#[test]
fn every_wrong_value_is_reported_in_one_run() {
    let text = "title: صحيفتي\ndiscovery: atuo\nnumerals: arabik\nhijri: yes-please\nlinking: {policy: evry}\ndirection: right-to-left\n";
    let err = Config::parse(Path::new("config.yaml"), text).unwrap_err();
    let found: Vec<String> = err.diagnostics().iter().map(|d| d.to_string()).collect();
    assert_eq!(found.len(), 5, "{found:#?}");
    let at = |i: usize| {
        let d = err.diagnostics()[i].clone();
        (d.line, d.column, d.message, d.help.unwrap_or_default())
    };
    let (line, col, message, help) = at(0);
    assert_eq!((line, col), (Some(2), Some(12)), "{message}");
    assert!(message.contains("unknown variant `atuo`"), "{message}");
    assert_eq!(help, "did you mean `auto`?");
    let (line, col, message, help) = at(1);
    assert_eq!((line, col), (Some(3), Some(11)), "{message}");
    assert!(
        message.starts_with("numerals: unknown variant `arabik`"),
        "{message}"
    );
    assert_eq!(help, "did you mean `arabic`?");
    let (line, col, message, help) = at(2);
    assert_eq!((line, col), (Some(4), Some(8)), "{message}");
    assert!(message.contains("expected a boolean"), "{message}");
    assert!(help.contains("`true` or `false`"), "{help}");
    let (line, col, message, help) = at(3);
    assert_eq!((line, col), (Some(5), Some(19)), "{message}");
    assert!(
        message.contains("policy") && message.contains("`evry`"),
        "{message}"
    );
    assert_eq!(help, "write one of the values listed");
    let (line, _, message, _) = at(4);
    assert_eq!(line, Some(6));
    assert!(message.contains("`rtl` or `ltr`"), "{message}");
}

/// Keys of a nested setting written as lines are each tried alone; unknown keys and wrong
/// values come together.
#[test]
fn nested_values_and_unknown_keys_come_together() {
    let text = "titel: x\nlinking:\n  policy: frist\n  in_headings: maybe\npagination:\n  archive: 0\n  lists: many\n";
    let err = Config::parse(Path::new("config.yaml"), text).unwrap_err();
    let found: Vec<(Option<usize>, String)> = err
        .diagnostics()
        .iter()
        .map(|d| (d.line, d.message.clone()))
        .collect();
    assert_eq!(found.len(), 5, "{found:#?}");
    let lines: Vec<Option<usize>> = found.iter().map(|f| f.0).collect();
    assert_eq!(lines, [1, 3, 4, 6, 7].map(Some), "{found:#?}");
    assert!(found[1].1.contains("`frist`"), "{found:#?}");
    assert!(found[3].1.contains("pagination.archive must be at least 1"));
    // One wrong value alone keeps serde's own message.
    let err = Config::parse(Path::new("c"), "numerals: hindi\n").unwrap_err();
    assert!(matches!(err, Error::Config(_)), "{err}");
}

/// A misspelt key reads the same whether it is the only problem (serde's message) or one of
/// several (each key tried alone): same message, same help; letter case is no typo.
#[test]
fn an_unknown_key_reads_the_same_alone_or_among_others() {
    let only = |text: &str| {
        let err = Config::parse(Path::new("config.yaml"), text).unwrap_err();
        let d = err.diagnostics()[0].clone();
        (d.message, d.help)
    };
    let among = |text: &str| {
        let err = Config::parse(Path::new("config.yaml"), text).unwrap_err();
        assert!(err.diagnostics().len() > 1, "{err}");
        let d = err.diagnostics()[0].clone();
        (d.message, d.help)
    };
    for key in ["colour", "Title", "Base_URL", "titel"] {
        let alone = only(&format!("{key}: x\n"));
        let with_another = among(&format!("{key}: x\nnumerals: hindi\n"));
        assert_eq!(alone, with_another, "{key}");
        assert!(
            alone
                .0
                .starts_with(&format!("unknown field `{key}`, expected one of `title`")),
            "{alone:?}"
        );
    }
    let help = |text: &str| only(text).1.unwrap_or_default();
    assert_eq!(help("Title: x\n"), "did you mean `title`?");
    assert_eq!(help("Base_URL: x\n"), "did you mean `base_url`?");
    assert_eq!(
        help("colour: red\n"),
        "remove the key or correct its spelling"
    );
    assert_eq!(help("linking:\n  Policy: all\n"), "did you mean `policy`?");
}
