//! The file side of the importer: reading with a UTF-8 check, never overwriting an article
//! unless asked, each file written whole ([`super::atomic`]).

use std::collections::HashMap;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::atomic::sync_parent;
pub(super) use super::atomic::write_atomically;
use super::bundle::{Resources, check_pictures, copy_pictures, destination, resources, twin};
use super::place::Place;
use super::{
    ImportError, ImportOptions, ImportReport, ImportRun, ImportedArticle, Skipped, import_text,
    to_article_file,
};
use crate::load::slug::arabic_slug;

/// An IO error on `path`, for `map_err`.
pub(super) fn io_error(path: &Path) -> impl FnOnce(io::Error) -> ImportError + '_ {
    move |source| ImportError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Imports one text file into `out_dir/<date>-<title slug>.md` (see [`article_file_name`]).
/// Refuses to overwrite without `force`, and writes through a temporary file renamed into
/// place, so a crash never leaves half a file.
pub fn import_file(
    src: &Path,
    out_dir: &Path,
    opts: &ImportOptions,
) -> Result<ImportReport, ImportError> {
    opts.validate()?;
    let article = match read_and_import(src, src, opts)? {
        Outcome::Article(article) => article,
        Outcome::Section { id, article } => {
            return Err(ImportError::NotImported {
                path: src.to_path_buf(),
                reason: write_section(out_dir, &id, &article)?,
            });
        }
        Outcome::Skipped(reason) => {
            return Err(ImportError::NotImported {
                path: src.to_path_buf(),
                reason,
            });
        }
    };
    let found = resources_of(src, &article);
    let out_dir = target_dir(out_dir, &article);
    let name = article_file_name(&article, src, false);
    let written = destination(&out_dir, &name, !found.pictures.is_empty());
    write_article(
        src,
        article,
        written,
        &out_dir,
        opts,
        &HashMap::new(),
        found,
    )
}

/// What reading a file gives: an article (or page) to write, a section's list page, or a
/// reason to leave it out.
enum Outcome {
    Article(ImportedArticle),
    Section {
        id: String,
        article: ImportedArticle,
    },
    Skipped(String),
}

/// A section's list page as the section's file, `content/sections/<id>.md` beside the
/// articles' folder: its title is the section's name (what the menu shows instead of the id),
/// its text the description. One already there is left as it is. Returns what was done.
fn write_section(out_dir: &Path, id: &str, page: &ImportedArticle) -> Result<String, ImportError> {
    let said = |what: &str| format!("the list page of section `{id}`: {what}");
    let Some(dir) = out_dir.parent().map(|p| p.join("sections")) else {
        return Ok(said("not imported"));
    };
    let path = dir.join(format!("{id}.md"));
    if fs::symlink_metadata(&path).is_ok() {
        return Ok(said(&format!(
            "{} exists already, left as it is",
            path.display()
        )));
    }
    let mut front = serde_yaml::Mapping::new();
    front.insert("name".into(), page.title.clone().into());
    let yaml = serde_yaml::to_string(&front).unwrap_or_default();
    let text = format!("---\n{yaml}---\n\n{}\n", page.body);
    fs::create_dir_all(&dir).map_err(io_error(&dir))?;
    write_atomically(&path, text.as_bytes(), false)?;
    Ok(said(&format!(
        "its name and description written to {}",
        path.display()
    )))
}

/// Where the article goes: `out_dir`, or for a page the `pages` folder beside it
/// (`content/articles` → `content/pages`, where Sahifa reads its pages).
fn target_dir(out_dir: &Path, article: &ImportedArticle) -> PathBuf {
    match out_dir.parent().filter(|_| article.page) {
        Some(parent) => parent.join("pages"),
        None => out_dir.to_path_buf(),
    }
}

