//! HTML escaping, for text and attribute values alike.
//!
//! One function, from `pulldown-cmark-escape` (the escaper the Markdown renderer already uses),
//! so text Sahifa writes itself (bidi-wrapped names, chart labels, the preview's error page) is
//! escaped exactly like the Markdown body. It escapes `& < > " '`, so the result is safe inside
//! a double- or single-quoted attribute too. XML feeds use their own escaper
//! (`render::feeds::esc`): XML 1.0 also forbids most control characters, which HTML tolerates.

/// Appends `text` to `out`, HTML-escaped (`&amp; &lt; &gt; &quot; &#39;`).
pub fn escape_html(text: &str, out: &mut String) {
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(out, text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_both_quotes() {
        let mut out = String::new();
        escape_html(r#"<b>"بوتين" & 'موسكو'</b>"#, &mut out);
        assert_eq!(
            out,
            "&lt;b&gt;&quot;بوتين&quot; &amp; &#39;موسكو&#39;&lt;/b&gt;"
        );
    }
}
