//! Posts of other generators (Hugo, Zola, Jekyll): Markdown with YAML (`---`) or TOML (`+++`)
//! front matter. A newsroom moving its archive brings these, not scraped text.
//!
//! Their body is Markdown already, so it is kept as written (the scraped-text cleaning would
//! turn every front-matter line into a heading). Their front matter is mapped to Sahifa's
//! keys — title, dates, draft, slug, summary, tags (Zola's `taxonomies` too), authors and the
//! old URLs (`aliases`) — and every key without a counterpart is reported with its line, so
//! nothing is dropped silently. The file keeps its own name (`my-post.md`, or the folder of a
//! bundle's `index.md`): it is the slug the archive's URLs were made from.

use std::path::Path;

use serde_yaml::{Mapping, Value};

use super::archive;
use super::place::Place;
use super::{ImportError, ImportNote, ImportOptions, ImportedArticle, NoteKind, TitleSource};

/// Keys read from a post, in the order Sahifa writes them, each with the other generators'
/// names for it (Hugo, Zola, Jekyll).
const KEYS: &[(&str, &[&str])] = &[
    ("title", &["title"]),
    ("date", &["date", "publishDate", "pubDate", "published"]),
    ("updated", &["updated", "lastmod", "lastMod", "modified"]),
    ("draft", &["draft"]),
    ("slug", &["slug"]),
    ("section", &["section"]),
    ("summary", &["summary", "description"]),
    ("image", &[]),
    ("author", &["author", "authors"]),
    ("tags", &["tags", "keywords"]),
    ("aliases", &[]),
];

/// Keys read by [`super::archive`], not here: the old addresses and the lead image.
const ARCHIVE_KEYS: &[&str] = &[
    "aliases",
    "redirect_from",
    "url",
    "permalink",
    "featured_image",
    "image",
    "cover",
    "thumbnail",
];

/// Taxonomies whose terms become tags: Hugo's `categories`, and Zola's `taxonomies` table.
const TAG_TAXONOMIES: &[&str] = &["tags", "categories"];

/// Whether `text` opens with front matter: a post of another generator, not scraped text.
pub fn is_post(text: &str) -> bool {
    let first = text.trim_start_matches('\u{feff}').lines().next();
    matches!(first.map(str::trim_end), Some("---" | "+++"))
}

/// The post in `text` (read from `src`) as an article of this site, its place in the archive
/// judged from its path alone.
#[cfg(test)]
pub fn import_post(
    text: &str,
    src: &Path,
    opts: &ImportOptions,
) -> Result<ImportedArticle, ImportError> {
    import_post_at(text, src, &Place::of(src, src), opts)
}

