//! What a post of another generator keeps of its archive besides its keys: the section its
//! folder gave it, its old addresses as `aliases` (so the links others made to it keep
//! working), its lead image (`featured_image`, `cover.image`, `image`), and whether it is a
//! page (`about.md`) rather than an article. Each decision is a note of the import's report.

use serde_yaml::{Mapping, Value};

use super::place::{Generator, Place};
use super::{ImportNote, NoteKind};

/// Front-matter keys naming the lead image, in the order they are looked at.
pub const IMAGE_KEYS: &[&str] = &["featured_image", "image", "cover", "thumbnail"];
/// Front-matter keys holding the post's own address (Hugo's `url`, Jekyll's `permalink`).
pub const ADDRESS_KEYS: &[&str] = &["url", "permalink"];

/// A post of Jekyll's `_drafts/` is a draft: imported as one, not published by the next build.
pub fn mark_draft(front: &mut Mapping, place: &Place, notes: &mut Vec<ImportNote>) {
    let in_drafts =
        place.generator == Generator::Jekyll && place.dirs.iter().any(|d| d == "_drafts");
    if in_drafts && !front.contains_key("draft") {
        notes.push(note(0, NoteKind::Kept, "draft: true (it lies in _drafts/)"));
        front.insert("draft".into(), Value::Bool(true));
    }
}

/// The section from the post's folder, unless its front matter names one.
pub fn add_section(front: &mut Mapping, place: &Place, notes: &mut Vec<ImportNote>) {
    if front.contains_key("section") {
        return;
    }
    if let Some(section) = place.section() {
        notes.push(note(
            0,
            NoteKind::Kept,
            &format!("section: {section} (its folder)"),
        ));
        front.insert("section".into(), Value::String(section));
    }
}

/// `aliases`: the front matter's (`aliases`, `redirect_from`, `url`, `permalink`), then the
/// old generator's default address when certain and no `url`/`permalink` replaced it. An
/// address Sahifa cannot publish a redirect at is dropped, with its reason.
pub fn add_aliases(
    front: &mut Mapping,
    table: &Mapping,
    place: &Place,
    (name, day): (&str, Option<&str>),
    line_of: &dyn Fn(&str) -> usize,
    notes: &mut Vec<ImportNote>,
) {
    let mut found: Vec<(String, usize, &str)> = Vec::new();
    for key in ["aliases", "redirect_from", "url", "permalink"] {
        for alias in super::posts::as_list(table.get(key).unwrap_or(&Value::Null)) {
            if let Some(alias) = alias.as_str() {
                found.push((path_of(alias), line_of(key), key));
            }
        }
    }
    let own_address = ADDRESS_KEYS.iter().any(|k| table.contains_key(*k));
    if !own_address {
        match place.default_address(table, name, day) {
            Ok(Some(address)) => found.push((address, 0, "default")),
            Ok(None) => {}
            Err(why) => notes.push(note(
                0,
                NoteKind::Dropped {
                    reason: "old address unknown".into(),
                },
                &format!("{why}: add the post's old address to its `aliases:`"),
            )),
        }
    }
    let mut kept: Vec<Value> = Vec::new();
    for (alias, line, key) in found {
        if kept.iter().any(|k| k.as_str() == Some(alias.as_str())) {
            continue;
        }
        match crate::load::aliases::redirect_file(&alias) {
            Ok(_) => {
                let from = match key {
                    "default" => "the old generator's default address".to_string(),
                    key => format!("from `{key}`"),
                };
                notes.push(note(line, NoteKind::Address, &format!("{alias} ({from})")));
                kept.push(Value::String(alias));
            }
            Err(why) => notes.push(note(
                line,
                NoteKind::Dropped {
                    reason: format!("old address: {why}"),
                },
                &alias,
            )),
        }
    }
    front.shift_remove("aliases");
    if !kept.is_empty() {
        front.insert("aliases".into(), Value::Sequence(kept));
    }
}

/// A full URL's path (`https://old.example/news/x/` → `/news/x/`): the old site's address is
/// a path of this one.
fn path_of(address: &str) -> String {
    let address = address.trim();
    match address.split_once("://") {
        Some((_, rest)) => match rest.find('/') {
            Some(i) => rest[i..].to_string(),
            None => "/".to_string(),
        },
        None => address.to_string(),
    }
}

