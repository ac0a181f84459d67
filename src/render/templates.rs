//! Loading the theme's Tera templates, with the site's own `templates/` overriding them.
//!
//! The default theme is compiled into the binary, so `sahifa init` sites build with no theme
//! folder; a `themes/<name>/` folder on disk wins over the built-in copy of the same name.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};
use tera::{ErrorKind, Kwargs, State, Tera};
use walkdir::WalkDir;

use super::urls::encode_path;
use crate::error::{Diagnostic, Error, Result};

/// The default theme, embedded at compile time.
pub static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");
pub const DEFAULT_THEME_NAME: &str = "default";

/// Compiled templates plus where each came from (for messages that name a real file).
pub struct Templates {
    pub tera: Tera,
    origins: HashMap<String, PathBuf>,
}

/// A static file to copy into the output.
pub struct StaticFile {
    pub rel: String,
    pub bytes: Vec<u8>,
    /// Where it comes from, for messages (`static/style.css`, or the built-in theme's copy).
    pub source: PathBuf,
}

impl Templates {
    /// Loads the theme `theme` and the site's overrides, and registers Sahifa's functions.
    ///
    /// `base_path` is what `url()` puts before every link (`/repo` for a project site).
    /// `at_theme_key` places a message at the `theme:` setting: templates are read before the
    /// configuration is of any other use to them, so they take these two values, not all of it.
    pub fn load(
        root: &Path,
        theme: &str,
        base_path: &str,
        at_theme_key: &dyn Fn(String) -> Diagnostic,
    ) -> Result<Templates> {
        let mut sources: Vec<(String, String, PathBuf)> = Vec::new();
        let theme_dir = root.join("themes").join(theme);
        if theme_dir.join("templates").is_dir() {
            read_dir_templates(root, &theme_dir.join("templates"), &mut sources)?;
        } else if theme == DEFAULT_THEME_NAME {
            embedded_templates(&mut sources);
        } else {
            return Err(Error::Config(
                at_theme_key(format!("the theme `{theme}` does not exist")).with_help(format!(
                    "create themes/{theme}/templates/, or set `theme: default`"
                )),
            ));
        }
        let site_templates = root.join("templates");
        if site_templates.is_dir() {
            let mut overrides = Vec::new();
            read_dir_templates(root, &site_templates, &mut overrides)?;
            for (name, text, origin) in overrides {
                sources.retain(|(n, _, _)| *n != name);
                sources.push((name, text, origin));
            }
        }
        let origins: HashMap<String, PathBuf> = sources
            .iter()
            .map(|(n, _, o)| (n.clone(), o.clone()))
            .collect();
        let mut tera = Tera::default();
        tera.autoescape_on([".html", ".xml"]);
        register_functions(&mut tera, base_path);
        tera.add_raw_templates(sources.iter().map(|(n, t, _)| (n.as_str(), t.as_str())))
            .map_err(|e| {
                let texts: HashMap<&str, &str> = sources
                    .iter()
                    .map(|(n, t, _)| (n.as_str(), t.as_str()))
                    .collect();
                Error::Template(template_diagnostic(&origins, &e, None, Some(&texts)))
            })?;
        Ok(Templates { tera, origins })
    }

    /// Turns a Tera error into a diagnostic naming the template file and line, and the page
    /// being rendered.
    pub fn diagnostic(&self, err: &tera::Error, page: &str) -> Diagnostic {
        template_diagnostic(&self.origins, err, Some(page), None)
    }