/// A bundle's files to copy beside the article; a page is one file (Sahifa's pages are
/// `content/pages/<file>.md`), so its bundle's files are all listed as left behind.
fn resources_of(src: &Path, article: &ImportedArticle) -> Resources {
    let mut found = resources(src);
    if article.page {
        let pictures = std::mem::take(&mut found.pictures);
        found.others.splice(0..0, pictures);
    }
    found
}

/// Largest source read, in bytes. A scraped article is a few kilobytes; without a limit a
/// mistaken path (`/dev/zero`, a disk image) is read until the machine runs out of memory.
pub const MAX_SOURCE_BYTES: u64 = 64 << 20;

/// Reads `src` (UTF-8 checked; found under `imported`, the path given to the import) and
/// imports it; an empty result is an error, unless the file is one left out on purpose.
fn read_and_import(
    src: &Path,
    imported: &Path,
    opts: &ImportOptions,
) -> Result<Outcome, ImportError> {
    let bytes = read_source(src)?;
    let text = decode_utf8(src, &bytes)?;
    if is_html(text) {
        return Err(ImportError::Html {
            path: src.to_path_buf(),
        });
    }
    let article = if super::posts::is_post(text) {
        let place = Place::of(src, imported);
        let article = super::posts::import_post_at(text, src, &place, opts)?;
        if let Some(set_aside) = set_aside(src, &place, article.clone()) {
            return Ok(set_aside);
        }
        article
    } else {
        import_text(text, opts)
    };
    if article.body.is_empty() {
        return Err(ImportError::Empty {
            path: src.to_path_buf(),
        });
    }
    Ok(Outcome::Article(article))
}

/// A post of the archive that is no article or page: a section's list page
/// (`posts/economy/_index.md`, whose title names the section), or one left out — a list
/// page of all posts, a page without text, the old site's home or 404 page, or a page at an
/// address Sahifa writes itself (`tags/_index.md`).
fn set_aside(src: &Path, place: &Place, article: ImportedArticle) -> Option<Outcome> {
    let list_page = src.file_name().is_some_and(|n| n == "_index.md");
    let stem = src.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    if place.at_top && matches!(stem, "index" | "_index" | "404") {
        return Some(Outcome::Skipped(
            "the old site's home or 404 page: Sahifa makes its own".into(),
        ));
    }
    if list_page && !article.page {
        return Some(match place.listed_section(src) {
            Some(id) => Outcome::Section { id, article },
            None => Outcome::Skipped(
                "the list page of a folder of posts: Sahifa lists them itself".into(),
            ),
        });
    }
    skip_reason(&article).map(Outcome::Skipped)
}

/// Why a page is left out, if it is.
fn skip_reason(article: &ImportedArticle) -> Option<String> {
    let name = article.file_stem.as_deref().unwrap_or_default();
    if !article.page {
        return None;
    }
    let slug = article
        .front
        .get("slug")
        .and_then(serde_yaml::Value::as_str)
        .unwrap_or(name);
    if article
        .front
        .get("draft")
        .and_then(serde_yaml::Value::as_bool)
        == Some(true)
    {
        return Some("a draft page: never published, so not imported".into());
    }
    if crate::load::pages::RESERVED_SLUGS.contains(&crate::load::folded_key(slug).as_str()) {
        return Some(format!("a page at /{slug}/, which Sahifa makes itself"));
    }
    article
        .body
        .is_empty()
        .then(|| "a page without text: nothing to import".into())
}

