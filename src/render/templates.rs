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
}

impl Templates {
    /// Loads the theme `theme` and the site's overrides, and registers Sahifa's functions.
    pub fn load(root: &Path, config: &crate::Config) -> Result<Templates> {
        let theme = config.theme.as_str();
        let base_path = config.base_path();
        let base_path = base_path.as_str();
        let mut sources: Vec<(String, String, PathBuf)> = Vec::new();
        let theme_dir = root.join("themes").join(theme);
        if theme_dir.join("templates").is_dir() {
            read_dir_templates(root, &theme_dir.join("templates"), &mut sources)?;
        } else if theme == DEFAULT_THEME_NAME {
            embedded_templates(&mut sources);
        } else {
            return Err(Error::Config(
                config
                    .diagnostic_at("theme", format!("the theme `{theme}` does not exist"))
                    .with_help(format!(
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
}

/// The theme's static files: from disk when the theme folder exists, else the built-in ones.
pub fn theme_static_files(root: &Path, theme: &str) -> Result<Vec<StaticFile>> {
    let dir = root.join("themes").join(theme).join("static");
    if root.join("themes").join(theme).join("templates").is_dir() {
        return read_static_dir(&dir);
    }
    let mut files = Vec::new();
    if let Some(stat) = DEFAULT_THEME.get_dir("static") {
        collect_embedded(stat, &mut files);
    }
    files.sort_by(|a, b| a.rel.cmp(&b.rel));
    Ok(files)
}

/// Every file under `dir`, relative to it. A missing folder has no files.
pub fn read_static_dir(dir: &Path) -> Result<Vec<StaticFile>> {
    let mut files = Vec::new();
    if !dir.is_dir() {
        return Ok(files);
    }
    for entry in WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::io(dir, e.into()))?;
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            let bytes = std::fs::read(entry.path()).map_err(|e| Error::io(entry.path(), e))?;
            files.push(StaticFile {
                rel: rel.to_string_lossy().replace('\\', "/"),
                bytes,
            });
        }
    }
    Ok(files)
}

fn collect_embedded(dir: &Dir<'static>, out: &mut Vec<StaticFile>) {
    for file in dir.files() {
        let rel = file.path().strip_prefix("static").unwrap_or(file.path());
        out.push(StaticFile {
            rel: rel.to_string_lossy().into_owned(),
            bytes: file.contents().to_vec(),
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
        match std::fs::read(path).map(String::from_utf8) {
            Ok(Ok(text)) => out.push((name, text, rel)),
            Ok(Err(e)) => {
                let valid = e.utf8_error().valid_up_to();
                let (line, col) = crate::load::frontmatter::line_col(
                    &String::from_utf8_lossy(&e.as_bytes()[..valid]),
                    valid,
                );
                errors.push(
                    Diagnostic::new(rel, "the template is not valid UTF-8 text")
                        .at(line, col)
                        .with_help("save the file as UTF-8 (it may be in Windows-1256 or another legacy encoding)"),
                );
            }
            Err(e) => errors.push(Diagnostic::new(
                rel,
                format!("cannot read the template: {e}"),
            )),
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
fn register_functions(tera: &mut Tera, base_path: &str) {
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
        Some(crate::load::frontmatter::line_col(text, start))
    });
    (from.clone(), location)
}