    /// Renders the page `page` (its output path) with `template`, within the bounds of
    /// [`RANGE_BUDGET`] and [`MAX_PAGE_BYTES`]: Tera 2 has no iteration or time limit of its
    /// own, and a theme's `{% for i in range(end=100000) %}` nested twice would otherwise run
    /// for hours. The error names the template.
    pub fn render_page(
        &self,
        template: &str,
        context: &tera::Context,
        page: &str,
    ) -> std::result::Result<Vec<u8>, Diagnostic> {
        RANGE_LEFT.with(|left| left.set(RANGE_BUDGET));
        let mut out = CappedPage {
            bytes: Vec::with_capacity(32 * 1024),
            overflowed: false,
        };
        let rendered = self.tera.render_to(template, context, &mut out);
        if out.overflowed {
            let path = self
                .origins
                .get(template)
                .cloned()
                .unwrap_or_else(|| PathBuf::from(template));
            return Err(Diagnostic::new(
                path,
                format!(
                    "template error: the page {page} grew past {} MiB",
                    MAX_PAGE_BYTES >> 20
                ),
            )
            .with_help("a loop in the template writes far too much; make it shorter"));
        }
        rendered.map_err(|e| self.diagnostic(&e, page))?;
        Ok(out.bytes)
    }
}

/// How many numbers all the `range()` calls of one page may produce together. Tera's own
/// `range` stops at 100,000 per call, which does not bound `range` inside `range` (10⁵ × 10⁵
/// iterations); a news page needs a few hundred.
pub const RANGE_BUDGET: usize = 100_000;

/// Largest page a template may write: past this a loop has run away (the 20 MB article of the
/// bad-input catalogue renders to about 25 MB).
pub const MAX_PAGE_BYTES: usize = 64 << 20;

thread_local! {
    /// What is left of [`RANGE_BUDGET`] for the page being rendered on this thread. Tera
    /// renders a page on the calling thread from start to end, and [`Templates::render_page`]
    /// resets it before each page.
    static RANGE_LEFT: std::cell::Cell<usize> = const { std::cell::Cell::new(RANGE_BUDGET) };
}

/// The page being rendered; refuses to grow past [`MAX_PAGE_BYTES`].
struct CappedPage {
    bytes: Vec<u8>,
    overflowed: bool,
}

impl std::io::Write for CappedPage {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.bytes.len() + buf.len() > MAX_PAGE_BYTES {
            self.overflowed = true;
            return Err(std::io::Error::other("the page is too large"));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Tera's `range(end, start=0, step_by=1)`, charged to the page's [`RANGE_BUDGET`].
fn bounded_range(kwargs: Kwargs, _: &State) -> tera::TeraResult<Vec<i64>> {
    let start = kwargs.get::<i64>("start")?.unwrap_or_default();
    let end = kwargs.must_get::<i64>("end")?;
    let step = kwargs.get::<i64>("step_by")?.unwrap_or(1);
    if step == 0 {
        return Err(tera::Error::message("`range` was called with `step_by=0`"));
    }
    let span = if step > 0 {
        i128::from(end) - i128::from(start)
    } else {
        i128::from(start) - i128::from(end)
    };
    let step_size = i128::from(step).abs();
    let len = usize::try_from((span.max(0) + step_size - 1) / step_size).unwrap_or(usize::MAX);
    let left = RANGE_LEFT.with(|left| left.get());
    if len > left {
        return Err(tera::Error::message(format!(
            "`range` would go past {RANGE_BUDGET} numbers in one page (all its `range` calls \
             together); a loop this long would keep the build running for hours"
        )));
    }
    RANGE_LEFT.with(|cell| cell.set(left - len));
    let mut numbers = Vec::with_capacity(len);
    let mut n = start;
    while numbers.len() < len {
        numbers.push(n);
        n = n.saturating_add(step);
    }
    Ok(numbers)
}

/// The theme's static files: from disk when the theme folder exists, else the built-in ones.
pub fn theme_static_files(root: &Path, theme: &str) -> Result<Vec<StaticFile>> {
    let dir = root.join("themes").join(theme).join("static");
    if root.join("themes").join(theme).join("templates").is_dir() {
        return read_static_dir(root, &dir);
    }
    let mut files = Vec::new();
    if let Some(stat) = DEFAULT_THEME.get_dir("static") {
        collect_embedded(stat, &mut files);
    }
    files.sort_by(|a, b| a.rel.cmp(&b.rel));
    Ok(files)
}

/// Every file under `dir`, relative to it. A missing folder has no files. Symbolic links are
/// followed, as under `content/`: a link was skipped without a word, so the published site
/// lacked the file. A link loop, a dangling link and a name that is not UTF-8 (published
/// under a name of U+FFFDs, which no link reaches) are errors, all reported together, at the
/// path relative to `root`.
pub fn read_static_dir(root: &Path, dir: &Path) -> Result<Vec<StaticFile>> {
    let mut files = Vec::new();
    if !dir.is_dir() {
        return Ok(files);
    }
    let shown = |path: &Path| path.strip_prefix(root).unwrap_or(path).to_path_buf();
    let mut errors = Vec::new();
    for entry in WalkDir::new(dir).follow_links(true).sort_by_file_name() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let path = e.path().map_or_else(|| shown(dir), shown);
                errors.push(unreadable_static(path, &e));
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let Some(rel) = rel.to_str() else {
            errors.push(static_name_not_utf8(shown(entry.path())));
            continue;
        };
        let bytes = std::fs::read(entry.path()).map_err(|e| Error::io(entry.path(), e))?;
        files.push(StaticFile {
            rel: rel.replace('\\', "/"),
            bytes,
            source: entry.path().to_path_buf(),
        });
    }
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(Error::Content(errors))
    }
}