/// The bytes of `src`, a regular file of at most [`MAX_SOURCE_BYTES`]. The type is checked
/// before opening: opening a pipe nobody writes to would wait for ever. The read is capped
/// too, for a file that grows (or a `/proc` file whose reported size is 0).
fn read_source(src: &Path) -> Result<Vec<u8>, ImportError> {
    let meta = fs::metadata(src).map_err(io_error(src))?;
    if !meta.is_file() {
        return Err(ImportError::NotAFile {
            path: src.to_path_buf(),
        });
    }
    let too_large = |bytes: u64| ImportError::TooLarge {
        path: src.to_path_buf(),
        bytes,
    };
    if meta.len() > MAX_SOURCE_BYTES {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::new();
    fs::File::open(src)
        .and_then(|file| file.take(MAX_SOURCE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(io_error(src))?;
    if bytes.len() as u64 > MAX_SOURCE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

fn write_article(
    src: &Path,
    article: ImportedArticle,
    written: PathBuf,
    out_dir: &Path,
    opts: &ImportOptions,
    this_run: &HashMap<PathBuf, PathBuf>,
    found: Resources,
) -> Result<ImportReport, ImportError> {
    let folder = written.parent().unwrap_or(out_dir);
    fs::create_dir_all(folder).map_err(io_error(folder))?;
    if !opts.force && fs::symlink_metadata(&written).is_ok() {
        return Err(ImportError::Exists { path: written });
    }
    // `flood.md` and `flood/index.md` are one article: the other form is replaced like an
    // earlier import, with --force only.
    let twin = twin(&written).filter(|t| fs::symlink_metadata(t).is_ok_and(|m| m.is_file()));
    if let (false, Some(twin)) = (opts.force, &twin) {
        return Err(ImportError::Exists { path: twin.clone() });
    }
    check_pictures(src, &written, &found.pictures)?;
    let contents = to_article_file(&article);
    let mut earlier: Vec<PathBuf> = earlier_imports(out_dir, &article, src, &written, &contents)
        .into_iter()
        .filter(|p| !this_run.contains_key(p))
        .collect();
    if let (false, Some(existing)) = (opts.force, earlier.first()) {
        return Err(ImportError::AlreadyImported {
            path: src.to_path_buf(),
            existing: existing.clone(),
            written,
        });
    }
    write_atomically(&written, contents.as_bytes(), opts.force)?;
    let pictures = copy_pictures(src, &written, &found.pictures)?;
    earlier.extend(twin.filter(|t| !earlier.contains(t)));
    for old in &earlier {
        fs::remove_file(old).map_err(io_error(old))?;
    }
    if !earlier.is_empty() {
        sync_parent(&written);
    }
    Ok(ImportReport {
        source: src.to_path_buf(),
        written,
        article,
        replaced: earlier,
        pictures,
        left_behind: found
            .others
            .iter()
            .filter_map(|rel| Some(src.parent()?.join(rel)))
            .collect(),
    })
}

/// Articles in `out_dir` other than `written` that an earlier import of the same text wrote:
/// the same title and body, whatever the date (`import one.txt`, then `import one.txt --date
/// … --force`, as the undated warning advises, must not list the story twice). Only files
/// whose name holds the article's slug are read. An article an editor has since changed is
/// not the same text, and is left alone.
fn earlier_imports(
    out_dir: &Path,
    article: &ImportedArticle,
    src: &Path,
    written: &Path,
    contents: &str,
) -> Vec<PathBuf> {
    let undated = ImportedArticle {
        date: None,
        ..article.clone()
    };
    let name = article_file_name(&undated, src, false);
    let slug = name.strip_suffix(".md").unwrap_or(&name);
    let Some(wanted) = title_and_body(contents) else {
        return Vec::new();
    };
    let Ok(entries) = fs::read_dir(out_dir) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p != written && p.extension().is_some_and(|e| e == "md"))
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().contains(slug))
        })
        .filter(|p| fs::symlink_metadata(p).is_ok_and(|m| m.is_file()))
        .filter(|p| {
            fs::read_to_string(p)
                .ok()
                .is_some_and(|text| title_and_body(&text) == Some(wanted))
        })
        .collect();
    found.sort();
    found
}

/// The `title:` line and the body of an article file as the importer writes it (front matter
/// between `---` lines): what stays the same when an import is repeated with another date.
fn title_and_body(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix("---\n")?;
    let end = rest.find("\n---\n")?;
    let title = rest[..end].lines().find(|l| l.starts_with("title:"))?;
    Some((title, rest[end + 5..].trim()))
}

