//! An article's front-matter keys: those Sahifa does not know (a typo is an error, another
//! generator's key a warning naming ours) and `tags:`, which may be written as one string.

use std::collections::BTreeMap;
use std::path::Path;

use super::key_position;
use crate::error::Diagnostic;
use crate::text::did_you_mean::closest;

/// Keys that other generators' corpora carry and that Sahifa accepts without a warning.
/// (Zola's `taxonomies` and Hugo's and Zola's `aliases` are read: see `ArticleMeta`.)
pub(super) const TOLERATED_ARTICLE_KEYS: &[&str] = &[];

/// `tags:` as a list, or as one string split at commas (Arabic «،» or Latin «,»): editors write
/// `tags: دبلوماسية` for a single tag, and a parser's "expected a sequence" helped nobody.
pub(super) fn tag_list<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    d.deserialize_any(OneOrMany {
        expecting: "a tag, or a list of tags such as [سياسة, اقتصاد]",
        items: split_tags,
        list_item: split_tags,
    })
}

fn split_tags(v: &str) -> Vec<String> {
    v.split([',', '،'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(String::from)
        .collect()
}

/// `author:` as one name or a list of names (see [`super::ArticleMeta::authors`]).
pub(super) fn name_list<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    d.deserialize_any(OneOrMany {
        expecting: "a name, or a list of names such as [سلمى يوسف, أحمد علي]",
        items: |v| vec![v.to_string()],
        list_item: names_in_list_item,
    })
    .map(distinct_names)
}

/// The names of one item of an `author:` list, split at the Arabic comma outside
/// parentheses: YAML separates items with the Latin comma only, so `[سلمى يوسف، أحمد علي]`
/// (typed on an Arabic keyboard) is one item holding two names. A role in parentheses stays
/// with its name (`أحمد علي (مراسل، القاهرة)`).
fn names_in_list_item(v: &str) -> Vec<String> {
    let mut names = Vec::new();
    let (mut depth, mut start) = (0usize, 0);
    for (i, c) in v.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '،' if depth == 0 => {
                names.push(v[start..i].to_string());
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    names.push(v[start..].to_string());
    names
}

/// `aliases:` as one path or a list of paths.
pub(super) fn path_list<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    d.deserialize_any(OneOrMany {
        expecting: "an old address, or a list such as [/old/page.html, /2019/05/story/]",
        items: |v| vec![v.trim().to_string()],
        list_item: |v| vec![v.trim().to_string()],
    })
}

/// Moves Zola's `taxonomies` into the article's tags and authors; warns about any other
/// taxonomy (`entities` is Sahifa's own list, which `entities:` also holds).
pub(super) fn merge_taxonomies(
    rel: &Path,
    text: &str,
    meta: &mut super::ArticleMeta,
) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    for (name, terms) in std::mem::take(&mut meta.taxonomies) {
        let terms: Vec<String> = match terms {
            serde_yaml::Value::Sequence(items) => items
                .iter()
                .filter_map(|v| v.as_str().map(str::trim).map(String::from))
                .collect(),
            serde_yaml::Value::String(s) => vec![s.trim().to_string()],
            _ => Vec::new(),
        };
        let terms = terms.into_iter().filter(|t| !t.is_empty());
        match name.as_str() {
            "tags" | "categories" => {
                for term in terms {
                    if !meta.tags.contains(&term) {
                        meta.tags.push(term);
                    }
                }
            }
            "authors" | "author" => {
                for term in terms {
                    if !meta.authors.contains(&term) {
                        meta.authors.push(term);
                    }
                }
            }
            "entities" => {}
            _ => {
                let (l, c) = nested_key_position(text, "taxonomies", &name);
                warnings.push(
                    Diagnostic::new(rel, format!("taxonomy `{name}` is ignored"))
                        .at(l, c)
                        .with_help(
                            "Sahifa reads the taxonomies `tags`, `categories` (as tags) and \
                             `authors`; move its terms to `tags:` to publish them",
                        ),
                );
            }
        }
    }
    warnings
}

