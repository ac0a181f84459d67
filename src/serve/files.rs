//! Which file a request may get. Only files inside the built output are served: traversal
//! (`..`, encoded `%2e%2e`, encoded separators), absolute-path tricks and symlinks pointing out
//! of the output are refused before the file system is touched for reading.

use std::path::{Path, PathBuf};

use percent_encoding::percent_decode_str;

/// The answer to a request path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// Serve this file.
    File(PathBuf),
    /// A folder asked without its trailing slash: redirect so relative URLs keep working.
    Redirect(String),
    /// Outside the base path (`/` when the site lives under `/my-site/`): redirect to the
    /// same page under the base path if there is one; `/` itself to the base path.
    OutsideBase(String),
    /// Nothing there: serve `404.html` with status 404.
    NotFound,
    /// A malformed or hostile path: status 400.
    BadRequest,
}

/// Resolves the raw (still percent-encoded) request path against the output folder.
pub fn resolve(output: &Path, base_path: &str, raw_path: &str) -> Resolution {
    resolve_from(output, base_path, raw_path, true)
}

/// [`resolve`]; `look_under_base`: for a path outside the base path, whether to look for the
/// same path under it (once: the second look never recurses).
fn resolve_from(
    output: &Path,
    base_path: &str,
    raw_path: &str,
    look_under_base: bool,
) -> Resolution {
    let lower = raw_path.to_ascii_lowercase();
    if ["%2f", "%5c", "%00", "%2e%2e"]
        .iter()
        .any(|bad| lower.contains(bad))
    {
        return Resolution::BadRequest;
    }
    let Ok(decoded) = percent_decode_str(raw_path).decode_utf8() else {
        return Resolution::BadRequest;
    };
    if decoded.contains(['\\', '\0']) || decoded.split('/').any(|seg| seg == ".." || seg == ".") {
        return Resolution::BadRequest;
    }
    let Some(rel) = decoded
        .strip_prefix(base_path)
        .or_else(|| (decoded.as_ref() == base_path.trim_end_matches('/')).then_some(""))
    else {
        return outside_base(output, base_path, raw_path, look_under_base);
    };
    if decoded.as_ref() == base_path.trim_end_matches('/') && base_path != "/" {
        return Resolution::Redirect(base_path.to_string());
    }
    if rel.starts_with('/') {
        return Resolution::BadRequest;
    }
    let candidate = output.join(rel);
    let file = if rel.is_empty() || rel.ends_with('/') {
        candidate.join("index.html")
    } else if candidate.is_dir() {
        return Resolution::Redirect(format!("{raw_path}/"));
    } else {
        candidate
    };
    match inside(output, &file) {
        Some(path) if path.is_file() => Resolution::File(path),
        _ => Resolution::NotFound,
    }
}

/// Where to send a request outside the base path: the same path under it when that exists
/// (someone typed the published path without the base), the base path for `/`, else
/// nowhere (404). Why not home for everything: a link that forgot the base path would look
/// like it works in preview and break once published.
fn outside_base(output: &Path, base_path: &str, raw_path: &str, look: bool) -> Resolution {
    let under_base = format!("{base_path}{}", raw_path.trim_start_matches('/'));
    match look.then(|| resolve_from(output, base_path, &under_base, false)) {
        Some(Resolution::File(_) | Resolution::Redirect(_)) => Resolution::OutsideBase(under_base),
        _ if raw_path.trim_start_matches('/').is_empty() => {
            Resolution::OutsideBase(base_path.to_string())
        }
        _ => Resolution::NotFound,
    }
}

/// `file` after resolving symlinks, if it is still inside `output`.
fn inside(output: &Path, file: &Path) -> Option<PathBuf> {
    let root = output.canonicalize().ok()?;
    let real = file.canonicalize().ok()?;
    real.starts_with(&root).then_some(real)
}

/// The Content-Type of a file served from the output.
pub fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "xml" => "application/xml; charset=utf-8",
        "json" => "application/json",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_and_refuses() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        std::fs::create_dir_all(out.join("articles/قمة")).unwrap();
        std::fs::write(out.join("index.html"), "home").unwrap();
        std::fs::write(out.join("articles/قمة/index.html"), "a").unwrap();
        std::fs::write(tmp.path().join("secret.txt"), "s").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(tmp.path().join("secret.txt"), out.join("link.txt")).unwrap();
        let file = |p: &str| Resolution::File(out.join(p).canonicalize().unwrap());
        let cases = [
            ("/sub/", file("index.html")),
            ("/sub", Resolution::Redirect("/sub/".into())),
            (
                "/sub/articles/%D9%82%D9%85%D8%A9/",
                file("articles/قمة/index.html"),
            ),
            (
                "/sub/articles/%D9%82%D9%85%D8%A9",
                Resolution::Redirect("/sub/articles/%D9%82%D9%85%D8%A9/".into()),
            ),
            ("/sub/missing/", Resolution::NotFound),
            ("/other/", Resolution::NotFound),
            ("/", Resolution::OutsideBase("/sub/".into())),
            (
                "/articles/%D9%82%D9%85%D8%A9/",
                Resolution::OutsideBase("/sub/articles/%D9%82%D9%85%D8%A9/".into()),
            ),
            ("/secret.txt", Resolution::NotFound),
            ("/sub/../secret.txt", Resolution::BadRequest),
            ("/sub/%2e%2e/secret.txt", Resolution::BadRequest),
            ("/sub/%2E%2E%2Fsecret.txt", Resolution::BadRequest),
            ("/sub/..%2fsecret.txt", Resolution::BadRequest),
            ("/sub/a%5c..%5csecret.txt", Resolution::BadRequest),
            ("/sub/%00", Resolution::BadRequest),
            ("/sub/./index.html", Resolution::BadRequest),
            ("/sub/%ff", Resolution::BadRequest),
            ("/sub/link.txt", Resolution::NotFound),
            ("/sub//etc/passwd", Resolution::BadRequest),
        ];
        for (path, want) in cases {
            assert_eq!(resolve(&out, "/sub/", path), want, "{path}");
        }
        assert_eq!(resolve(&out, "/", "/"), file("index.html"));
    }
}