/// Longest title slug kept in a file name and URL: at most this many words and characters.
/// A scraped title of 20 words made a URL of ~330 percent-encoded characters (each Arabic
/// letter is six in a shared link); six words still say what the article is.
const SLUG_MAX_WORDS: usize = 6;
const SLUG_MAX_CHARS: usize = 50;

/// The article's file name, which is also its URL (`article_slugs: file_name`, the default):
/// the date and the title as an Arabic slug, `2024-10-11-بوتين-يلتقي-بيزشكيان.md`, readable
/// where the scraper's `004_6f0a9217f2707c77` was not. Without a date, the slug alone; without
/// letters in the title, the source's own name. `with_source` appends the source's name, for a
/// second article with the same title and date in one run.
pub fn article_file_name(article: &ImportedArticle, src: &Path, with_source: bool) -> String {
    let stem = src
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Some(own) = article.file_stem.as_deref().filter(|s| !s.is_empty()) {
        return format!("{own}.md");
    }
    let slug = shorten_slug(&arabic_slug(&article.title));
    let mut name = match (&article.date, slug.is_empty()) {
        (_, true) => stem.clone(),
        (Some(date), false) => format!("{}-{slug}", day_of(date)),
        (None, false) => slug,
    };
    if with_source && name != stem {
        name = format!("{name}-{stem}");
    }
    name + ".md"
}

/// The day of a date or date-time (`2025-09-02T09:30:00+03:00` → `2025-09-02`): a file name,
/// and so a URL, never holds a time's `:` (which Windows refuses in a name and URLs escape).
fn day_of(date: &str) -> &str {
    date.split(['T', 't', ' ']).next().unwrap_or(date)
}

/// `slug` cut to [`SLUG_MAX_WORDS`] words and [`SLUG_MAX_CHARS`] characters, at a word boundary.
///
/// A cut slug does not end on a preposition or conjunction (`…-المصري-في`): the word it
/// introduced is gone, and the URL would read as a broken phrase.
fn shorten_slug(slug: &str) -> String {
    let words: Vec<&str> = slug.split('-').collect();
    let cut_by_count = words.len() > SLUG_MAX_WORDS;
    let slug = words[..words.len().min(SLUG_MAX_WORDS)].join("-");
    let slug = if slug.chars().count() <= SLUG_MAX_CHARS {
        slug
    } else {
        let cut: String = slug.chars().take(SLUG_MAX_CHARS).collect();
        match cut.rfind('-') {
            Some(i) if i > 0 => cut[..i].to_string(),
            _ => return cut,
        }
    };
    if !cut_by_count && slug.split('-').count() == words.len() {
        return slug;
    }
    let mut kept: Vec<&str> = slug.split('-').collect();
    while kept.len() > 1 && kept.last().is_some_and(|w| DANGLING.contains(w)) {
        kept.pop();
    }
    kept.join("-")
}

/// Words that cannot end a title: prepositions and conjunctions (written apart in a slug).
const DANGLING: &[&str] = &[
    "في", "من", "على", "إلى", "الى", "عن", "مع", "و", "أو", "ثم", "بين", "لدى", "حول", "بعد",
    "قبل", "منذ", "خلال", "عبر", "ضد", "نحو", "أن", "إن", "التي", "الذي",
];

/// The text without a decoding guess: a bad byte is reported with its offset and line.
fn decode_utf8<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a str, ImportError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        ImportError::NotUtf8 {
            path: path.to_path_buf(),
            offset,
            line: bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1,
        }
    })
}

/// A web page rather than text: the importer would keep its tags as words.
fn is_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(15)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// Whether the file at `path` starts with a front-matter fence (read: its first line only).
fn opens_with_front(path: &Path) -> bool {
    let mut head = [0u8; 8];
    let read = fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .unwrap_or(0);
    std::str::from_utf8(&head[..read]).is_ok_and(super::posts::is_post)
}