/// A static file whose name is not UTF-8: refused by the full build and by `serve`'s
/// rebuilds alike, rather than published under a name of U+FFFDs no link reaches.
pub fn static_name_not_utf8(path: PathBuf) -> Diagnostic {
    Diagnostic::new(path, "the file name is not valid UTF-8")
        .with_help("rename the file (it may be in a legacy encoding)")
}

fn unreadable_static(path: PathBuf, e: &walkdir::Error) -> Diagnostic {
    let what = if e.loop_ancestor().is_some() {
        "a symbolic link loop".to_string()
    } else {
        // Not walkdir's own text, which repeats the absolute path.
        e.io_error()
            .map_or_else(|| e.to_string(), ToString::to_string)
    };
    Diagnostic::new(path, format!("cannot read the static file: {what}"))
        .with_help("remove or fix the link")
}

/// Static files (the theme's or the site's) that would overwrite a file the build generated:
/// `static/index.html` would silently replace the home page, `static/sitemap.xml` the
/// sitemap. Each is an error naming both. `is_generated` answers for an output path; it is
/// asked before any static file is copied, so only generated files count (a site's file may
/// still replace the theme's file of the same name). Paths in messages are relative to `root`.
pub fn static_clashes(
    files: &[StaticFile],
    root: &Path,
    is_generated: &dyn Fn(&str) -> bool,
) -> Vec<Diagnostic> {
    files
        .iter()
        .filter(|file| is_generated(&file.rel))
        .map(|file| {
            let source = file.source.strip_prefix(root).unwrap_or(&file.source);
            Diagnostic::new(
                source,
                format!(
                    "{} would replace the generated file {}",
                    source.display(),
                    file.rel
                ),
            )
            .with_help(format!(
                "rename or remove the static file: Sahifa writes {} itself (change a page \
                 through its template in templates/, see docs/templates.md)",
                file.rel
            ))
        })
        .collect()
}

fn collect_embedded(dir: &Dir<'static>, out: &mut Vec<StaticFile>) {
    for file in dir.files() {
        let rel = file.path().strip_prefix("static").unwrap_or(file.path());
        out.push(StaticFile {
            rel: rel.to_string_lossy().into_owned(),
            bytes: file.contents().to_vec(),
            source: Path::new("(built-in theme)").join(file.path()),
        });
    }
    for sub in dir.dirs() {
        collect_embedded(sub, out);
    }
}

