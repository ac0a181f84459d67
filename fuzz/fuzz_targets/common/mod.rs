//! Shared by the fuzz targets: a small fixed Arabic registry and a simple HTML tag scanner.

#![allow(dead_code)]

use std::path::Path;

use sahifa::analyse::Matcher;
use sahifa::load::Entity;
use sahifa::load::document::parse_entity;

/// (id, type, name, aliases, ambiguous, cues, demonyms)
type Spec = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

/// Names that begin with clitic letters (بوتين فرنسا واشنطن كوريا لبنان), ال-names (الكرملين
/// الولايات المتحدة), ambiguous aliases with cues (رئيسي حماس), an ambiguous name two entities
/// share (الأسد), demonyms, a Latin alias with `&`, a name with a space (عشق آباد).
pub const REGISTRY: &[Spec] = &[
    (
        "vladimir-putin",
        "person",
        "فلاديمير بوتين",
        &["بوتين", "Putin"],
        &[],
        &[],
        &[],
    ),
    (
        "france",
        "place",
        "فرنسا",
        &[],
        &[],
        &[],
        &["الفرنسي", "الفرنسية", "فرنسي"],
    ),
    ("washington", "place", "واشنطن", &[], &[], &[], &[]),
    ("north-korea", "place", "كوريا الشمالية", &[], &[], &[], &[]),
    ("lebanon", "place", "لبنان", &[], &[], &[], &["اللبناني"]),
    ("kremlin", "organization", "الكرملين", &[], &[], &[], &[]),
    (
        "united-states",
        "place",
        "الولايات المتحدة",
        &["الولايات المتحدة الأمريكية", "أمريكا"],
        &["أمريكا"],
        &[],
        &["الأمريكي", "الأمريكية"],
    ),
    (
        "ebrahim-raisi",
        "person",
        "إبراهيم رئيسي",
        &["رئيسي"],
        &["رئيسي"],
        &["الرئيس", "السيد"],
        &[],
    ),
    (
        "hamas",
        "organization",
        "حركة حماس",
        &["حماس", "حركة المقاومة الإسلامية"],
        &["حماس"],
        &["حركة"],
        &[],
    ),
    (
        "bashar-al-assad",
        "person",
        "بشار الأسد",
        &["الأسد"],
        &["الأسد"],
        &["الرئيس"],
        &[],
    ),
    (
        "hafez-al-assad",
        "person",
        "حافظ الأسد",
        &["الأسد"],
        &["الأسد"],
        &["الراحل"],
        &[],
    ),
    (
        "russia",
        "place",
        "روسيا",
        &["الاتحاد الروسي"],
        &[],
        &[],
        &["الروسي", "الروسية", "روسي"],
    ),
    (
        "iran",
        "place",
        "إيران",
        &["جمهورية إيران الإسلامية"],
        &[],
        &[],
        &["الإيراني", "الإيرانية"],
    ),
    (
        "syria",
        "place",
        "سوريا",
        &["الجمهورية العربية السورية"],
        &[],
        &[],
        &["السوري", "السورية"],
    ),
    ("egypt", "place", "مصر", &[], &[], &[], &[]),
    ("moscow", "place", "موسكو", &[], &[], &[], &[]),
    ("ashgabat", "place", "عشق آباد", &[], &[], &[], &[]),
    ("irna", "organization", "إرنا", &["IRNA"], &[], &[], &[]),
    (
        "att",
        "organization",
        "إيه تي آند تي",
        &["AT&T"],
        &[],
        &[],
        &[],
    ),
];

fn yaml_list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
    format!("[{}]", quoted.join(", "))
}

/// The registry as `content/entities/<id>.md` files would give it.
pub fn entities() -> Vec<Entity> {
    REGISTRY
        .iter()
        .map(|(id, kind, name, aliases, ambiguous, cues, demonyms)| {
            let text = format!(
                "---\nid: {id}\ntype: {kind}\nname: {name:?}\naliases: {}\nambiguous: {}\ncues: {}\ndemonyms: {}\n---\nوصف.\n",
                yaml_list(aliases),
                yaml_list(ambiguous),
                yaml_list(cues),
                yaml_list(demonyms),
            );
            parse_entity(Path::new(&format!("content/entities/{id}.md")), text)
                .unwrap_or_else(|e| panic!("fixture entity {id}: {e:?}"))
        })
        .collect()
}

