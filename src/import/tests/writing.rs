//! Importer tests of dates and files: what is written where, and what is refused.

use super::*;

// ---- dates

#[test]
fn dates_are_validated() {
    for ok in ["2022-01-19", "2024-02-29", "2000-02-29", "2023-12-31"] {
        assert!(validate_date(ok).is_ok(), "{ok}");
    }
    for bad in [
        "2023-02-29",
        "1900-02-29",
        "2022-13-01",
        "2022-00-10",
        "2022-04-31",
        "22-01-19",
        "2022/01/19",
        "0000-01-01",
        "2022-1-19 ",
        "",
    ] {
        assert!(
            matches!(validate_date(bad), Err(ImportError::InvalidDate { .. })),
            "{bad}"
        );
    }
    let msg = validate_date("19-01-2022").map_err(|e| e.to_string());
    assert!(msg.is_err_and(|m| m.contains("expected YYYY-MM-DD")));
}

/// The importer and the build share one date parser: what one accepts, the other does.
#[test]
fn dates_follow_the_build_rules() {
    for ok in [
        "2022-01-19T10:00:00+03:00",
        "2024-01-01T10:00:00",
        "2024-01-01 10:00",
    ] {
        assert!(validate_date(ok).is_ok(), "{ok}");
    }
    for bad in [
        "2024-01-01T25:61:00+99:00",
        "2024-01-01T10:00 UTC",
        "2024-01-01T10",
    ] {
        assert_eq!(
            validate_date(bad).is_ok(),
            crate::load::Date::parse(bad).is_ok(),
            "{bad}"
        );
        let msg = validate_date(bad).map_err(|e| e.to_string());
        assert!(msg.is_err(), "{bad}");
    }
    let msg = validate_date("2024-01-01T25:00:00Z").map_err(|e| e.to_string());
    assert!(msg.is_err_and(|m| m.contains("no hour 25")));
}

#[test]
fn invalid_date_is_left_out_of_a_pure_import() {
    let opts = ImportOptions {
        date: Some("2022-02-30".into()),
        force: false,
    };
    assert_eq!(import_text(SEED_002, &opts).date, None);
}

// ---- files

fn write(dir: &Path, name: &str, contents: &[u8]) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, contents).expect("write fixture");
    path
}

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("read dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn import_file_names_the_article_by_date_and_title_and_creates_out_dir() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let src = write(tmp.path(), "003_36689bd3e2b746b9.txt", SEED_003.as_bytes());
    let out = tmp.path().join("content/articles");
    let opts = ImportOptions {
        date: Some("2023-12-08".into()),
        force: false,
    };
    let report = import_file(&src, &out, &opts).expect("import");
    let name = "2023-12-08-بوتين-يستقبل-رئيسي-ويشيد-بالعلاقات-الثنائية.md";
    assert_eq!(report.written, out.join(name));
    let text = fs::read_to_string(&report.written).expect("read back");
    assert_eq!(text, to_article_file(&report.article));
    assert_eq!(entries(&out), [name]);
}

#[test]
fn existing_article_is_kept_unless_forced() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let src = write(tmp.path(), "002.txt", SEED_002.as_bytes());
    let out = tmp.path().join("out");
    fs::create_dir_all(&out).expect("mkdir");
    let dest = write(
        &out,
        "اتفاق-بين-بوتين-و-الرئيس-الإيراني.md",
        b"edited by hand",
    );
    let err = import_file(&src, &out, &ImportOptions::default()).expect_err("must refuse");
    assert!(matches!(&err, ImportError::Exists { path } if *path == dest));
    assert!(
        err.to_string()
            .contains("already exists; pass --force to overwrite it")
    );
    assert_eq!(fs::read(&dest).expect("read"), b"edited by hand");
    let forced = ImportOptions {
        date: None,
        force: true,
    };
    import_file(&src, &out, &forced).expect("forced import");
    assert!(
        fs::read_to_string(&dest)
            .expect("read")
            .starts_with("---\ntitle: اتفاق")
    );
    assert_eq!(entries(&out), ["اتفاق-بين-بوتين-و-الرئيس-الإيراني.md"]);
}

