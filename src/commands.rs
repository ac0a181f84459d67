//! What each command does once its arguments are parsed: it calls the library and prints the
//! result for a person at a terminal (the build's counts, the import's report file by file,
//! the next step to take). Apart from `main.rs`, which says what the command line accepts and
//! turns a result into an exit code, so that the wording of the output is in one place and
//! the command line stays thin. Part of the `sahifa` binary, not of the library.

use std::path::PathBuf;

use sahifa::import::{self, ImportOptions};
use sahifa::{BuildOptions, Diagnostic, Error, eprint_line};

/// Prints a line to stdout. A closed stdout (`sahifa mentions | head -1`) ends the command
/// quietly with exit code 0, as `grep` and `ripgrep` do, instead of panicking.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let mut out = std::io::stdout().lock();
        if let Err(e) = writeln!(out, $($arg)*) {
            exit_on_closed_stdout(e);
        }
    }};
}

fn exit_on_closed_stdout(e: std::io::Error) {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    eprint_line(format_args!("cannot write to stdout: {e}"));
    std::process::exit(2);
}

/// Names (up to five of) the registry entities no article names, and how to publish them.
fn unpublished_line(ids: &[String]) -> String {
    let shown: Vec<&str> = ids.iter().take(5).map(String::as_str).collect();
    let more = if ids.len() > shown.len() { ", …" } else { "" };
    let count = match ids.len() {
        1 => "1 entity is named in no article and gets".to_string(),
        n => format!("{n} entities are named in no article and get"),
    };
    format!(
        "{count} no page ({}{more}); `entity_pages: all` in config.yaml publishes them",
        shown.join(", ")
    )
}

/// "1 article", "2 articles": the count and the noun that agrees with it.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub(crate) fn build(options: BuildOptions, show_timings: bool) -> Result<(), Error> {
    let report = sahifa::build(&options)?;
    Diagnostic::eprint_warnings(&report.warnings);
    say!(
        "Built {} ({}, {}{}{}, {}; {:.1} MB) into {} in {} ms",
        count(report.pages, "page", "pages"),
        count(report.articles, "article", "articles"),
        count(report.entities, "entity", "entities"),
        match report.gazetteer_pages {
            0 => String::new(),
            n => format!(" + {n} from the gazetteer"),
        },
        match report.discovered_pages {
            0 => String::new(),
            n => format!(" + {n} discovered"),
        },
        count(report.mentions, "mention", "mentions"),
        report.bytes as f64 / 1e6,
        report.output.display(),
        report.elapsed.as_millis()
    );
    if !report.unpublished.is_empty() {
        say!("{}", unpublished_line(&report.unpublished));
    }
    if show_timings {
        let t = report.timings;
        for (name, d) in [
            ("load", t.load),
            ("analyse", t.analyse),
            ("link", t.link),
            ("render", t.render),
        ] {
            say!("  {name:<8} {:>8.1} ms", d.as_secs_f64() * 1000.0);
        }
        say!(
            "  {:<8} {:>8.1} ms ({} pages: {} digested, {} from the cache; alongside render and write)",
            "search",
            t.search.as_secs_f64() * 1000.0,
            report.search.pages,
            report.search.digested,
            report.search.cached
        );
        say!(
            "  {:<8} {:>8.1} ms",
            "write",
            t.write.as_secs_f64() * 1000.0
        );
        say!(
            "  {:<8} {:>8.1} ms ({} resized, {} from the cache)",
            "images",
            t.images.as_secs_f64() * 1000.0,
            report.images.resized,
            report.images.cached
        );
    }
    Ok(())
}

