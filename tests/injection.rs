//! Injection catalogue: a fixture site whose titles, summaries, sources, author, slugs, entity
//! names, aliases and descriptions and bodies carry hostile payloads, built end to end; every
//! output file is then checked. HTML: no `<script>` but Sahifa's own, no `on…=` attribute, no
//! `javascript:` URL, no injected `<img>`, JSON-LD that parses and has no `<`. XML (feeds,
//! sitemap): well-formed, and the hostile title comes back exactly. Raw HTML in a body is
//! escaped unless `unsafe_html: true`.

use crate::common;

use std::path::{Path, PathBuf};

use roxmltree::Document;
use serde_json::Value;

use common::html::Tag;
use common::{read, site, tree};
use sahifa::{BuildOptions, build};

const XSS: &str = "<script>alert(1)</script>";
const BREAKOUT: &str = "\"><img src=x onerror=alert(1)>";
const SITE_TITLE: &str = "صحيفة <script>alert(1)</script> & \"q\"";
const TITLE: &str =
    "</script><!--<script>alert(1)</script> ]]> & \"q\" 'a' \"><img src=x onerror=alert(1)> بوتين";
const SUMMARY: &str = "]]> <script>alert(1)</script> & \"><img src=x onerror=alert(1)> &amp; 'x'";
const ENTITY_NAME: &str = "شركة <script>alert(1)</script> الخبيثة";
const ENTITY_EN: &str = "</script><!-- Evil & \"Co\"";
/// Slugs that `validate_slug` allows although they look like URL syntax.
const ODD_SLUG: &str = "javascript:alert(1)";
const ODD_ID: &str = "evil&co=1;x";

/// A YAML double-quoted scalar (Rust's escapes for `"` and `\` are YAML's too).
fn q(s: &str) -> String {
    format!("{s:?}")
}

const BASE: &str = "https://example.github.io/sub/";

fn config(unsafe_html: bool, search: bool) -> String {
    format!(
        "title: {}\ndescription: {}\nbase_url: \"{BASE}\"\nunsafe_html: {unsafe_html}\nsearch: {search}\nlinking:\n  policy: all\n",
        q(SITE_TITLE),
        q(BREAKOUT),
    )
}

/// The hostile article's body: raw HTML, an attribute breakout, comment and CDATA openers,
/// `&` and quotes, and names to link.
const BODY: &str = "قال فلاديمير بوتين إن <script>alert(1)</script> لن يمر.\n\n\
\"><img src=x onerror=alert(1)> و <!--\n\n\
تحدثت الشركة الخبيثة عن AT&T و\"الأسعار\" و'الأرباح' و]]> و&amp; و&lt;b&gt;\n\n\
<div onclick=\"alert(1)\">بوتين</div>\n\n\
[رابط عادي](https://example.org/?a=1&b=\"2\" \"عنوان \\\" <script>\")\n\n\
![بوتين](x.png \"\\\"><img src=x onerror=alert(1)>\")\n\n\
`<script>alert(1)</script>`\n\n\
```\n</code><script>alert(1)</script>\n```\n";

fn files(unsafe_html: bool, search: bool, extra: &[(&str, String)]) -> Vec<(String, String)> {
    let mut files = vec![
        ("config.yaml".to_string(), config(unsafe_html, search)),
        (
            "content/articles/hostile.md".to_string(),
            format!(
                "---\ntitle: {}\ndate: 2024-12-01T10:00:00+03:00\nsummary: {}\nsource: {}\nsource_url: \"javascript:alert(1)\"\nauthor: {}\ntags: [{}]\n---\n{BODY}",
                q(TITLE),
                q(SUMMARY),
                q(BREAKOUT),
                q(XSS),
                q(XSS),
            ),
        ),
        (
            "content/articles/odd-slug.md".to_string(),
            format!(
                "---\ntitle: \"<!-- ]]> بوتين\"\ndate: 2024-11-30\nslug: {}\n---\nبوتين والشركة الخبيثة.\n",
                q(ODD_SLUG)
            ),
        ),
        (
            "content/entities/putin.md".to_string(),
            "---\ntype: person\nname: فلاديمير بوتين\naliases: [بوتين]\nwikidata: Q7747\n---\nرئيس روسيا.\n"
                .to_string(),
        ),
        (
            "content/entities/evil.md".to_string(),
            format!(
                "---\nid: {}\ntype: organization\nname: {}\nname_en: {}\nwikidata: {}\naliases: [{}, \"الشركة الخبيثة\"]\n---\n{XSS} {BREAKOUT} & \"وصف\" <!-- ]]>\n\nسطر ثان.\n",
                q(ODD_ID),
                q(ENTITY_NAME),
                q(ENTITY_EN),
                q("Q1\" onerror=\"alert(1)"),
                q(BREAKOUT),
            ),
        ),
    ];
    files.extend(extra.iter().map(|(p, t)| (p.to_string(), t.clone())));
    files
}