/// The post in `text` (read from `src`, at `place` in its archive) as an article of this site,
/// or a page ([`ImportedArticle::page`]). `--date` only dates a post whose front matter has no
/// date.
pub fn import_post_at(
    text: &str,
    src: &Path,
    place: &Place,
    opts: &ImportOptions,
) -> Result<ImportedArticle, ImportError> {
    let text = text.trim_start_matches('\u{feff}');
    let (front, body, body_line) = split(text).ok_or_else(|| ImportError::BadFrontMatter {
        path: src.to_path_buf(),
        line: 1,
        message: "the front matter is never closed".into(),
    })?;
    let bad = |line: usize, message: String| ImportError::BadFrontMatter {
        path: src.to_path_buf(),
        line,
        message,
    };
    let table = match front {
        Front::Yaml(yaml) => match serde_yaml::from_str::<Value>(yaml) {
            Ok(Value::Mapping(m)) => m,
            Ok(Value::Null) => Mapping::new(),
            Ok(_) => return Err(bad(2, "the front matter is not a table of keys".into())),
            Err(e) => {
                let line = e.location().map_or(2, |l| l.line() + 1);
                return Err(bad(line, e.to_string()));
            }
        },
        Front::Toml(toml_text) => match toml_text.parse::<toml::Table>() {
            Ok(table) => toml_to_yaml(toml::Value::Table(table))
                .as_mapping()
                .cloned()
                .unwrap_or_default(),
            Err(e) => {
                let line = e
                    .span()
                    .map_or(2, |s| toml_text[..s.start].matches('\n').count() + 2);
                return Err(bad(line, e.message().to_string()));
            }
        },
    };
    let mut notes = Vec::new();
    let front_of = front;
    let mut front = map_keys(&table, front_text(&front_of), &mut notes);
    // A Jekyll post's date is its file name's (2024-01-02-title.md) when the front matter
    // has none; `--date` dates only what neither dates.
    let named_date = jekyll_parts(&post_name_with_date(src)).map(|(day, _)| day.to_string());
    let page = archive::is_page(&table, place);
    let line_of = |key: &str| key_line(front_text(&front_of), key);
    archive::add_section(&mut front, place, &mut notes);
    archive::mark_draft(&mut front, place, &mut notes);
    let day = front
        .get("date")
        .and_then(scalar_text)
        .and_then(|d| d.get(..10).map(String::from))
        .or_else(|| named_date.clone());
    archive::add_aliases(
        &mut front,
        &table,
        place,
        (&post_name_with_date(src), day.as_deref()),
        &line_of,
        &mut notes,
    );
    if !page
        && !front.contains_key("date")
        && let Some(date) = named_date.or_else(|| opts.date.clone())
    {
        front.insert("date".into(), Value::String(date));
    }
    let title = match front.get("title").and_then(Value::as_str) {
        Some(title) if !title.trim().is_empty() => title.trim().to_string(),
        _ => {
            notes.push(note(
                1,
                NoteKind::DerivedTitle,
                "no title: named after the file",
            ));
            post_name(src)
        }
    };
    front.shift_remove("title");
    archive::add_image(&mut front, &table, &title, &line_of, &mut notes);
    let mut front = order(front);
    let text_of_front = front_text(&front_of);
    let mut dated = |key: &str, value: Option<Value>| {
        let value = value.and_then(|d| scalar_text(&d))?;
        let value = rfc3339(&value);
        if super::validate_date(&value).is_ok() {
            return Some(value);
        }
        let line = names_of(key)
            .iter()
            .map(|name| key_line(text_of_front, name))
            .find(|&line| line > 1)
            .unwrap_or(1);
        notes.push(note(line, NoteKind::Dropped { reason: key.into() }, &value));
        None
    };
    let date = dated("date", front.shift_remove("date"));
    // `updated` is checked as `date` is: kept unreadable, it made the article unbuildable.
    if let Some(updated) = front.get("updated").cloned() {
        match dated("updated", Some(updated)) {
            Some(value) => front.insert("updated".into(), Value::String(value)),
            None => front.shift_remove("updated"),
        };
    }
    notes.extend(shortcode_notes(body, body_line));
    let (date, front) = if page {
        let front = page_of(front, date, &post_name(src), &line_of, &mut notes);
        (None, front)
    } else {
        (date, front)
    };
    notes.sort_by_key(|n| n.line);
    Ok(ImportedArticle {
        title,
        title_source: TitleSource::FrontMatter,
        source: None,
        date,
        body: body.trim().to_string(),
        notes,
        front,
        file_stem: Some(post_name(src)),
        page,
    })
}

enum Front<'a> {
    Yaml(&'a str),
    Toml(&'a str),
}

fn front_text<'a>(front: &Front<'a>) -> &'a str {
    match front {
        Front::Yaml(t) | Front::Toml(t) => t,
    }
}

/// The front matter, the body and the body's first line (1-based); `None` when the closing
/// line is missing.
fn split(text: &str) -> Option<(Front<'_>, &str, usize)> {
    let first_end = text.find('\n')?;
    let fence = text[..first_end].trim_end();
    let rest = &text[first_end + 1..];
    let mut offset = 0;
    for (i, line) in rest.split_inclusive('\n').enumerate() {
        let closes = match fence {
            "---" => matches!(line.trim_end(), "---" | "..."),
            _ => line.trim_end() == fence,
        };
        if closes {
            let front = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let front = if fence == "+++" {
                Front::Toml(front)
            } else {
                Front::Yaml(front)
            };
            return Some((front, body, i + 3));
        }
        offset += line.len();
    }
    None
}

