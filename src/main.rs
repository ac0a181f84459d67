//! The `sahifa` command line: the arguments it accepts, and the exit code and error message of
//! each run. What each command does and prints is in [`commands`].

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use sahifa::{BuildOptions, Error, eprint_line};

mod commands;

#[derive(Parser)]
#[command(
    name = "sahifa",
    version,
    about = "صحيفة — a static site generator for Arabic news"
)]
struct Cli {
    /// The site's root folder (where config.yaml is).
    #[arg(long, global = true, default_value = ".")]
    root: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into its output folder (public/ by default).
    Build {
        /// Override base_url for this build (e.g. https://user.github.io/repo/).
        #[arg(long)]
        base_url: Option<String>,
        /// Write the site here instead of output_dir.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Include draft articles.
        #[arg(long)]
        drafts: bool,
        /// Print the time of each pipeline stage.
        #[arg(long)]
        timings: bool,
    },
    /// Turn raw scraped article text, or another generator's posts (Hugo, Zola, Jekyll:
    /// Markdown with YAML or TOML front matter), into articles (front matter + Markdown).
    Import {
        /// Text or Markdown files, or folders of them (.md files at any depth).
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Publication date for the imported articles (YYYY-MM-DD or an RFC 3339 date-time);
        /// a post's own date wins.
        #[arg(long)]
        date: Option<String>,
        /// Where to write the articles.
        #[arg(long, default_value = "content/articles")]
        out: PathBuf,
        /// Overwrite existing articles.
        #[arg(long)]
        force: bool,
    },
    /// Render the whole site without writing it and verify every internal link, anchor,
    /// asset, feed and sitemap entry.
    Check {
        /// Check with this base_url instead of the configured one.
        #[arg(long)]
        base_url: Option<String>,
        /// Include draft articles.
        #[arg(long)]
        drafts: bool,
        /// Report a dead link written in an article's or page's body as a warning instead of
        /// failing (what the publishing workflow uses: one mistyped link must not hold back
        /// the news; a link the theme breaks still fails).
        #[arg(long)]
        warn_body_links: bool,
    },
    /// Build, serve the site locally under its base path, and rebuild on every change with
    /// live reload.
    Serve {
        /// Port (default 1111, or the next free one).
        #[arg(long, short)]
        port: Option<u16>,
        /// Address to listen on (default: loopback only).
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the site in a browser.
        #[arg(long)]
        open: bool,
        /// Include draft articles.
        #[arg(long)]
        drafts: bool,
    },
    /// List every mention of every entity: file:line:col, text, entity, and why it matched.
    Mentions {
        /// Print JSON instead of lines.
        #[arg(long)]
        json: bool,
    },
    /// Work with the entity registry (content/entities/).
    Entities {
        #[command(subcommand)]
        action: EntitiesAction,
    },
    /// Create a new site that builds at once, with a .gitignore, a GitHub Pages workflow and a
    /// README that says how to publish it.
    Init {
        /// Folder for the site: a new or empty one, or a fresh clone of a repository (its files
        /// are kept); a relative one is taken inside --root.
        dir: PathBuf,
    },
}

#[derive(Subcommand)]
enum EntitiesAction {
    /// Names that look like entities but are not in the registry, most frequent first, with
    /// example sentences.
    Suggest {
        /// Print JSON instead of lines.
        #[arg(long)]
        json: bool,
        /// Show at most this many names.
        #[arg(long, default_value_t = 30)]
        limit: usize,
    },
    /// Write discovered entities to content/entities/ as ordinary registry files (same id,
    /// so their URLs do not change), for the editor to correct.
    Accept {
        /// Discovered entities, by id or by name as `sahifa entities suggest` lists them.
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        ids: Vec<String>,
        /// Accept every discovered entity.
        #[arg(long)]
        all: bool,
    },
    /// Record discovered entities in content/discovery-rejected.txt so they are never
    /// linked again.
    Reject {
        /// Discovered entities, by id or by name as `sahifa entities suggest` lists them.
        #[arg(required = true)]
        ids: Vec<String>,
    },
}

/// Ctrl-C (or SIGTERM) during a build removes its staging folder before exiting, so an
/// interrupted build leaves nothing behind; the previous output is untouched.
fn remove_staging_on_interrupt() {
    let _ = ctrlc::set_handler(|| {
        sahifa::write::abandon_staging();
        eprint_line("interrupted: nothing was changed");
        std::process::exit(130);
    });
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Only a build replaces an output folder; the others have none to speak of.
    let builds = matches!(cli.command, Command::Build { .. });
    let result = match cli.command {
        Command::Build {
            base_url,
            output,
            drafts,
            timings,
        } => {
            remove_staging_on_interrupt();
            commands::build(
                BuildOptions {
                    root: cli.root,
                    output,
                    base_url,
                    drafts,
                },
                timings,
            )
        }
        Command::Import {
            inputs,
            date,
            out,
            force,
        } => commands::run_import(&cli.root, &inputs, &out, date, force),
        Command::Check {
            base_url,
            drafts,
            warn_body_links,
        } => commands::check(
            BuildOptions {
                root: cli.root,
                base_url,
                drafts,
                ..Default::default()
            },
            if warn_body_links {
                sahifa::BodyLinks::Warn
            } else {
                sahifa::BodyLinks::Fail
            },
        ),
        Command::Serve {
            port,
            bind,
            open,
            drafts,
        } => sahifa::serve::serve(sahifa::serve::ServeOptions {
            build: BuildOptions {
                root: cli.root,
                drafts,
                ..Default::default()
            },
            bind,
            port,
            open,
        }),
        Command::Mentions { json } => commands::mentions(
            BuildOptions {
                root: cli.root,
                ..Default::default()
            },
            json,
        ),
        Command::Entities {
            action: EntitiesAction::Suggest { json, limit },
        } => commands::suggest_entities(
            BuildOptions {
                root: cli.root,
                ..Default::default()
            },
            json,
            limit,
        ),
        Command::Entities {
            action: EntitiesAction::Accept { ids, all: _ },
        } => commands::accept_entities(cli.root, &ids),
        Command::Entities {
            action: EntitiesAction::Reject { ids },
        } => commands::reject_entities(cli.root, &ids),
        Command::Init { dir } => commands::init(&sahifa::init::site_dir(&cli.root, &dir)),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprint_line(&e);
            if builds && !matches!(e, Error::Internal { .. }) {
                eprint_line("the output folder was left as it was");
            }
            ExitCode::from(e.exit_code() as u8)
        }
    }
}