/// Builds the fixture; returns the temporary folder and the output folder.
fn build_site(
    unsafe_html: bool,
    search: bool,
    extra: &[(&str, String)],
) -> (tempfile::TempDir, PathBuf) {
    let files = files(unsafe_html, search, extra);
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    let dir = site(&refs);
    let report = build(&BuildOptions {
        root: dir.path().to_path_buf(),
        ..Default::default()
    })
    .unwrap_or_else(|e| panic!("the hostile site must build: {e}"));
    let out = dir.path().join("public");
    let extra_articles = extra
        .iter()
        .filter(|(p, _)| p.starts_with("content/articles/"))
        .count();
    assert_eq!(report.articles, 2 + extra_articles);
    (dir, out)
}

// ---------------------------------------------------------------------------------------------
// A small HTML tag scanner.

/// The tags of `html` (see [`common::html::tags`]), attribute values decoded as a browser
/// reads them.
fn tags(html: &str) -> Vec<Tag> {
    let mut tags = common::html::tags(html).unwrap_or_else(|e| panic!("{e}"));
    for tag in &mut tags {
        for (_, value) in &mut tag.attrs {
            *value = decode(value);
        }
    }
    tags
}

/// Decodes the character references an escaper writes.
fn decode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(semi) = rest.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..semi];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text of `html` with its tags removed and references decoded.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        rest = &rest[rest[i..].find('>').map_or(rest.len(), |e| i + e + 1)..];
    }
    out.push_str(rest);
    decode(&out)
}

fn is_script_url(value: &str) -> bool {
    let v: String = value
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    ["javascript:", "vbscript:", "data:text/html"]
        .iter()
        .any(|s| v.starts_with(s))
}

const URL_ATTRS: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "data",
];

/// Problems in one HTML file: scripts that are not Sahifa's own, event-handler attributes,
/// script URLs, the injected `<img>`, JSON-LD that does not parse or carries `<`.
fn html_problems(path: &Path, html: &str, base_path: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut json_ld = 0;
    for tag in tags(html).iter().filter(|t| !t.closing) {
        for (attr, value) in &tag.attrs {
            if attr.starts_with("on") {
                problems.push(format!("<{} {attr}=\"{value}\">", tag.name));
            }
            if URL_ATTRS.contains(&attr.as_str()) && is_script_url(value) {
                problems.push(format!("<{} {attr}=\"{value}\">", tag.name));
            }
        }
        if tag.name == "img" && tag.attrs.iter().any(|(a, v)| a == "src" && v == "x") {
            problems.push("the injected <img src=x>".into());
        }
        if tag.name == "script" {
            let body = tag.raw_text.as_deref().unwrap_or("");
            let attrs: Vec<(&str, &str)> = tag
                .attrs
                .iter()
                .map(|(a, v)| (a.as_str(), v.as_str()))
                .collect();
            let pagefind = format!("{base_path}pagefind/pagefind-ui.js");
            match attrs.as_slice() {
                [("type", "application/ld+json")] => {
                    json_ld += 1;
                    if body.contains('<') {
                        problems.push(format!("`<` in JSON-LD: {body}"));
                    }
                    if let Err(e) = serde_json::from_str::<Value>(body) {
                        problems.push(format!("JSON-LD does not parse: {e}: {body}"));
                    }
                }
                [("src", src)] if *src == pagefind && body.trim().is_empty() => {}
                [] if path.ends_with("search/index.html")
                    && body.contains("new PagefindUI(")
                    && !body.contains("alert") => {}
                _ => problems.push(format!("a script that is not Sahifa's: {attrs:?} {body}")),
            }
        }
    }
    if json_ld > 1 {
        problems.push(format!("{json_ld} JSON-LD blocks"));
    }
    for payload in [XSS, BREAKOUT, "<!--<script>", "</script><!--"] {
        if html.contains(payload) {
            problems.push(format!("the payload {payload:?} unescaped"));
        }
    }
    problems
}