pub(crate) fn run_import(
    root: &std::path::Path,
    inputs: &[PathBuf],
    out: &std::path::Path,
    date: Option<String>,
    force: bool,
) -> Result<(), Error> {
    let out_dir = if out.is_absolute() {
        out.to_path_buf()
    } else {
        root.join(out)
    };
    let options = ImportOptions { date, force };
    let import::ImportRun {
        reports,
        skipped,
        errors,
    } = import::import_paths(inputs, &out_dir, &options);
    for report in &reports {
        let page = if report.article.page {
            " (a page of the site, not an article)"
        } else {
            ""
        };
        say!(
            "{} → {}{page}",
            report.source.display(),
            report.written.display()
        );
        for old in &report.replaced {
            say!(
                "  replaces {} (an earlier import of the same text)",
                old.display()
            );
        }
        for picture in &report.pictures {
            say!("  picture of the bundle copied: {}", picture.display());
        }
        for file in &report.left_behind {
            say!(
                "  left behind (neither a picture nor a post): {}",
                file.display()
            );
        }
        for note in &report.article.notes {
            say!("  {note}");
        }
    }
    for skip in &skipped {
        say!("{} not imported: {}", skip.source.display(), skip.reason);
    }
    Diagnostic::eprint_warnings(&undated_warnings(&reports));
    if !reports.is_empty() && !root.join("config.yaml").exists() {
        // Articles written into a folder that is no site yet: `build` would say only that
        // there is no site.
        Diagnostic::eprint_warnings(&[Diagnostic::new(
            root.join("config.yaml"),
            format!(
                "no site here yet: the articles were written to {}",
                out_dir.display()
            ),
        )
        .with_help("run `sahifa init .` in this folder to make it a site around them (it keeps what is there)")]);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        let diagnostics = errors
            .iter()
            .map(|e| Diagnostic::new("import", e.to_string()))
            .collect();
        Err(Error::Content(diagnostics))
    }
}

/// Scraped text carries no date the importer can trust (a dateline may be the event's, a
/// related story's or the scrape's), so the importer does not read one from the text: an
/// import without `--date` writes undated articles, which sort last and show no date. Said
/// once per article, not silently. A draft (Jekyll's `_drafts/`) is left alone, as the build
/// leaves it: it is dated when it is published.
fn undated_warnings(reports: &[import::ImportReport]) -> Vec<Diagnostic> {
    let draft = |r: &import::ImportReport| {
        r.article
            .front
            .get("draft")
            .and_then(serde_yaml::Value::as_bool)
            == Some(true)
    };
    reports
        .iter()
        .filter(|r| r.article.date.is_none() && !r.article.page && !draft(r))
        .map(|r| {
            Diagnostic::new(
                &r.written,
                "no publication date: none was given with --date (dates in the text are not read)",
            )
            .with_help(
                "add `date: YYYY-MM-DD` to its front matter, or import again with \
                     --date YYYY-MM-DD --force; undated articles sort last and show no date",
            )
        })
        .collect()
}

pub(crate) fn check(options: BuildOptions, body_links: sahifa::BodyLinks) -> Result<(), Error> {
    let report = sahifa::check_with(&options, body_links)?;
    Diagnostic::eprint_warnings(&report.warnings);
    let resolved = match report.dead_body_links {
        0 => "all resolve".to_string(),
        n => format!(
            "all resolve but {} written in bodies (warned above)",
            count(n, "dead link", "dead links")
        ),
    };
    say!(
        "Checked {} and {}: {}, {resolved}",
        count(report.pages, "page", "pages"),
        count(report.files, "file", "files"),
        count(report.links, "link", "links")
    );
    Ok(())
}

pub(crate) fn mentions(options: BuildOptions, json: bool) -> Result<(), Error> {
    let site = sahifa::analyse_site(&options)?;
    let records = sahifa::mentions::records(&site);
    if json {
        let text = serde_json::to_string_pretty(&records).map_err(|e| Error::Io {
            path: "stdout".into(),
            source: e.into(),
        })?;
        say!("{text}");
    } else {
        for r in &records {
            say!(
                "{}:{}:{}	{}	{}	{}",
                r.file,
                r.line,
                r.column,
                r.surface,
                r.entity,
                r.reason
            );
        }
        say!("{}", count(records.len(), "mention", "mentions"));
    }
    Ok(())
}

pub(crate) fn suggest_entities(
    options: BuildOptions,
    json: bool,
    limit: usize,
) -> Result<(), Error> {
    let site = sahifa::analyse_site(&options)?;
    let rejected = sahifa::discovery::rejected_ids(&options.root)?;
    let mut suggestions = sahifa::suggest::suggest_unrejected(&site, &rejected);
    let total = suggestions.len();
    suggestions.truncate(limit);
    let linked: Vec<&sahifa::load::Entity> = site
        .content
        .entities
        .iter()
        .filter(|e| e.origin == sahifa::load::Origin::Discovered)
        .collect();
    if json {
        let text = serde_json::to_string_pretty(&suggestions_json(&site, &linked, &suggestions))
            .map_err(|e| Error::Io {
                path: "stdout".into(),
                source: e.into(),
            })?;
        say!("{text}");
        return Ok(());
    }
    if !linked.is_empty() {
        say!(
            "{} found and linked automatically (discovery: auto); `sahifa entities accept ID` keeps one in the registry, `reject ID` unlinks it:",
            count(linked.len(), "entity", "entities")
        );
        let mentions = mentions_by_entity(&site);
        for e in &linked {
            let found = mentions.get(&e.id).map_or(&[][..], Vec::as_slice);
            let first = found
                .first()
                .map(|m| format!("\t{}:{}:{}", m.file, m.line, m.column))
                .unwrap_or_default();
            say!(
                "     {}\t{}\t{}\t×{}{first}",
                e.id,
                e.name(),
                e.kind.key(),
                found.len()
            );
        }
        say!("Below the confidence needed to link:");
    }
    for (i, s) in suggestions.iter().enumerate() {
        let kind = s.kind_hint.map_or("?", |k| k.key());
        say!("{:>3}. {}\t×{}\t{kind}\t{}", i + 1, s.name, s.count, s.id);
        for e in &s.examples {
            say!("       {}:{}:{}\t{}", e.file, e.line, e.column, e.sentence);
        }
    }
    say!(
        "{}",
        suggest_summary(suggestions.len(), total, linked.len())
    );
    Ok(())
}

