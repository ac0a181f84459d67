//! Errors the library returns. They are typed here and printed at the edge (the CLI), so a
//! caller can tell a content problem (exit 1) from a usage or configuration problem (exit 2).

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem in one input file, located as precisely as we can, with advice.
///
/// Line and column are 1-based and count Unicode scalar values, which is what an editor shows
/// for Arabic text (byte columns would be twice as large and useless to a writer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.into(),
            line: None,
            column: None,
            message: message.into(),
            help: None,
        }
    }

    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_as(f, "error")
    }
}

impl Diagnostic {
    /// The diagnostic printed as a warning (`file:line:col: warning: …`): what a build
    /// reports and goes on, in `build` and `serve` alike.
    pub fn as_warning(&self) -> impl fmt::Display + '_ {
        struct Warning<'a>(&'a Diagnostic);
        impl fmt::Display for Warning<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.write_as(f, "warning")
            }
        }
        Warning(self)
    }

    /// Prints each of `warnings` to standard error as [`Diagnostic::as_warning`] shows it:
    /// the one way `build`, `import` and `serve` report what they went on past.
    pub fn eprint_warnings(warnings: &[Diagnostic]) {
        for w in warnings {
            eprint_line(w.as_warning());
        }
    }

    fn write_as(&self, f: &mut fmt::Formatter<'_>, label: &str) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, ":{l}:{c}")?,
            (Some(l), None) => write!(f, ":{l}")?,
            _ => {}
        }
        write!(f, ": {label}: {}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// Everything that can stop a build.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The site's content has problems; all of them are listed, not only the first.
    #[error("{}", format_diagnostics(.0))]
    Content(Vec<Diagnostic>),

    /// The configuration file is missing or wrong.
    #[error("{0}")]
    Config(Diagnostic),

    /// The configuration file parsed but some values are wrong; all of them are listed, so a
    /// user fixes `cname` and `direction` in one go rather than one build at a time.
    #[error("{}", format_diagnostics(.0))]
    ConfigValues(Vec<Diagnostic>),

    /// A template failed to parse or to render.
    #[error("{0}")]
    Template(Diagnostic),

    /// A bug: Sahifa, or a crate it calls, panicked. Caught only where a long-running command
    /// must outlive it (`serve`'s rebuilds).
    #[error(
        "internal error (a bug in Sahifa) while {during}: {message}\n  help: the files served are the last good build; the next change rebuilds everything. Please report this with the change that caused it."
    )]
    Internal { during: String, message: String },

    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// Exit code the CLI uses: 1 for content and template problems, 2 for usage/config/IO.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Content(_) | Error::Template(_) => 1,
            Error::Config(_)
            | Error::ConfigValues(_)
            | Error::Io { .. }
            | Error::Internal { .. } => 2,
        }
    }

    /// All diagnostics carried by this error (empty for plain IO errors).
    pub fn diagnostics(&self) -> Vec<&Diagnostic> {
        match self {
            Error::Content(list) | Error::ConfigValues(list) => list.iter().collect(),
            Error::Config(d) | Error::Template(d) => vec![d],
            Error::Io { .. } | Error::Internal { .. } => Vec::new(),
        }
    }
}

fn format_diagnostics(list: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in list {
        out.push_str(&d.to_string());
        out.push('\n');
    }
    let n = list.len();
    out.push_str(&format!(
        "{n} problem{} found",
        if n == 1 { "" } else { "s" }
    ));
    out
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Writes one line to standard error, ignoring a closed stream: `eprintln!` panics when the
/// reader has gone (`sahifa build 2>&1 | head -1`), which turned a clean error into exit 101.
pub fn eprint_line(line: impl fmt::Display) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}