fn embedded_templates(out: &mut Vec<(String, String, PathBuf)>) {
    fn walk(dir: &Dir<'static>, out: &mut Vec<(String, String, PathBuf)>) {
        for file in dir.files() {
            let name = file
                .path()
                .strip_prefix("templates")
                .unwrap_or(file.path())
                .to_string_lossy()
                .into_owned();
            if let Some(text) = file.contents_utf8() {
                out.push((
                    name.clone(),
                    text.to_string(),
                    PathBuf::from(format!("(built-in theme)/templates/{name}")),
                ));
            }
        }
        for sub in dir.dirs() {
            walk(sub, out);
        }
    }
    if let Some(dir) = DEFAULT_THEME.get_dir("templates") {
        walk(dir, out);
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
}

fn read_dir_templates(
    root: &Path,
    dir: &Path,
    out: &mut Vec<(String, String, PathBuf)>,
) -> Result<()> {
    let mut errors = Vec::new();
    for entry in WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::io(dir, e.into()))?;
        let path = entry.path();
        let is_template = path
            .extension()
            .is_some_and(|e| e == "html" || e == "xml" || e == "txt");
        if !entry.file_type().is_file() || !is_template {
            continue;
        }
        let name = path
            .strip_prefix(dir)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        let rel = path.strip_prefix(root).unwrap_or(path).to_path_buf();
        match crate::text::read_utf8(root, &rel, "template") {
            Ok(text) => out.push((name, text, rel)),
            Err(diagnostic) => errors.push(diagnostic),
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Error::Content(errors))
    }
}

/// `url(path="style.css")` → `/repo/style.css`: the one way templates build links, so a theme
/// works at the domain root and under a sub-path alike.
impl Templates {
    /// Sets the `digits` filter to the site's `numerals` (it is Latin until then).
    pub fn register_digits(&mut self, numerals: crate::config::Numerals) {
        register_digits(&mut self.tera, numerals);
    }
}

/// The `digits` filter: a number or text with its digits in the site's `numerals`, so counts
/// and page numbers printed by templates match the dates (one digit style a page).
fn register_digits(tera: &mut Tera, numerals: crate::config::Numerals) {
    tera.register_filter(
        "digits",
        move |value: tera::Value, _: Kwargs, _: &State| -> String {
            super::dates::digits(&value.to_string(), numerals)
        },
    );
}

/// Sahifa's functions and filters; they must exist before templates are added, which checks
/// every name a template uses.
fn register_functions(tera: &mut Tera, base_path: &str) {
    register_digits(tera, crate::config::Numerals::Latin);
    tera.register_function("range", bounded_range);
    let base = base_path.to_string();
    tera.register_function(
        "url",
        move |kwargs: Kwargs, _: &State| -> tera::TeraResult<String> {
            let path: String = kwargs.must_get("path")?;
            Ok(format!(
                "{base}{}",
                encode_path(path.trim_start_matches('/'))
            ))
        },
    );
}

fn template_diagnostic(
    origins: &HashMap<String, PathBuf>,
    err: &tera::Error,
    page: Option<&str>,
    texts: Option<&HashMap<&str, &str>>,
) -> Diagnostic {
    let (name, location, message, help) = match err.kind() {
        ErrorKind::SyntaxError(r) | ErrorKind::RenderingError(r) => (
            r.filename().to_string(),
            Some((r.span().start_line, r.span().start_col + 1)),
            r.message().to_string(),
            None,
        ),
        ErrorKind::CircularInclude { include_chain, .. } => {
            let (name, location) = closing_include(include_chain, texts);
            let chain = include_chain.join(" → ");
            (
                name,
                location,
                format!("templates include each other in a loop: {chain}"),
                Some("remove one of these includes"),
            )
        }
        ErrorKind::Msg(report) => parse_report(report),
        other => (String::new(), None, other.to_string(), None),
    };
    let path = origins
        .get(&name)
        .cloned()
        .unwrap_or_else(|| PathBuf::from(if name.is_empty() { "templates" } else { &name }));
    let mut d = Diagnostic::new(path, format!("template error: {message}"));
    if let Some((l, c)) = location {
        d = d.at(l, c);
    }
    let help = match (help, page) {
        (Some(h), _) => h.to_string(),
        (None, Some(p)) => format!(
            "while rendering {p}; fix the template or the variable it uses (see the theme's variables in docs/templates.md)"
        ),
        (None, None) => {
            "fix the template; see docs/templates.md for the syntax and variables".to_string()
        }
    };
    d.with_help(help)
}