/// `import one.txt`, then `import one.txt --date … --force` as the undated warning advises:
/// the dated article replaces the undated one instead of listing the story twice. Without
/// `--force` the second import is refused and names the first; an edited article is kept.
#[test]
fn a_dated_import_with_force_replaces_the_undated_one() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let src = write(tmp.path(), "one.txt", SEED_002.as_bytes());
    let out = tmp.path().join("out");
    let undated = import_file(&src, &out, &ImportOptions::default()).expect("undated import");
    let first = "اتفاق-بين-بوتين-و-الرئيس-الإيراني.md";
    assert_eq!(entries(&out), [first]);
    let dated = |force| ImportOptions {
        date: Some("2023-11-01".into()),
        force,
    };
    let err = import_file(&src, &out, &dated(false)).expect_err("must refuse");
    assert!(
        matches!(&err, ImportError::AlreadyImported { existing, .. } if *existing == undated.written),
        "{err}"
    );
    assert!(err.to_string().contains("pass --force to replace"), "{err}");
    assert_eq!(entries(&out), [first]);
    let report = import_file(&src, &out, &dated(true)).expect("forced import");
    let second = format!("2023-11-01-{first}");
    assert_eq!(entries(&out), [second.as_str()]);
    assert_eq!(report.replaced, [undated.written]);
    // Again with another date, through import_paths: still one article.
    let again = ImportOptions {
        date: Some("2023-11-02".into()),
        force: true,
    };
    let ImportRun {
        reports, errors, ..
    } = import_paths(std::slice::from_ref(&src), &out, &again);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(reports[0].replaced, [out.join(&second)]);
    assert_eq!(entries(&out), [format!("2023-11-02-{first}")]);
    // An article the editor changed is not the same text: kept, and the new one written.
    let edited = out.join(format!("2023-11-02-{first}"));
    let text = fs::read_to_string(&edited).expect("read");
    fs::write(&edited, text.replacen("\n\n", "\n\nتحديث: ", 1)).expect("edit");
    let report = import_file(&src, &out, &dated(true)).expect("forced import");
    assert!(report.replaced.is_empty());
    assert_eq!(entries(&out).len(), 2);
}

#[test]
fn publish_without_force_never_replaces_a_file_that_appeared() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dest = write(tmp.path(), "a.md", b"first");
    let err = files::write_atomically(&dest, b"second", false).expect_err("must refuse");
    assert!(matches!(err, ImportError::Exists { .. }));
    assert_eq!(fs::read(&dest).expect("read"), b"first");
    assert_eq!(entries(tmp.path()), ["a.md"]);
}

#[test]
fn non_utf8_input_reports_offset_and_line() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut bytes = "سطر أول\nسطر ".as_bytes().to_vec();
    let offset = bytes.len();
    bytes.extend_from_slice(&[0xc7, 0xe1, b'\n']); // windows-1256 "ال"
    let src = write(tmp.path(), "bad.txt", &bytes);
    let err = import_file(&src, &tmp.path().join("out"), &ImportOptions::default())
        .expect_err("not utf-8");
    match &err {
        ImportError::NotUtf8 {
            offset: o, line, ..
        } => assert_eq!((*o, *line), (offset, 2)),
        other => panic!("unexpected {other:?}"),
    }
    assert!(err.to_string().contains("bad.txt:2: not valid UTF-8"));
    assert!(!tmp.path().join("out").exists());
}

#[test]
fn empty_or_noise_only_input_is_refused() {
    let tmp = tempfile::tempdir().expect("tempdir");
    for (name, text) in [
        ("e.txt", ""),
        ("n.txt", "\u{feff}\r\n02 : 00\r\n\r\nMISS 3\r\n"),
    ] {
        let src = write(tmp.path(), name, text.as_bytes());
        let err = import_file(&src, &tmp.path().join("out"), &ImportOptions::default())
            .expect_err("empty");
        assert!(matches!(err, ImportError::Empty { .. }), "{name}");
    }
}

/// `/dev/zero` used to be read until the process was killed for want of memory.
#[cfg(unix)]
#[test]
fn a_device_is_refused_before_it_is_read() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let err = import_file(
        Path::new("/dev/null"),
        tmp.path(),
        &ImportOptions::default(),
    )
    .expect_err("a device");
    assert!(matches!(err, ImportError::NotAFile { .. }), "{err:?}");
    assert!(err.to_string().contains("/dev/null: not a regular file"));
}

#[test]
fn a_source_over_the_limit_is_refused_unread() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let src = write(tmp.path(), "dump.txt", b"");
    let file = fs::OpenOptions::new().write(true).open(&src).expect("open");
    // Sparse: no disk is spent on the size.
    file.set_len(files::MAX_SOURCE_BYTES + 1).expect("set_len");
    let err = import_file(&src, &tmp.path().join("out"), &ImportOptions::default())
        .expect_err("too large");
    assert!(matches!(err, ImportError::TooLarge { .. }), "{err:?}");
    assert!(err.to_string().contains("more than the 64 MB"));
}

#[test]
fn missing_file_is_an_io_error_naming_it() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let missing = tmp.path().join("missing.txt");
    let err = import_file(&missing, tmp.path(), &ImportOptions::default()).expect_err("missing");
    assert!(matches!(err, ImportError::Io { .. }));
    assert!(err.to_string().contains("missing.txt"));
}