/// Every mention of the site by entity id, in document order.
fn mentions_by_entity(
    site: &sahifa::AnalysedSite,
) -> std::collections::HashMap<String, Vec<sahifa::mentions::MentionRecord>> {
    let mut by_entity: std::collections::HashMap<String, Vec<_>> = std::collections::HashMap::new();
    for r in sahifa::mentions::records(site) {
        by_entity.entry(r.entity.clone()).or_default().push(r);
    }
    by_entity
}

/// Mentions of a linked entity shown as its examples: enough for an editor to check it.
const LINKED_EXAMPLES: usize = 3;

/// What `entities suggest --json` prints: the entities discovery linked (`"linked": true`,
/// with how many mentions each has and where the first ones are: `file`, `line`, `column`
/// and the linked `surface`), then the names below its threshold (`"linked": false`) — the
/// two lists the text output shows, so a script sees what an editor sees.
fn suggestions_json(
    site: &sahifa::AnalysedSite,
    linked: &[&sahifa::load::Entity],
    suggestions: &[sahifa::suggest::Suggestion],
) -> serde_json::Value {
    let mentions = mentions_by_entity(site);
    let linked = linked.iter().map(|e| {
        let found = mentions.get(&e.id).map_or(&[][..], Vec::as_slice);
        let examples: Vec<serde_json::Value> = found
            .iter()
            .take(LINKED_EXAMPLES)
            .map(|m| {
                serde_json::json!({
                    "file": m.file,
                    "line": m.line,
                    "column": m.column,
                    "surface": m.surface,
                })
            })
            .collect();
        serde_json::json!({
            "name": e.name(),
            "id": e.id,
            "count": found.len(),
            "kind_hint": e.kind.key(),
            "examples": examples,
            "linked": true,
        })
    });
    let below = suggestions.iter().map(|s| {
        let mut v = serde_json::to_value(s).unwrap_or_default();
        if let Some(object) = v.as_object_mut() {
            object.insert("linked".into(), false.into());
        }
        v
    });
    serde_json::Value::Array(linked.chain(below).collect())
}

/// `entities accept`: no ids means `--all` (clap requires one or the other).
pub(crate) fn accept_entities(root: PathBuf, ids: &[String]) -> Result<(), Error> {
    let site = sahifa::analyse_site_discovering(&BuildOptions {
        root: root.clone(),
        ..Default::default()
    })?;
    let suggestions = sahifa::suggest::suggest(&site);
    let written = sahifa::discovery::accept(&root, &site.content.entities, &suggestions, ids)?;
    for path in &written {
        say!("wrote {}", path.display());
    }
    say!("{} accepted", count(written.len(), "entity", "entities"));
    Ok(())
}

pub(crate) fn reject_entities(root: PathBuf, ids: &[String]) -> Result<(), Error> {
    let site = sahifa::analyse_site_discovering(&BuildOptions {
        root: root.clone(),
        ..Default::default()
    })?;
    let suggestions = sahifa::suggest::suggest(&site);
    let rejected = sahifa::discovery::reject(&root, &site.content.entities, &suggestions, ids)?;
    if rejected.is_empty() {
        say!(
            "nothing new: already recorded in {}",
            sahifa::discovery::REJECTED_FILE
        );
    } else {
        say!(
            "{} recorded in {}",
            count(rejected.len(), "id", "ids"),
            sahifa::discovery::REJECTED_FILE
        );
    }
    Ok(())
}