/// Tera reports some load errors as a ready-made text ("error: Unknown template `x`\n --> a.html:3:12 …");
/// this takes the message and the location back out of it.
fn parse_report(report: &str) -> (String, Option<(usize, usize)>, String, Option<&'static str>) {
    let message = report
        .lines()
        .next()
        .unwrap_or(report)
        .trim()
        .trim_start_matches("error:")
        .trim()
        .to_string();
    let location = report
        .lines()
        .find_map(|l| l.trim().strip_prefix("--> "))
        .and_then(|at| {
            let mut parts = at.rsplitn(3, ':');
            let col: usize = parts.next()?.trim().parse().ok()?;
            let line: usize = parts.next()?.trim().parse().ok()?;
            Some((parts.next()?.to_string(), line, col))
        });
    let help = message
        .starts_with("Unknown template")
        .then_some("create that template, or correct the name in the include");
    match location {
        Some((name, line, col)) => (name, Some((line, col)), message, help),
        None => (String::new(), None, message, help),
    }
}

/// The template whose include closes a cycle, and where that include is.
fn closing_include(
    chain: &[String],
    texts: Option<&HashMap<&str, &str>>,
) -> (String, Option<(usize, usize)>) {
    let n = chain.len();
    if n < 2 {
        return (chain.first().cloned().unwrap_or_default(), None);
    }
    let (from, to) = (&chain[n - 2], &chain[n - 1]);
    let location = texts.and_then(|t| t.get(from.as_str())).and_then(|text| {
        let at = text.find(&format!("\"{to}\""))?;
        let start = text[..at].rfind("{%").unwrap_or(at);
        Some(crate::text::line_col(text, start))
    });
    (from.clone(), location)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_template(text: &str) -> Templates {
        let root = Path::new("/nonexistent-sahifa-site");
        let mut templates = Templates::load(root, DEFAULT_THEME_NAME, "/", &|m| {
            Diagnostic::new("config.yaml", m)
        })
        .unwrap();
        templates.tera.add_raw_template("t.html", text).unwrap();
        templates
    }

    fn render(templates: &Templates) -> std::result::Result<String, Diagnostic> {
        templates
            .render_page("t.html", &tera::Context::new(), "articles/x/index.html")
            .map(|bytes| String::from_utf8(bytes).unwrap())
    }

    #[test]
    fn range_works_as_in_tera() {
        let t = with_template(
            "{% for i in range(end=3) %}{{ i }}{% endfor %}|\
             {% for i in range(start=5, end=0, step_by=-2) %}{{ i }}{% endfor %}|\
             {% for i in range(start=2, end=9, step_by=3) %}{{ i }}{% endfor %}",
        );
        assert_eq!(render(&t).unwrap(), "012|531|258");
    }

    #[test]
    fn range_inside_range_stops_with_the_template_named() {
        let t = with_template(
            "{% for i in range(end=100000) %}{% for j in range(end=100000) %}{% endfor %}{% endfor %}",
        );
        let started = std::time::Instant::now();
        let err = render(&t).unwrap_err();
        assert!(started.elapsed().as_secs() < 10);
        assert!(err.message.contains("would go past 100000"), "{err}");
        assert_eq!(err.path, Path::new("t.html"));
    }

    #[test]
    fn the_range_budget_is_per_page() {
        let t = with_template("{% for i in range(end=60000) %}{% endfor %}نعم");
        assert_eq!(render(&t).unwrap(), "نعم");
        assert_eq!(
            render(&t).unwrap(),
            "نعم",
            "the second page has its own budget"
        );
    }

    #[test]
    fn a_page_past_the_size_cap_is_an_error() {
        let t = with_template(
            "{% set s = \"نص عربي طويل يتكرر في الصفحة بلا نهاية تقريبا \" %}\
             {% for i in range(end=100000) %}{% for j in [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20] %}{{ s }}{% endfor %}{% endfor %}",
        );
        let err = render(&t).unwrap_err();
        assert!(err.message.contains("grew past 64 MiB"), "{err}");
        assert!(err.message.contains("articles/x/index.html"), "{err}");
    }
}
