//! The editor's side of discovery: `sahifa entities accept` writes discovered entities to the
//! registry, `reject` records ids that must never come back.

use std::collections::HashSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::{ENTITIES_DIR, REJECTED_FILE};
use crate::error::{Diagnostic, Error, Result};
use crate::load::slug::arabic_slug;
use crate::load::{Entity, Origin};
use crate::text::normalize::normalize_name;

/// The ids the editor rejected; none when the file does not exist. A file that is not UTF-8
/// is reported like an article, at the line and column of its first bad byte.
pub fn rejected_ids(root: &Path) -> Result<HashSet<String>> {
    let rel = Path::new(REJECTED_FILE);
    match std::fs::symlink_metadata(root.join(rel)) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(HashSet::new()),
        _ => {}
    }
    let text = crate::text::source::read_utf8(root, rel, "file")
        .map(crate::text::source::without_bom)
        .map_err(|d| Error::Content(vec![d]))?;
    Ok(text
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect())
}

/// What the editor asked to do with the entities named: the help for one that is not
/// discovered depends on it.
#[derive(Clone, Copy, PartialEq)]
enum Action {
    Accept,
    Reject,
}

/// The discovered entities of a site named by `ids` (all of them when `ids` is empty), or
/// one error per id that is not a discovered entity.
fn chosen<'e>(entities: &'e [Entity], ids: &[String], action: Action) -> Result<Vec<&'e Entity>> {
    let discovered: Vec<&Entity> = entities
        .iter()
        .filter(|e| e.origin == Origin::Discovered)
        .collect();
    if ids.is_empty() {
        return Ok(discovered);
    }
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for id in ids {
        if let Some(e) = discovered.iter().find(|e| names(e, id)) {
            out.push(*e);
            continue;
        }
        // Accepted, written by hand or built in: say where, and what to do instead.
        let known = [Origin::Registry, Origin::Gazetteer]
            .into_iter()
            .find_map(|origin| entities.iter().find(|e| e.origin == origin && names(e, id)));
        errors.push(match known {
            Some(e) => not_discovered(id, e, action),
            None => Diagnostic::new(id.as_str(), format!("`{id}` is not a discovered entity"))
                .with_help(
                    "`sahifa entities suggest` lists the entities found automatically, \
                     with their ids; an id or the name as listed both work",
                ),
        });
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(Error::Content(errors))
    }
}

/// The error for `id`, which names a registry or gazetteer entity: `accept` and `reject`
/// are for discovered ones, so the help gives the way to change this one (an editor who
/// saw a wrong link to a gazetteer entry had no way forward; docs/gazetteer.md).
fn not_discovered(id: &str, e: &Entity, action: Action) -> Diagnostic {
    let file = e.path.display();
    match (e.origin, action) {
        (Origin::Gazetteer, Action::Reject) => Diagnostic::new(
            id,
            format!("`{id}` is an entry of the built-in gazetteer, not a discovered entity"),
        )
        .with_help(format!(
            "a registry file with its id, `content/entities/{}.md`, replaces the entry: write \
             the names it should link (`aliases`), mark one that is also a word `ambiguous`, \
             list the phrases that are not it under `not`, or give a wrong name to another \
             registry entity (docs/gazetteer.md); `gazetteer: false` in config.yaml turns the \
             whole gazetteer off",
            e.id
        )),
        (Origin::Gazetteer, _) => Diagnostic::new(
            id,
            format!("`{id}` is an entry of the built-in gazetteer: it links already"),
        )
        .with_help(format!(
            "to change it, write a registry file with its id, `content/entities/{}.md` \
             (docs/gazetteer.md)",
            e.id
        )),
        (_, Action::Reject) => Diagnostic::new(
            id,
            format!("`{id}` is a registry entity, in {file}, not a discovered entity"),
        )
        .with_help(
            "it links because its file says so: correct its `aliases`, mark a name that is also \
             a word `ambiguous`, list the phrases that are not it under `not`, or delete the file",
        ),
        _ => Diagnostic::new(id, format!("`{id}` is in the registry already, in {file}"))
            .with_help("edit that file to correct it; accepting again would change nothing"),
    }
}