/// Line and column of `key` nested under the top-level `parent` (`taxonomies:\n  series:`);
/// the parent's own position when the key is written inline (`{series: …}`).
fn nested_key_position(text: &str, parent: &str, key: &str) -> (usize, usize) {
    let (line, column) = key_position(text, parent);
    text.lines()
        .enumerate()
        .skip(line)
        .take_while(|(_, l)| l.starts_with([' ', '\t']) || l.trim().is_empty())
        .find_map(|(i, l)| {
            let rest = l.trim_start();
            let named = rest
                .strip_prefix(key)
                .is_some_and(|r| r.trim_start().starts_with(':'));
            named.then(|| (i + 1, l.len() - rest.len() + 1))
        })
        .unwrap_or((line, column))
}

/// An error for each alias that cannot be published (see `load::aliases`).
pub(super) fn alias_errors(rel: &Path, text: &str, aliases: &[String]) -> Vec<Diagnostic> {
    aliases
        .iter()
        .filter_map(|alias| {
            let problem = crate::load::aliases::redirect_file(alias).err()?;
            let (l, c) = crate::text::locate::value_position(text, "aliases", alias)
                .unwrap_or_else(|| key_position(text, "aliases"));
            Some(
                Diagnostic::new(rel, format!("alias `{alias}`: {problem}"))
                    .at(l, c)
                    .with_help("write the old address as a path, such as `/2019/05/story/`"),
            )
        })
        .collect()
}

/// A key that takes one value or a list of them: `items` says what one string holds, and
/// `list_item` what one item of a list holds.
struct OneOrMany {
    expecting: &'static str,
    items: fn(&str) -> Vec<String>,
    list_item: fn(&str) -> Vec<String>,
}

impl<'de> serde::de::Visitor<'de> for OneOrMany {
    type Value = Vec<String>;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.expecting)
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok((self.items)(v))
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<String>()? {
            items.extend((self.list_item)(&item));
        }
        Ok(items)
    }
}

/// Names trimmed, blanks and repeats left out, in the order written.
fn distinct_names(names: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in names {
        let name = name.trim();
        if !name.is_empty() && !out.iter().any(|n| n == name) {
            out.push(name.to_string());
        }
    }
    out
}

/// Unknown front-matter keys: one a typo away from a known key is an error (`dat:` would
/// otherwise silently cost the article its date), any other is ignored with a warning (front
/// matter written for another generator). Returns (errors, warnings).
pub(super) fn unknown_key_diagnostics(
    rel: &Path,
    text: &str,
    extra: &BTreeMap<String, serde_yaml::Value>,
) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    const KNOWN: &[&str] = &[
        "title",
        "date",
        "updated",
        "slug",
        "source",
        "source_url",
        "summary",
        "author",
        "authors",
        "section",
        "draft",
        "tags",
        "entities",
        "aliases",
        "taxonomies",
    ];
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    for key in extra
        .keys()
        .filter(|k| !TOLERATED_ARTICLE_KEYS.contains(&k.as_str()))
    {
        let (l, c) = key_position(text, key);
        match closest(key, KNOWN) {
            Some(s) => errors.push(
                Diagnostic::new(rel, format!("unknown front matter key `{key}`"))
                    .at(l, c)
                    .with_help(format!("did you mean `{s}`?")),
            ),
            None => {
                let warning =
                    Diagnostic::new(rel, format!("unknown front matter key `{key}` is ignored"))
                        .at(l, c);
                warnings.push(match other_generators_name(key) {
                    Some(ours) => warning.with_help(format!(
                        "Sahifa calls it `{ours}`: rename the key to use it"
                    )),
                    None => warning,
                });
            }
        }
    }
    (errors, warnings)
}

/// Our key for one Hugo, Zola or Jekyll front matter uses for the same thing: an archive
/// imported from them says `description:` where Sahifa reads `summary:`.
fn other_generators_name(key: &str) -> Option<&'static str> {
    Some(match key {
        "description" | "excerpt" | "subtitle" => "summary",
        "categories" | "category" => "section",
        "lastmod" | "modified" | "last_modified_at" => "updated",
        "keywords" => "tags",
        "image_alt" | "cover" | "featured_image" | "thumbnail" => "image",
        _ => return None,
    })
}