/// Imports files and directories (a directory means its `*.txt` files, sorted by name).
/// Goes on past errors so one bad file does not hide the others; returns both lists.
pub fn import_paths(paths: &[PathBuf], out_dir: &Path, opts: &ImportOptions) -> ImportRun {
    let mut run = ImportRun::default();
    if let Err(e) = opts.validate() {
        run.errors.push(e);
        return run;
    }
    let mut claimed: HashMap<PathBuf, PathBuf> = HashMap::new();
    for path in paths {
        let files = match expand(path) {
            Ok(files) => files,
            Err(e) => {
                run.errors.push(e);
                continue;
            }
        };
        for file in files {
            let result = read_and_import(&file, path, opts).and_then(|read| {
                let article = match read {
                    Outcome::Article(article) => article,
                    Outcome::Skipped(reason) => return Ok(Err(reason)),
                    Outcome::Section { id, article } => {
                        return write_section(out_dir, &id, &article).map(Err);
                    }
                };
                let found = resources_of(&file, &article);
                let bundle = !found.pictures.is_empty();
                let dir = target_dir(out_dir, &article);
                let written = claim_output(&mut claimed, &article, &file, &dir, bundle)?;
                write_article(&file, article, written, &dir, opts, &claimed, found).map(Ok)
            });
            match result {
                Ok(Ok(report)) => run.reports.push(report),
                Ok(Err(reason)) => run.skipped.push(Skipped {
                    source: file,
                    reason,
                }),
                Err(e) => run.errors.push(e),
            }
        }
    }
    run
}

/// The file an article of this run goes to. Two articles with the same title and date would
/// share a name: the second gets its source's name appended; if even that is taken (two sources
/// with one name), it is refused.
fn claim_output(
    claimed: &mut HashMap<PathBuf, PathBuf>,
    article: &ImportedArticle,
    src: &Path,
    out_dir: &Path,
    bundle: bool,
) -> Result<PathBuf, ImportError> {
    let taken =
        |w: &PathBuf| claimed.contains_key(w) || twin(w).is_some_and(|t| claimed.contains_key(&t));
    let mut written = destination(out_dir, &article_file_name(article, src, false), bundle);
    if taken(&written) {
        written = destination(out_dir, &article_file_name(article, src, true), bundle);
    }
    match claimed.get(&written) {
        Some(other) => Err(ImportError::SameOutput {
            path: src.to_path_buf(),
            other: other.clone(),
            written,
        }),
        None => {
            claimed.insert(written.clone(), src.to_path_buf());
            Ok(written)
        }
    }
}

/// A file stands for itself; a directory for its `*.txt` files and, at any depth, its
/// Markdown posts (`*.md` with front matter: Hugo's and Zola's content folders), sorted by
/// path. A Markdown file without front matter (a README) is no post and is left out; a
/// section's own page (`_index.md`) is read, to be imported as a page or said to be left out.
fn expand(path: &Path) -> Result<Vec<PathBuf>, ImportError> {
    if !path.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(path).sort_by_file_name() {
        let entry = entry.map_err(|e| ImportError::Io {
            path: e.path().unwrap_or(path).to_path_buf(),
            source: e.into(),
        })?;
        let file = entry.path();
        let has = |ext: &str| {
            file.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case(ext))
        };
        let is_txt = entry.depth() == 1 && has("txt");
        let is_post = has("md") && opens_with_front(file);
        if (is_txt || is_post) && entry.file_type().is_file() {
            files.push(file.to_path_buf());
        }
    }
    if files.is_empty() {
        return Err(ImportError::Io {
            path: path.to_path_buf(),
            source: io::Error::new(
                io::ErrorKind::NotFound,
                "no .txt or .md files in this directory",
            ),
        });
    }
    files.sort();
    Ok(files)
}