/// Sahifa's keys from a post's table; a key without a counterpart is reported.
fn map_keys(table: &Mapping, text: &str, notes: &mut Vec<ImportNote>) -> Mapping {
    let mut out = Mapping::new();
    let mut tags: Vec<Value> = Vec::new();
    for (key, value) in table {
        let Some(key) = key.as_str() else { continue };
        let line = key_line(text, key);
        if let Some((ours, _)) = KEYS.iter().find(|(_, names)| names.contains(&key)) {
            match *ours {
                "tags" => tags.extend(as_list(value)),
                "author" => {
                    let list = as_list(value);
                    if !list.is_empty() && !out.contains_key(*ours) {
                        out.insert((*ours).into(), Value::Sequence(list));
                    }
                }
                _ => {
                    if !out.contains_key(*ours) {
                        out.insert((*ours).into(), scalar(value));
                    }
                }
            }
        } else if key == "categories" {
            tags.extend(as_list(value));
            notes.push(note(line, NoteKind::Kept, "categories: added to the tags"));
        } else if key == "taxonomies" {
            for (name, terms) in value.as_mapping().into_iter().flatten() {
                match name.as_str() {
                    Some(n) if TAG_TAXONOMIES.contains(&n) => tags.extend(as_list(terms)),
                    Some("authors" | "author") if !out.contains_key("author") => {
                        out.insert("author".into(), Value::Sequence(as_list(terms)));
                    }
                    Some(n) => notes.push(dropped(line, &format!("taxonomies.{n}"))),
                    None => {}
                }
            }
        } else if ARCHIVE_KEYS.contains(&key) || is_page_kind(key, value) {
            // Read by `archive`, which notes what it makes of them.
        } else {
            notes.push(dropped(line, key));
        }
    }
    let mut seen = std::collections::HashSet::new();
    tags.retain(|t| seen.insert(t.as_str().map(str::trim).map(String::from)));
    if !tags.is_empty() {
        out.insert("tags".into(), Value::Sequence(tags));
    }
    order(out)
}

/// A page's front matter ([`archive::page_front`]): its dates are reported, and its old
/// addresses are said by `page_front` instead of as aliases, which a page has not.
fn page_of(
    mut front: Mapping,
    date: Option<String>,
    name: &str,
    line_of: &dyn Fn(&str) -> usize,
    notes: &mut Vec<ImportNote>,
) -> Mapping {
    let updated = front.shift_remove("updated").as_ref().and_then(scalar_text);
    for (key, value) in [("date", date), ("updated", updated)] {
        let Some(value) = value else { continue };
        let line = names_of(key)
            .iter()
            .map(|name| line_of(name))
            .find(|&line| line > 1)
            .unwrap_or(1);
        let reason = "a page has no such key".into();
        notes.push(note(
            line,
            NoteKind::Dropped { reason },
            &format!("{key}: {value}"),
        ));
    }
    notes.retain(|n| n.kind != NoteKind::Address);
    archive::page_front(&front, name, notes)
}

/// `layout: page` or `type: page`: what makes the post a page, said by the import's target.
fn is_page_kind(key: &str, value: &Value) -> bool {
    matches!(key, "layout" | "type") && value.as_str() == Some("page")
}

/// The keys in [`KEYS`]'s order, so every imported file reads the same way.
fn order(mut front: Mapping) -> Mapping {
    let mut out = Mapping::new();
    for (key, _) in KEYS {
        if let Some(value) = front.shift_remove(*key) {
            out.insert((*key).into(), value);
        }
    }
    out
}

fn dropped(line: usize, key: &str) -> ImportNote {
    note(
        line,
        NoteKind::Dropped {
            reason: "no Sahifa key".into(),
        },
        key,
    )
}

fn note(line: usize, kind: NoteKind, text: &str) -> ImportNote {
    ImportNote {
        line,
        kind,
        text: text.to_string(),
    }
}

/// The other generators' names of Sahifa's `key` (see [`KEYS`]).
fn names_of(key: &str) -> &'static [&'static str] {
    KEYS.iter()
        .find(|(ours, _)| *ours == key)
        .map_or(&[], |(_, names)| names)
}

/// Jekyll's date-time (`2024-01-02 10:00:00 +0300`) as RFC 3339 (`2024-01-02T10:00:00+03:00`),
/// which Sahifa reads; any other text is returned as it is (and checked by the caller).
fn rfc3339(value: &str) -> String {
    let value = value.trim();
    let parts: Vec<&str> = value.split_whitespace().collect();
    let (day, time, offset) = match parts[..] {
        [day, time] => (day, time, ""),
        [day, time, offset] => (day, time, offset),
        _ => return value.to_string(),
    };
    if day.len() != 10 || !time.contains(':') {
        return value.to_string();
    }
    let offset = match offset.as_bytes() {
        [b'+' | b'-', rest @ ..] if rest.len() == 4 && rest.iter().all(u8::is_ascii_digit) => {
            format!("{}:{}", &offset[..3], &offset[3..])
        }
        _ => offset.to_string(),
    };
    format!("{day}T{time}{offset}")
}