/// The lead image as Sahifa's `image: {src, alt}`, from `featured_image`, `image` (a path, or
/// a table with `src`/`path`/`url`/`image` and `alt`), `cover.image` or `thumbnail`. Sahifa
/// needs an alt text: without one the title stands in, and the note asks for a description.
/// A root-relative path (`/images/x.jpg`) is Hugo's `static/images/x.jpg`: Sahifa looks for
/// `images/x.jpg` beside the article, then under its own `static/`.
pub fn add_image(
    front: &mut Mapping,
    table: &Mapping,
    title: &str,
    line_of: &dyn Fn(&str) -> usize,
    notes: &mut Vec<ImportNote>,
) {
    let mut taken = false;
    for key in IMAGE_KEYS {
        let Some(value) = table.get(*key) else {
            continue;
        };
        let line = line_of(key);
        let src = value_path(value).map(str::to_string);
        let alt = value
            .as_mapping()
            .and_then(|m| ["alt", "caption"].iter().find_map(|k| m.get(*k)?.as_str()))
            .map(str::to_string);
        let src = src.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        let usable = src
            .as_deref()
            .filter(|s| !s.contains("://") && !s.contains(".."));
        match usable {
            Some(src) if !taken => {
                taken = true;
                let src = src.trim_start_matches('/').to_string();
                let alt_given = alt.as_deref().map(str::trim).filter(|a| !a.is_empty());
                let mut image = Mapping::new();
                image.insert("src".into(), Value::String(src.clone()));
                image.insert(
                    "alt".into(),
                    Value::String(alt_given.unwrap_or(title).to_string()),
                );
                front.insert("image".into(), Value::Mapping(image));
                let mut said = format!("{key} → image: {src}");
                if value_path(value).is_some_and(|p| p.trim().starts_with('/')) {
                    said += &format!(" (a file of the old site's root: copy it to static/{src})");
                }
                if alt_given.is_none() {
                    said += "; its alt text is the title: describe the picture instead";
                }
                notes.push(note(line, NoteKind::Kept, &said));
            }
            _ => notes.push(note(
                line,
                NoteKind::Dropped {
                    reason: "image".into(),
                },
                &format!(
                    "{key}{}",
                    if taken {
                        ": one lead image is kept"
                    } else {
                        ": not a file of the site (a web address, or no path)"
                    }
                ),
            )),
        }
    }
}

/// The picture's path in an image key's value: the value itself, or a table's `src`, `path`,
/// `url` or `image` (Hugo's `cover.image`).
fn value_path(value: &Value) -> Option<&str> {
    match value {
        Value::String(s) => Some(s),
        Value::Mapping(m) => ["src", "path", "url", "image"]
            .iter()
            .find_map(|k| m.get(*k)?.as_str()),
        _ => None,
    }
}

/// Whether the post is a page of the site rather than an article: its front matter says so
/// (Jekyll's `layout: page`, Hugo's `type: page`), or it lies where pages are kept.
pub fn is_page(table: &Mapping, place: &Place) -> bool {
    let says_page = ["layout", "type"]
        .iter()
        .any(|k| table.get(*k).and_then(Value::as_str) == Some("page"));
    says_page || place.is_page_place()
}

/// A page's front matter: `title` (written by the caller), `description` from the summary,
/// and `slug` when its old address was one segment other than its name (`permalink:
/// /about-us/`), so the page keeps it. Any other key of the article is reported.
pub fn page_front(front: &Mapping, name: &str, notes: &mut Vec<ImportNote>) -> Mapping {
    let mut out = Mapping::new();
    let mut slug = None;
    for (key, value) in front {
        let Some(key) = key.as_str() else { continue };
        match key {
            "summary" => {
                out.insert("description".into(), value.clone());
            }
            // A draft page is left out of the import (see `files::skip_reason`): kept until
            // then, and never written, since a page has no `draft`.
            "draft" if value.as_bool() == Some(true) => {
                out.insert("draft".into(), Value::Bool(true));
            }
            "aliases" => {
                for alias in value.as_sequence().into_iter().flatten() {
                    let alias = alias.as_str().unwrap_or_default();
                    let segment = one_segment(alias);
                    if segment.is_some_and(|s| s == name) {
                        notes.push(note(
                            0,
                            NoteKind::Kept,
                            &format!("old address {alias}: the page's own"),
                        ));
                        continue;
                    }
                    if let (Some(s), None) = (segment, &slug) {
                        slug = Some(s.to_string());
                        notes.push(note(
                            0,
                            NoteKind::Kept,
                            &format!("old address {alias}: the page's slug"),
                        ));
                        continue;
                    }
                    notes.push(note(
                        0,
                        NoteKind::Dropped {
                            reason: "a page has no aliases".into(),
                        },
                        alias,
                    ));
                }
            }
            other => notes.push(note(
                0,
                NoteKind::Dropped {
                    reason: "a page has no such key".into(),
                },
                other,
            )),
        }
    }
    if let Some(slug) = slug {
        out.insert("slug".into(), Value::String(slug));
    }
    out
}

/// `/about/` → `about`: an address a page's slug keeps (a page is published at `/<slug>/`;
/// `/about.html` is not one).
fn one_segment(alias: &str) -> Option<&str> {
    let inner = alias.trim().trim_matches('/');
    (!inner.is_empty() && !inner.contains(['/', '.']) && alias.trim().starts_with('/'))
        .then_some(inner)
        .filter(|s| crate::load::document::validate_slug(s).is_ok())
}

fn note(line: usize, kind: NoteKind, text: &str) -> ImportNote {
    ImportNote {
        line,
        kind,
        text: text.to_string(),
    }
}