/// Whether the editor's `word` names discovered entity `e`: its id, or its name as
/// `entities suggest` and the page show it (the id is the name's slug, «بدر عبد العاطي» →
/// `بدر-عبد-العاطي`; typing the name is what an editor does first).
fn names(e: &Entity, word: &str) -> bool {
    e.id == word || arabic_slug(word) == e.id || normalize_name(e.name()) == normalize_name(word)
}

/// Writes the discovered entities named by `ids` (all when empty), and the names below
/// discovery's threshold that `sahifa entities suggest` lists (`suggestions`, by id or name),
/// to `content/entities/` as ordinary registry files with the same id, so that their URLs do
/// not change. A suggestion needs a type to be written: one with none is reported, to be
/// written by hand. An existing file is never replaced. Returns the files written, relative
/// to `root`; nothing is written when one id names neither (every such id reported).
pub fn accept(
    root: &Path,
    entities: &[Entity],
    suggestions: &[crate::suggest::Suggestion],
    ids: &[String],
) -> Result<Vec<PathBuf>> {
    let suggested = |id: &str| {
        let wanted = normalize_name(id);
        suggestions
            .iter()
            .find(|s| s.id == id || normalize_name(&s.name) == wanted)
    };
    // A name discovery links is accepted as linked; only the others are taken from the list.
    let discovered = |id: &String| {
        entities
            .iter()
            .any(|e| e.origin == Origin::Discovered && names(e, id))
    };
    let (listed, linked): (Vec<String>, Vec<String>) = ids
        .iter()
        .cloned()
        .partition(|id| !discovered(id) && suggested(id).is_some());
    let mut files: Vec<(String, String)> = Vec::new();
    let mut errors = Vec::new();
    for id in &listed {
        let Some(s) = suggested(id) else { continue };
        match s.kind_hint {
            Some(kind) => files.push((s.id.clone(), suggested_file(&s.id, kind, &s.name))),
            None => errors.push(
                Diagnostic::new(id.as_str(), format!("`{id}` was found with no type")).with_help(
                    format!(
                        "write `content/entities/{}.md` by hand with `type: person`, \
                         `organization` or `place` (docs/linking.md)",
                        s.id
                    ),
                ),
            ),
        }
    }
    // `chosen` takes no ids as all of them: with only listed ids there are no others.
    let all = ids.is_empty();
    if all || !linked.is_empty() {
        match chosen(entities, &linked, Action::Accept) {
            Ok(chosen) => {
                files.extend(chosen.into_iter().map(|e| (e.id.clone(), registry_file(e))))
            }
            Err(Error::Content(more)) => errors.extend(more),
            Err(e) => return Err(e),
        }
    }
    if !errors.is_empty() {
        return Err(Error::Content(errors));
    }
    let dir = root.join(ENTITIES_DIR);
    std::fs::create_dir_all(&dir).map_err(|source| Error::Io {
        path: dir.clone(),
        source,
    })?;
    let mut written = Vec::new();
    for (id, text) in files {
        let rel = Path::new(ENTITIES_DIR).join(format!("{id}.md"));
        let path = root.join(&rel);
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
        file.write_all(text.as_bytes())
            .map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
        written.push(rel);
    }
    Ok(written)
}

/// A registry file for a name `entities suggest` lists below the threshold: its id, type and
/// name only — discovery gave it no aliases nor evidence, so it links where it is written.
fn suggested_file(id: &str, kind: crate::load::EntityKind, name: &str) -> String {
    let quote = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| format!("\"{s}\""));
    format!(
        "---\n# Suggested by discovery and accepted: correct the name, add the other spellings to\n\
         # `aliases`, and write a short description below the closing line (docs/linking.md).\n\
         id: {}\ntype: {}\nname: {}\naliases: []\n---\n",
        quote(id),
        kind.key(),
        quote(name)
    )
}