/// The 1-based line of `key` in the front matter (after the opening fence), a TOML table's
/// header (`[extra]`) included; 1 if not found.
fn key_line(text: &str, key: &str) -> usize {
    text.lines()
        .position(|l| {
            let l = l.trim_start();
            if l.strip_prefix('[').and_then(|r| r.strip_suffix(']')) == Some(key) {
                return true;
            }
            let l = l.trim_start_matches(['"', '\'']);
            l.starts_with(key)
                && l[key.len()..]
                    .trim_start_matches(['"', '\''])
                    .trim_start()
                    .starts_with([':', '=', '.'])
        })
        .map_or(1, |i| i + 2)
}

/// A value as a list of strings: a list's scalars, or one scalar.
pub(super) fn as_list(value: &Value) -> Vec<Value> {
    match value {
        Value::Sequence(items) => items
            .iter()
            .filter_map(scalar_text)
            .map(Value::String)
            .collect(),
        other => scalar_text(other).map(Value::String).into_iter().collect(),
    }
}

/// A scalar as Sahifa's front matter holds it: booleans stay booleans, the rest is text.
fn scalar(value: &Value) -> Value {
    match value {
        Value::Bool(b) => Value::Bool(*b),
        other => scalar_text(other).map_or(Value::Null, Value::String),
    }
}

fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A TOML value as YAML; a date-time becomes its RFC 3339 text, as Zola writes it.
fn toml_to_yaml(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::Number(i.into()),
        toml::Value::Float(f) => Value::Number(f.into()),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Sequence(items.into_iter().map(toml_to_yaml).collect()),
        toml::Value::Table(table) => Value::Mapping(
            table
                .into_iter()
                .map(|(k, v)| (Value::String(k), toml_to_yaml(v)))
                .collect(),
        ),
    }
}

/// The post's own name: its file's stem, or its folder's for a bundle (`x/index.md` → `x`),
/// without the day a Jekyll post's name starts with (`2024-01-02-x` → `x`).
pub(super) fn post_name(src: &Path) -> String {
    let name = post_name_with_date(src);
    match jekyll_parts(&name) {
        Some((_, slug)) => slug.to_string(),
        None => name,
    }
}

/// The day and the slug of a Jekyll post's name (`2024-01-02-gaza-aid` → `2024-01-02`,
/// `gaza-aid`): Jekyll makes the URL from the slug alone, and dates the post by the day.
pub(super) fn jekyll_parts(name: &str) -> Option<(&str, &str)> {
    let (day, slug) = (name.get(..10)?, name.get(11..)?);
    let shaped = day.char_indices().all(|(i, c)| {
        if i == 4 || i == 7 {
            c == '-'
        } else {
            c.is_ascii_digit()
        }
    });
    (shaped && name.as_bytes()[10] == b'-' && !slug.is_empty()).then_some((day, slug))
}

/// The post's file stem, or its folder's for a bundle, as written.
fn post_name_with_date(src: &Path) -> String {
    let stem = src.file_stem().map(|s| s.to_string_lossy().into_owned());
    match stem.as_deref() {
        Some("index" | "_index") => src
            .parent()
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        _ => stem.unwrap_or_default(),
    }
}

/// A note for each line holding a Hugo (`{{<`, `{{%`) or Zola (`{{ f(`, `{% `) shortcode:
/// Sahifa has none, so it shows as text until the editor replaces it.
fn shortcode_notes(body: &str, first_line: usize) -> Vec<ImportNote> {
    body.lines()
        .enumerate()
        .filter(|(_, l)| {
            l.contains("{{<") || l.contains("{{%") || l.contains("{% ") || is_zola_call(l)
        })
        .map(|(i, l)| {
            note(
                first_line + i,
                NoteKind::Shortcode,
                l.trim().chars().take(60).collect::<String>().as_str(),
            )
        })
        .collect()
}

/// `{{ name(…) }}`: a Zola shortcode call.
fn is_zola_call(line: &str) -> bool {
    line.split("{{").skip(1).any(|rest| {
        let rest = rest.trim_start();
        let name_len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        name_len > 0 && rest[name_len..].starts_with('(')
    })
}