fn json_ld(html: &str) -> Value {
    let tag = tags(html)
        .into_iter()
        .find(|t| {
            t.name == "script"
                && t.attrs
                    .iter()
                    .any(|(a, v)| a == "type" && v == "application/ld+json")
        })
        .expect("a JSON-LD block");
    serde_json::from_str(tag.raw_text.as_deref().unwrap()).unwrap()
}

/// Checks every file under `out`; returns the problems found, by file.
fn site_problems(out: &Path, skip_payload_checks_in_bodies: bool) -> Vec<String> {
    let mut problems = Vec::new();
    let files = tree(out);
    assert!(files.len() > 10, "{} files", files.len());
    for (path, bytes) in &files {
        let name = path.to_string_lossy();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        match ext {
            "html" => {
                let html = std::str::from_utf8(bytes).expect("UTF-8 HTML");
                if skip_payload_checks_in_bodies {
                    continue;
                }
                problems.extend(
                    html_problems(path, html, "/sub/")
                        .into_iter()
                        .map(|p| format!("{name}: {p}")),
                );
            }
            "xml" => {
                let xml = std::str::from_utf8(bytes).expect("UTF-8 XML");
                match Document::parse(xml) {
                    Ok(doc) => {
                        if doc.descendants().any(|n| n.has_tag_name("script")) {
                            problems.push(format!("{name}: a <script> element"));
                        }
                    }
                    Err(e) => problems.push(format!("{name}: not well-formed: {e}")),
                }
                if xml.contains("]]>") || xml.contains(XSS) {
                    problems.push(format!("{name}: a payload unescaped"));
                }
            }
            "json" => {
                if let Err(e) = serde_json::from_slice::<Value>(bytes) {
                    problems.push(format!("{name}: JSON does not parse: {e}"));
                }
            }
            _ => {}
        }
    }
    problems
}

// ---------------------------------------------------------------------------------------------
// The catalogue.

#[test]
fn hostile_site_is_escaped_everywhere() {
    let (_dir, out) = build_site(false, true, &[]);
    let problems = site_problems(&out, false);
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // The article page: every place the title is shown gives it back as text.
    let page = read(&out, "articles/hostile/index.html");
    let title = page
        .split("<title>")
        .nth(1)
        .and_then(|t| t.split("</title>").next())
        .unwrap();
    assert_eq!(decode(title), format!("{TITLE} | {SITE_TITLE}"));
    let h1 = page
        .split("id=\"article-title\"")
        .nth(1)
        .and_then(|t| t.split_once('>'))
        .and_then(|(_, t)| t.split("</h1>").next())
        .unwrap();
    assert_eq!(text_of(h1), TITLE);
    let og_title = tags(&page)
        .into_iter()
        .find(|t| {
            t.name == "meta"
                && t.attrs
                    .iter()
                    .any(|(a, v)| a == "property" && v == "og:title")
        })
        .unwrap();
    assert!(og_title.attrs.contains(&("content".into(), TITLE.into())));
    assert_eq!(standfirst(&page), SUMMARY);

    // JSON-LD gives back the hostile strings exactly.
    let ld = json_ld(&page);
    assert_eq!(ld["headline"], TITLE);
    assert_eq!(ld["description"], SUMMARY);
    assert_eq!(ld["author"]["name"], XSS);
    let entity_page = std::fs::read_dir(out.join("entities"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().contains("evil"))
        .expect("the evil entity's folder");
    let entity_html = std::fs::read_to_string(entity_page.join("index.html")).unwrap();
    let ld = json_ld(&entity_html);
    assert_eq!(ld["name"], ENTITY_NAME);
    assert!(
        ld["alternateName"]
            .as_array()
            .unwrap()
            .contains(&Value::from(ENTITY_EN))
    );
    assert!(
        ld.get("sameAs").is_none(),
        "an invalid wikidata id is dropped"
    );
    // The template still links the (invalid) Wikidata id, but as an escaped https URL.
    assert!(entity_html.contains("href=\"https://www.wikidata.org/wiki/Q1&quot; onerror="));

    // Feeds round-trip the title and summary exactly.
    let feed = read(&out, "feed.xml");
    let doc = Document::parse(&feed).unwrap();
    let atom = "http://www.w3.org/2005/Atom";
    let texts = |name: &str| -> Vec<String> {
        doc.descendants()
            .filter(|n| n.has_tag_name((atom, name)))
            .filter_map(|n| n.text().map(str::to_string))
            .collect()
    };
    assert!(texts("title").contains(&TITLE.to_string()), "{feed}");
    assert!(texts("title").contains(&SITE_TITLE.to_string()), "{feed}");
    assert!(texts("summary").contains(&SUMMARY.to_string()), "{feed}");
    let entity_feed = std::fs::read_to_string(entity_page.join("feed.xml")).unwrap();
    let doc = Document::parse(&entity_feed).unwrap();
    assert!(
        doc.descendants()
            .filter_map(|n| n.text())
            .any(|t| t.contains(ENTITY_NAME)),
        "{entity_feed}"
    );

    // The odd slug and id are percent-encoded in the sitemap and stay one path segment.
    let sitemap = read(&out, "sitemap.xml");
    let doc = Document::parse(&sitemap).unwrap();
    let locs: Vec<&str> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "loc")
        .filter_map(|n| n.text())
        .collect();
    assert!(locs.iter().all(|l| l.starts_with(BASE) && l.is_ascii()));
    assert!(
        locs.iter()
            .any(|l| l.contains("articles/javascript") && !l.contains('(')),
        "{locs:?}"
    );
    assert!(locs.iter().any(|l| l.contains("entities/evil")), "{locs:?}");
}

