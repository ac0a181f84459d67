//! JSON-LD (schema.org) for search engines: `NewsArticle` on articles, `Person` / `Place` /
//! `Organization` / `Event` on entity pages (with `sameAs` Wikidata), `WebSite` on the home page.

use serde_json::{Value, json};

use super::urls::Urls;
use super::view::{Page, SiteView};
use crate::load::{Entity, EntityKind};

/// The page's JSON-LD, escaped so it can stand inside `<script>` (`<`, `>` and `&` become
/// `\u003c` …, so `</script>` in a title cannot close the element). Empty for other pages.
pub fn json_ld(site: &SiteView<'_>, page: Page, canonical: &str) -> String {
    let value = match page {
        Page::Article(i) => article(site, i, canonical),
        Page::Entity(e, 1) => entity(site, &site.content.entities[e], canonical),
        Page::Home => json!({
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": site.config.title,
            "url": canonical,
            "inLanguage": site.config.language,
        }),
        _ => return String::new(),
    };
    script_safe(&value.to_string())
}

fn article(site: &SiteView<'_>, i: usize, canonical: &str) -> Value {
    let a = &site.content.articles[i];
    let mentions: Vec<Value> = site.graph.article_entities[i]
        .iter()
        .map(|&(e, _)| {
            let entity = &site.content.entities[e];
            let mut v = json!({
                "@type": schema_type(entity.kind),
                "name": entity.name(),
                "url": site.urls.absolute(&Urls::entity_dir(&entity.id)),
            });
            if let Some(same) = same_as(entity) {
                v["sameAs"] = json!(same);
            }
            v
        })
        .collect();
    let mut v = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.meta.title.as_deref().unwrap_or(""),
        "url": canonical,
        "mainEntityOfPage": canonical,
        "inLanguage": site.config.language,
        "publisher": { "@type": "Organization", "name": site.config.title },
        "mentions": mentions,
    });
    if let Some(d) = &a.date {
        v["datePublished"] = json!(d.raw);
    }
    if let Some(img) = site.article_image(i) {
        v["image"] = json!({
            "@type": "ImageObject",
            "url": img.absolute,
            "width": img.width,
            "height": img.height,
        });
        if !img.caption.is_empty() {
            v["image"]["caption"] = json!(img.caption);
        }
        if !img.credit.is_empty() {
            v["image"]["creditText"] = json!(img.credit);
        }
    }
    // Each a Person with the URL of the author's page: search engines tie the articles of
    // one author together by it. A name that makes no page (no usable id) has no URL.
    let people: Vec<Value> = a
        .meta
        .authors
        .iter()
        .map(
            |name| match crate::load::terms::author_of(name, &site.content.terms.authors) {
                Some(author) => json!({
                    "@type": "Person",
                    "name": site.content.terms.authors[author].name,
                    "url": site.urls.absolute(
                        &site.listing_dir(super::listings::Listing::Author(author))
                    ),
                }),
                None => json!({ "@type": "Person", "name": name }),
            },
        )
        .collect();
    match people.len() {
        0 => {}
        1 => v["author"] = people[0].clone(),
        _ => v["author"] = Value::Array(people),
    }
    if let Some(s) = site.graph.terms.article_section[i] {
        v["articleSection"] = json!(site.content.terms.sections[s].name);
    }
    let keywords: Vec<&str> = site.graph.terms.article_tags[i]
        .iter()
        .map(|&t| site.content.terms.tags[t].name.as_str())
        .collect();
    if !keywords.is_empty() {
        v["keywords"] = json!(keywords);
    }
    if !site.analyses[i].summary.is_empty() {
        v["description"] = json!(site.analyses[i].summary);
    }
    v
}

fn entity(site: &SiteView<'_>, entity: &Entity, canonical: &str) -> Value {
    let mut v = json!({
        "@context": "https://schema.org",
        "@type": schema_type(entity.kind),
        "name": entity.name(),
        "url": canonical,
    });
    let mut alternate: Vec<&str> = entity.meta.aliases.iter().map(String::as_str).collect();
    if let Some(en) = &entity.meta.name_en {
        alternate.push(en);
    }
    if !alternate.is_empty() {
        v["alternateName"] = json!(alternate);
    }
    if let Some(same) = same_as(entity) {
        v["sameAs"] = json!(same);
    }
    let description = entity
        .description
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim();
    if !description.is_empty() {
        v["description"] = json!(description);
    }
    let _ = site;
    v
}

fn same_as(entity: &Entity) -> Option<String> {
    let q = entity.meta.wikidata.as_deref()?.trim();
    let valid = q.len() > 1 && q.starts_with('Q') && q[1..].bytes().all(|b| b.is_ascii_digit());
    valid.then(|| format!("https://www.wikidata.org/wiki/{q}"))
}

fn schema_type(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "Person",
        EntityKind::Place => "Place",
        EntityKind::Organization => "Organization",
        EntityKind::Event => "Event",
    }
}

fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_safe_json_cannot_close_the_script() {
        let v = json!({ "headline": "</script><script>alert(1)</script> & <!--" });
        let s = script_safe(&v.to_string());
        assert!(
            !s.contains('<') && !s.contains('>') && !s.contains('&'),
            "{s}"
        );
        let back: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }
}
