//! The entities an article's front matter declares (`entities: [raisi]`): evidence that
//! confirms its ambiguous aliases, and ids checked against the registry.

use std::collections::{HashMap, HashSet};

use crate::error::Diagnostic;
use crate::load::{self, Content};

/// Per article, the registry entities its front matter lists; unknown ids are warnings.
pub fn declared_entities(
    content: &Content,
    enabled: bool,
) -> (Vec<HashSet<usize>>, Vec<Diagnostic>) {
    let index = entity_index(content);
    let mut warnings = Vec::new();
    let declared = content
        .articles
        .iter()
        .map(|a| declared_for(a, &index, enabled, &mut warnings))
        .collect();
    (declared, warnings)
}

/// Entity id → index in `content.entities`.
pub fn entity_index(content: &Content) -> HashMap<String, usize> {
    content
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.clone(), i))
        .collect()
}

/// The entities one article's front matter lists (as evidence only when `enabled`).
pub fn declared_for(
    article: &load::Article,
    index: &HashMap<String, usize>,
    enabled: bool,
    warnings: &mut Vec<Diagnostic>,
) -> HashSet<usize> {
    let mut set = HashSet::new();
    for id in article
        .meta
        .entities
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
    {
        match index.get(id) {
            Some(&i) if enabled => {
                set.insert(i);
            }
            Some(_) => {}
            None => warnings.push(
                {
                    let (line, col) =
                        crate::text::locate::value_position(&article.text, "entities", id)
                            .unwrap_or((1, 1));
                    Diagnostic::new(
                        &article.path,
                        format!("`entities` names `{id}`, which is not in content/entities/"),
                    )
                    .at(line, col)
                }
                .with_help(format!("create content/entities/{id}.md, or fix the id")),
            ),
        }
    }
    set
}