/// The decoded text of the article's standfirst (its summary).
fn standfirst(page: &str) -> String {
    let p = page
        .split("<p class=\"standfirst\">")
        .nth(1)
        .and_then(|t| t.split("</p>").next())
        .expect("a standfirst");
    text_of(p)
}

#[test]
fn raw_html_in_a_body_is_escaped_unless_unsafe_html() {
    let (_dir, out) = build_site(false, false, &[]);
    let page = read(&out, "articles/hostile/index.html");
    let body = page
        .split("<div class=\"article-body prose\">")
        .nth(1)
        .and_then(|b| b.split("</article>").next())
        .unwrap();
    let text = text_of(body);
    assert!(
        text.contains("إن <script>alert(1)</script> لن يمر"),
        "{body}"
    );
    assert!(
        text.contains("<div onclick=\"alert(1)\">بوتين</div>"),
        "{body}"
    );
    assert!(text.contains(BREAKOUT), "{body}");
    let problems = html_problems(Path::new("articles/hostile/index.html"), &page, "/sub/");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // Code keeps its text, escaped.
    assert!(page.contains("<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>"));
    assert!(page.contains("&lt;/code&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));

    // The site's own choice: raw HTML passes through as written.
    let (_dir, out) = build_site(true, false, &[]);
    let page = read(&out, "articles/hostile/index.html");
    assert!(page.contains("إن <script>"), "{page}");
    assert!(page.contains("<img src=x onerror=alert(1)>"), "{page}");
    assert!(page.contains("<div onclick=\"alert(1)\">"), "{page}");
    // … but only in bodies: titles, summaries and JSON-LD are escaped all the same.
    assert_eq!(standfirst(&page), SUMMARY);
    assert_eq!(json_ld(&page)["headline"], TITLE);
    for (path, bytes) in tree(&out) {
        if path.extension().is_some_and(|e| e == "xml") {
            let xml = String::from_utf8(bytes).unwrap();
            Document::parse(&xml).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
    }
}

#[test]
fn entity_description_raw_html_is_escaped() {
    let (_dir, out) = build_site(false, false, &[]);
    let entity_dir = std::fs::read_dir(out.join("entities"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().contains("evil"))
        .unwrap();
    let html = std::fs::read_to_string(entity_dir.join("index.html")).unwrap();
    let problems = html_problems(&entity_dir.join("index.html"), &html, "/sub/");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
}

// ---------------------------------------------------------------------------------------------
// Bugs found here, kept as regression tests.

fn script_url_problems(extra_body: &str, description: &str) -> Vec<String> {
    let article = format!("---\ntitle: روابط\ndate: 2024-12-02\n---\n{extra_body}");
    let entity = format!("---\ntype: place\nname: موسكو\n---\n{description}\n");
    let (_dir, out) = build_site(
        false,
        false,
        &[
            ("content/articles/links.md", article),
            ("content/entities/moscow.md", entity),
        ],
    );
    let mut problems = Vec::new();
    for (path, bytes) in tree(&out) {
        if path.extension().is_some_and(|e| e == "html") {
            let html = String::from_utf8(bytes).unwrap();
            for tag in tags(&html) {
                for (attr, value) in &tag.attrs {
                    if URL_ATTRS.contains(&attr.as_str()) && is_script_url(value) {
                        problems.push(format!(
                            "{}: <{} {attr}=\"{value}\">",
                            path.display(),
                            tag.name
                        ));
                    }
                }
            }
        }
    }
    problems
}

/// pulldown-cmark passes link and image destinations through unchanged, so a Markdown link
/// (or autolink, or reference definition) to `javascript:` becomes a clickable script URL —
/// with `unsafe_html: false`, in article bodies and in entity descriptions.
#[test]
fn markdown_script_urls_are_neutralised() {
    let problems = script_url_problems(
        "[انقر](javascript:alert(1)) و<javascript:alert(1)> و[كبير](JaVaScRiPt:alert(1)) \
         و[كيان](jav&#x61;script:alert(1)) و[مسافة](< javascript:alert(1)>) و[مرجع][r] \
         و![صورة](javascript:alert(1)) و[v](vbscript:msgbox(1)) و[d](data:text/html,<script>alert(1)</script>)\n\n\
         [r]: javascript:alert(1)\n",
        "عاصمة روسيا. [انقر](javascript:alert(1))",
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// `ENABLE_HEADING_ATTRIBUTES` lets `## عنوان {onmouseover=alert(1)}` write any attribute,
/// event handlers included, even with `unsafe_html: false`.
#[test]
fn heading_attributes_cannot_add_event_handlers() {
    let (_dir, out) = build_site(
        false,
        false,
        &[(
            "content/articles/heading.md",
            "---\ntitle: عنوان\ndate: 2024-12-03\n---\n## بوتين {onmouseover=alert(1) style=\"position:fixed;inset:0\"}\n\nنص.\n"
                .to_string(),
        )],
    );
    let page = read(&out, "articles/heading/index.html");
    let handlers: Vec<String> = tags(&page)
        .into_iter()
        .flat_map(|t| t.attrs)
        .filter(|(a, _)| a.starts_with("on") || a == "style")
        .map(|(a, v)| format!("{a}={v}"))
        .collect();
    assert!(handlers.is_empty(), "{handlers:?}");
}

/// Image alt text goes through the text-run renderer (which escapes and adds `<bdi>`), and
/// pulldown-cmark escapes it again for the attribute: readers get `&lt;bdi&gt;` and `&amp;amp;`.
#[test]
fn image_alt_text_is_escaped_once() {
    let (_dir, out) = build_site(
        false,
        false,
        &[(
            "content/articles/alt.md",
            "---\ntitle: صورة\ndate: 2024-12-04\n---\n![بوتين & \"AT&T\"](x.png)\n".to_string(),
        )],
    );
    let page = read(&out, "articles/alt/index.html");
    let img = tags(&page)
        .into_iter()
        .find(|t| t.name == "img")
        .expect("the image");
    let alt = img.attrs.iter().find(|(a, _)| a == "alt").unwrap();
    assert_eq!(alt.1, "بوتين & \"AT&T\"", "{page}");
}

/// With `unsafe_html: true`, the content of an inline raw `<script>` is the author's code: not
/// escaped, not wrapped in `<bdi>`, never linked (it used to be all three, breaking the script;
/// fixed in src/analyse/runs.rs).
#[test]
fn unsafe_inline_raw_html_content_is_left_alone() {
    let (_dir, out) = build_site(
        true,
        false,
        &[(
            "content/articles/inline-script.md",
            "---\ntitle: سكربت\ndate: 2024-12-05\n---\nقال <script>var s = \"بوتين\" && go(1);</script> ثم.\n"
                .to_string(),
        )],
    );
    let page = read(&out, "articles/inline-script/index.html");
    assert!(
        page.contains("<script>var s = \"بوتين\" && go(1);</script>"),
        "{page}"
    );
}