/// The last line of `entities suggest`: how many of the names found are shown.
fn suggest_summary(shown: usize, total: usize, linked: usize) -> String {
    match (shown, total) {
        // The linked ones are listed above: «none not in the registry» would deny them.
        (_, 0) if linked > 0 => "no other names found".to_string(),
        (_, 0) => "no names found that are not in the registry".to_string(),
        (s, t) if s == t => format!("{} not in the registry", count(t, "name", "names")),
        (s, t) => format!("{s} of {t} names not in the registry (--limit {t} shows them all)"),
    }
}

pub(crate) fn init(dir: &std::path::Path) -> Result<(), Error> {
    let done = sahifa::init::init_site(dir)?;
    for f in &done.created {
        say!("created {}", f.display());
    }
    for f in &done.kept {
        say!("kept {} (already there; not overwritten)", f.display());
    }
    // Like Hugo's and Zola's `init`, say what was found: nothing of it was overwritten.
    if !done.already_there.is_empty() {
        let names: Vec<String> = done
            .already_there
            .iter()
            .map(|p| {
                let name = p.file_name().unwrap_or(p.as_os_str()).to_string_lossy();
                if p.is_dir() {
                    format!("{name}/")
                } else {
                    name.into_owned()
                }
            })
            .collect();
        // A folder chosen by mistake ($HOME) would otherwise print every name it holds.
        const SHOWN: usize = 10;
        let more = match names.len().saturating_sub(SHOWN) {
            0 => String::new(),
            n => format!(" and {n} more"),
        };
        say!(
            "already in the folder, left as it was: {}{more} (nothing overwritten or removed)",
            names[..names.len().min(SHOWN)].join(", ")
        );
    }
    if done.sample_skipped {
        say!(
            "skipped the sample article and entities: content/articles/ already holds articles (imported before init)"
        );
    }
    if done.kept.iter().any(|f| f.ends_with(".gitignore")) {
        say!("Add `public/` and `.sahifa-cache/` to your .gitignore: they are build output.");
    }
    for workflow in &done.foreign_workflows {
        eprint_line(
            Diagnostic::new(
                workflow,
                "this workflow publishes to GitHub Pages without Sahifa",
            )
            .with_help(
                "move it away and run `sahifa init .` again to get the one that builds this \
                     site, or the two will race to publish",
            )
            .as_warning(),
        );
    }
    say!(
        "Now run: cd {} && sahifa build",
        shell_quoted(&dir.display().to_string())
    );
    if done.kept.iter().any(|f| f.ends_with("README.md")) {
        // The folder's own README was kept: the steps are not in it.
        say!(
            "To publish it on GitHub Pages:\n{}",
            sahifa::init::publishing_steps()
        );
    } else {
        say!("To publish it on GitHub Pages, follow the five steps in its README.md.");
    }
    Ok(())
}

/// `path` as a shell reads it back: quoted when it holds a space or another character the
/// shell would take for syntax (`cd 'My Site'`), as it is otherwise (Arabic letters included).
fn shell_quoted(path: &str) -> String {
    let plain = !path.is_empty()
        && path.chars().all(|c| {
            c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | '+' | ',' | ':' | '@' | '%')
        });
    if plain {
        path.to_string()
    } else {
        format!("'{}'", path.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_quoted_only_where_the_shell_needs_it() {
        assert_eq!(shell_quoted("my-site"), "my-site");
        assert_eq!(shell_quoted("صحيفتي"), "صحيفتي");
        assert_eq!(shell_quoted("My Site2"), "'My Site2'");
        assert_eq!(shell_quoted("it's"), r"'it'\''s'");
        assert_eq!(shell_quoted("a;b"), "'a;b'");
    }

    #[test]
    fn counts_agree_with_their_noun() {
        assert_eq!(count(1, "article", "articles"), "1 article");
        assert_eq!(count(0, "article", "articles"), "0 articles");
        assert_eq!(count(2, "entity", "entities"), "2 entities");
    }

    #[test]
    fn suggest_summary_reads_naturally() {
        assert_eq!(
            suggest_summary(0, 0, 0),
            "no names found that are not in the registry"
        );
        assert_eq!(suggest_summary(0, 0, 3), "no other names found");
        assert_eq!(suggest_summary(1, 1, 0), "1 name not in the registry");
        assert_eq!(suggest_summary(7, 7, 0), "7 names not in the registry");
        assert_eq!(
            suggest_summary(30, 41, 0),
            "30 of 41 names not in the registry (--limit 41 shows them all)"
        );
    }
}
