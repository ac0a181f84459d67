//! A small HTML tag scanner for tests: the tags of a page or fragment with their attributes
//! as written, strict enough to fail on what escaped output never holds (a bare `<`, an
//! unclosed tag or attribute). One copy for every test that looks at tags.

/// One start or end tag.
#[derive(Debug)]
pub struct Tag {
    /// Lower-cased.
    pub name: String,
    pub closing: bool,
    /// Names lower-cased; values as written (character references not decoded), whatever the
    /// quotes.
    pub attrs: Vec<(String, String)>,
    /// For `<script>` and `<style>`: the raw text up to the closing tag.
    pub raw_text: Option<String>,
    /// Byte offset of the `<`.
    pub offset: usize,
}

/// The tags of `html`; comments and `<!…>` declarations (the doctype) skipped. `Err` on a bare
/// `<`, or an unclosed tag or attribute.
pub fn tags(html: &str) -> Result<Vec<Tag>, String> {
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
        if html[i..].starts_with('!') {
            i = html[i..].find('>').map_or(b.len(), |e| i + e + 1);
            continue;
        }
        let closing = b.get(i) == Some(&b'/');
        if closing {
            i += 1;
        }
        if !b.get(i).is_some_and(u8::is_ascii_alphabetic) {
            return Err(format!("a bare `<` at byte {start}"));
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
                if let Some(&quote @ (b'"' | b'\'')) = b.get(i) {
                    let end = html[i + 1..]
                        .find(quote as char)
                        .map(|e| i + 1 + e)
                        .ok_or_else(|| format!("unclosed attribute in <{name}>"))?;
                    value = html[i + 1..end].to_string();
                    i = end + 1;
                } else {
                    let end = html[i..]
                        .find(|c: char| c.is_ascii_whitespace() || c == '>')
                        .map_or(b.len(), |e| i + e);
                    value = html[i..end].to_string();
                    i = end;
                }
            }
            if attr.is_empty() {
                i += 1;
            } else {
                attrs.push((attr, value));
            }
        }
        let mut raw_text = None;
        if !closing && matches!(name.as_str(), "script" | "style") {
            let close = format!("</{name}");
            let end = html[i..]
                .to_ascii_lowercase()
                .find(&close)
                .map_or(b.len(), |e| i + e);
            raw_text = Some(html[i..end].to_string());
            i = end;
        }
        out.push(Tag {
            name,
            closing,
            attrs,
            raw_text,
            offset: start,
        });
    }
    Ok(out)
}