/// A registry file for a discovered entity: front matter with its id, type, name, aliases
/// and what makes some of them need evidence (`ambiguous`, the built-in `cue_words` by name,
/// `cues`), as JSON strings, which YAML reads as they are, with comments for the editor.
///
/// Why the evidence: without `ambiguous`, a surname alias (شكري) or a short form (المصرف
/// المركزي) would link wherever it is written once the file is accepted, so accepting would
/// change what the site links instead of only where the entity is kept.
fn registry_file(e: &Entity) -> String {
    let quote = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| format!("\"{s}\""));
    let list = |items: &[String]| {
        items
            .iter()
            .map(|a| quote(a))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut text = format!(
        "---\n# Found by discovery and accepted: correct the name, add the other spellings to\n\
         # `aliases`, and write a short description below the closing line (docs/linking.md).\n\
         id: {}\ntype: {}\nname: {}\naliases: [{}]\n",
        quote(&e.id),
        e.kind.key(),
        quote(e.name()),
        list(&e.meta.aliases)
    );
    if !e.meta.ambiguous.is_empty() {
        text.push_str("# Names that are also ordinary words: linked only with evidence.\n");
        text.push_str(&format!("ambiguous: [{}]\n", list(&e.meta.ambiguous)));
    }
    if !e.meta.cue_words.is_empty() {
        let names: Vec<&str> = e.meta.cue_words.iter().map(|c| c.key()).collect();
        text.push_str(
            "# Built-in words (titles, places, teams) that, right before such a name, confirm it.\n",
        );
        text.push_str(&format!("cue_words: [{}]\n", names.join(", ")));
    }
    if !e.meta.cues.is_empty() {
        text.push_str(&format!("cues: [{}]\n", list(&e.meta.cues)));
    }
    if let Some(country) = &e.country {
        text.push_str("# The country whose name or places, in an article, confirm those names.\n");
        text.push_str(&format!("country: {}\n", quote(country)));
    }
    text.push_str("---\n");
    text
}

/// Appends the discovered entities named by `ids`, and the names below discovery's threshold
/// that `sahifa entities suggest` lists (`suggestions`, by id or name), to [`REJECTED_FILE`],
/// so that discovery never links nor suggests them again. Returns the ids recorded, none
/// already in the file; nothing is recorded when one id names neither (every such id reported).
pub fn reject(
    root: &Path,
    entities: &[Entity],
    suggestions: &[crate::suggest::Suggestion],
    ids: &[String],
) -> Result<Vec<String>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let suggested = |id: &str| {
        let wanted = normalize_name(id);
        suggestions
            .iter()
            .find(|s| s.id == id || normalize_name(&s.name) == wanted)
            .map(|s| s.id.clone())
    };
    let discovered_ids: Vec<String> = ids
        .iter()
        .filter(|id| suggested(id).is_none())
        .cloned()
        .collect();
    // `chosen` takes no ids as all of them: only the ids no suggestion answers go to it.
    let discovered = match discovered_ids.is_empty() {
        true => Vec::new(),
        false => chosen(entities, &discovered_ids, Action::Reject)?,
    };
    // An id already in the file (rejected twice, or named twice) is written once.
    let mut recorded = rejected_ids(root)?;
    let chosen: Vec<String> = discovered
        .into_iter()
        .map(|e| e.id.clone())
        .chain(ids.iter().filter_map(|id| suggested(id)))
        .filter(|id| recorded.insert(id.clone()))
        .collect();
    if chosen.is_empty() {
        return Ok(chosen);
    }
    let path = root.join(REJECTED_FILE);
    let new = !path.exists();
    let io = |source| Error::Io {
        path: path.clone(),
        source,
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(&path)
        .map_err(io)?;
    let mut text = String::new();
    if new {
        text.push_str(
            "# Ids that `discovery: auto` must never link again (sahifa entities reject)\n",
        );
    }
    for id in &chosen {
        text.push_str(id);
        text.push('\n');
    }
    file.write_all(text.as_bytes()).map_err(io)?;
    Ok(chosen)
}