#[test]
fn import_paths_expands_directories_and_continues_past_errors() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let seeds = tmp.path().join("seeds");
    fs::create_dir_all(&seeds).expect("mkdir");
    write(&seeds, "004.txt", SEED_004.as_bytes());
    write(&seeds, "000.txt", SEED_000.as_bytes());
    write(&seeds, "002.TXT", SEED_002.as_bytes());
    write(&seeds, "001.txt", &[0xff, 0xfe]);
    write(&seeds, "README.md", b"# not an article");
    let out = tmp.path().join("out");
    let paths = vec![seeds.clone(), tmp.path().join("nowhere.txt")];
    let ImportRun {
        reports, errors, ..
    } = import_paths(&paths, &out, &ImportOptions::default());
    let written: Vec<_> = reports.iter().map(|r| r.written.clone()).collect();
    let names = [
        "استضاف-الرئيس-الروسي-فلاديمير-بوتين-نظيره.md",
        "اتفاق-بين-بوتين-و-الرئيس-الإيراني.md",
        "في-إطار-تعزيز-العلاقات-الثنائية.md",
    ];
    assert_eq!(written, names.map(|n| out.join(n)));
    assert_eq!(errors.len(), 2);
    assert!(matches!(
        errors[0],
        ImportError::NotUtf8 {
            offset: 0,
            line: 1,
            ..
        }
    ));
    assert!(matches!(errors[1], ImportError::Io { .. }));
    let mut sorted = names.map(String::from).to_vec();
    sorted.sort();
    assert_eq!(entries(&out), sorted);
}

#[test]
fn import_paths_checks_the_date_before_writing() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let src = write(tmp.path(), "000.txt", SEED_000.as_bytes());
    let opts = ImportOptions {
        date: Some("2022-1-19".into()),
        force: false,
    };
    let ImportRun {
        reports, errors, ..
    } = import_paths(&[src], &tmp.path().join("out"), &opts);
    assert!(reports.is_empty());
    assert!(
        matches!(&errors[..], [ImportError::InvalidDate { value, .. }] if value == "2022-1-19")
    );
    assert!(!tmp.path().join("out").exists());
}

#[test]
fn same_title_gets_the_source_name_and_a_third_same_named_source_is_refused() {
    let tmp = tempfile::tempdir().expect("tempdir");
    for dir in ["a", "b", "c"] {
        fs::create_dir_all(tmp.path().join(dir)).expect("mkdir");
        write(&tmp.path().join(dir), "x.txt", SEED_002.as_bytes());
    }
    let paths = vec![
        tmp.path().join("a"),
        tmp.path().join("b"),
        tmp.path().join("c"),
    ];
    let opts = ImportOptions {
        date: Some("2025-01-17".into()),
        force: true,
    };
    let out = tmp.path().join("out");
    let ImportRun {
        reports, errors, ..
    } = import_paths(&paths, &out, &opts);
    let written: Vec<_> = reports.iter().map(|r| r.written.clone()).collect();
    assert_eq!(
        written,
        [
            out.join("2025-01-17-اتفاق-بين-بوتين-و-الرئيس-الإيراني.md"),
            out.join("2025-01-17-اتفاق-بين-بوتين-و-الرئيس-الإيراني-x.md"),
        ]
    );
    assert!(matches!(errors[..], [ImportError::SameOutput { .. }]));
}

#[test]
fn file_names_fall_back_to_the_source_and_stay_short() {
    let src = Path::new("raw/004_6f0a9217f2707c77.txt");
    let mut a = import_text(SEED_004, &ImportOptions::default());
    assert_eq!(
        article_file_name(&a, src, false),
        "في-إطار-تعزيز-العلاقات-الثنائية.md"
    );
    // A date-time gives its day alone: no `:` or `+` in a file name or URL.
    a.date = Some("2025-09-02T09:30:00+03:00".into());
    assert_eq!(
        article_file_name(&a, src, false),
        "2025-09-02-في-إطار-تعزيز-العلاقات-الثنائية.md"
    );
    a.date = None;
    a.title = "2024 — !!".into();
    assert_eq!(article_file_name(&a, src, false), "2024.md");
    a.title = "؟!".into();
    assert_eq!(article_file_name(&a, src, false), "004_6f0a9217f2707c77.md");
    a.title = "بوتين ".repeat(40);
    let name = article_file_name(&a, src, false);
    assert_eq!(name, "بوتين-بوتين-بوتين-بوتين-بوتين-بوتين.md");
    a.title = "ا".repeat(70) + " ب";
    assert_eq!(article_file_name(&a, src, false), "ا".repeat(50) + ".md");
    assert!(name.ends_with("بوتين.md"), "{name}");
}

#[test]
fn directory_without_text_files_is_reported() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let ImportRun {
        reports, errors, ..
    } = import_paths(
        &[tmp.path().to_path_buf()],
        &tmp.path().join("out"),
        &ImportOptions::default(),
    );
    assert!(reports.is_empty());
    assert!(errors[0].to_string().contains("no .txt or .md files"));
}