pub fn matcher(entities: &[Entity]) -> Matcher {
    Matcher::build(entities).unwrap_or_else(|e| panic!("fixture registry: {e:?}"))
}

/// One tag of an HTML document.
#[derive(Debug)]
pub struct Tag {
    pub name: String,
    pub closing: bool,
    pub attrs: Vec<(String, String)>,
    pub offset: usize,
}

/// Splits `html` into tags (comments skipped). `Err` when a `<` starts no tag and `strict`
/// (in escaped output every literal `<` must be `&lt;`).
pub fn tags(html: &str, strict: bool) -> Result<Vec<Tag>, String> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(rel) = html[i..].find('<') {
        let start = i + rel;
        i = start + 1;
        if html[i..].starts_with("!--") {
            i = html[i..].find("-->").map_or(b.len(), |e| i + e + 3);
            continue;
        }
        let closing = b.get(i) == Some(&b'/');
        if closing {
            i += 1;
        }
        if !b.get(i).is_some_and(u8::is_ascii_alphabetic) {
            if strict && !(html[start..].starts_with("<!DOCTYPE")) {
                return Err(format!("a bare `<` at byte {start}"));
            }
            continue;
        }
        let name_end = html[i..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == ':'))
            .map_or(b.len(), |e| i + e);
        let name = html[i..name_end].to_ascii_lowercase();
        i = name_end;
        let mut attrs = Vec::new();
        loop {
            while b
                .get(i)
                .is_some_and(|c| c.is_ascii_whitespace() || *c == b'/')
            {
                i += 1;
            }
            match b.get(i) {
                None => return Err(format!("unclosed tag <{name}> at byte {start}")),
                Some(b'>') => {
                    i += 1;
                    break;
                }
                _ => {}
            }
            let attr_end = html[i..]
                .find(|c: char| c.is_ascii_whitespace() || matches!(c, '=' | '>' | '/'))
                .map_or(b.len(), |e| i + e);
            let attr = html[i..attr_end].to_ascii_lowercase();
            i = attr_end;
            let mut value = String::new();
            if b.get(i) == Some(&b'=') {
                i += 1;
                match b.get(i) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let end = html[i + 1..]
                            .find(q as char)
                            .map(|e| i + 1 + e)
                            .ok_or_else(|| format!("unclosed attribute in <{name}>"))?;
                        value = html[i + 1..end].to_string();
                        i = end + 1;
                    }
                    _ => {
                        let end = html[i..]
                            .find(|c: char| c.is_ascii_whitespace() || c == '>')
                            .map_or(b.len(), |e| i + e);
                        value = html[i..end].to_string();
                        i = end;
                    }
                }
            }
            if attr.is_empty() {
                i += 1;
            } else {
                attrs.push((attr, value));
            }
        }
        out.push(Tag {
            name,
            closing,
            attrs,
            offset: start,
        });
    }
    Ok(out)
}

/// Never an `<a>` inside an `<a>`, inside `<code>`/`<pre>`, or inside an attribute value.
pub fn check_links(html: &str, strict: bool) -> Result<(), String> {
    let mut a = 0u32;
    let mut code = 0u32;
    for tag in tags(html, strict)? {
        for (attr, value) in &tag.attrs {
            if value.contains("<a") {
                return Err(format!(
                    "`<a` in the value of {attr} at byte {}",
                    tag.offset
                ));
            }
        }
        match (tag.name.as_str(), tag.closing) {
            ("a", false) => {
                if a > 0 {
                    return Err(format!("a link inside a link at byte {}", tag.offset));
                }
                if code > 0 {
                    return Err(format!("a link inside code at byte {}", tag.offset));
                }
                a += 1;
            }
            ("a", true) => a = a.saturating_sub(1),
            ("code" | "pre", false) => code += 1,
            ("code" | "pre", true) => code = code.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// `html` without `<a …>`, `</a>`, `<bdi>` and `</bdi>` tags: what a reader sees, links aside.
pub fn strip_links(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    loop {
        let next = ["<a ", "</a>", "<bdi>", "</bdi>"]
            .iter()
            .filter_map(|t| rest.find(t))
            .min();
        let Some(i) = next else { break };
        out.push_str(&rest[..i]);
        let end = rest[i..].find('>').map_or(rest.len(), |e| i + e + 1);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}
