//! The README's command list and the CLI agree: every command and every option `--help` shows
//! is in the README's "Using it" list, and the README names no command or option the CLI does not
//! have. `--help` is clap's own rendering of the definition in `src/main.rs`, so reading it here
//! compares the README with the code, not with a copy. The `--timings` stages are compared with
//! what `build --timings` prints.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

const README: &str = include_str!("../README.md");

fn run(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The lines of a `--help` section ("Commands:", "Options:") up to the next blank line.
fn section<'a>(help: &'a str, title: &str) -> Vec<&'a str> {
    help.lines()
        .skip_while(|l| *l != title)
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .collect()
}

fn subcommands(help: &str) -> Vec<String> {
    section(help, "Commands:")
        .iter()
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect()
}

/// `-o, --output <OUTPUT>` → {"-o", "--output"}; help and version are clap's own.
fn options(help: &str) -> BTreeSet<String> {
    section(help, "Options:")
        .iter()
        .filter(|l| l.trim_start().starts_with('-'))
        .flat_map(|l| {
            l.split_whitespace()
                .take_while(|w| w.starts_with('-'))
                .map(|w| w.trim_end_matches(',').to_string())
        })
        .filter(|f| !matches!(f.as_str(), "-h" | "--help" | "-V" | "--version" | "--root"))
        .collect()
}

/// Every command path (`build`, `entities suggest`) with its options, from `--help`.
fn cli_commands() -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    let mut queue: Vec<Vec<String>> = subcommands(&run(&["--help"]))
        .into_iter()
        .map(|c| vec![c])
        .collect();
    while let Some(path) = queue.pop() {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let help = run(&args);
        let nested = subcommands(&help);
        if nested.is_empty() {
            out.insert(path.join(" "), options(&help));
        }
        for sub in nested {
            let mut p = path.clone();
            p.push(sub);
            queue.push(p);
        }
    }
    out
}

/// The README's "Using it" block: command path → every option its lines mention.
fn readme_commands(
    known: &BTreeMap<String, BTreeSet<String>>,
) -> BTreeMap<String, BTreeSet<String>> {
    let block: String = README
        .split("## Using it")
        .nth(1)
        .expect("README has a `## Using it` section")
        .split("```")
        .nth(1)
        .expect("with a code block")
        .to_string();
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in block.lines() {
        let code = line.split('#').next().unwrap_or("");
        let words: Vec<&str> = code.split_whitespace().collect();
        if words.first() != Some(&"sahifa") {
            continue;
        }
        // The longest known command path the line starts with.
        let path = known
            .keys()
            .filter(|k| {
                let k: Vec<&str> = k.split(' ').collect();
                words.len() > k.len() && words[1..=k.len()] == k[..]
            })
            .max_by_key(|k| k.len())
            .cloned()
            .unwrap_or_else(|| words.get(1).unwrap_or(&"").to_string());
        let flags = words
            .iter()
            .flat_map(|w| w.split(['[', ']', '|', '/']))
            .filter(|w| w.starts_with('-') && w.len() > 1)
            .map(|w| w.split('=').next().unwrap().to_string());
        out.entry(path).or_default().extend(flags);
    }
    out
}

#[test]
fn readme_lists_every_command_and_option_and_nothing_else() {
    let cli = cli_commands();
    assert!(cli.contains_key("entities suggest"), "{cli:?}");
    let readme = readme_commands(&cli);
    let mut problems = Vec::new();
    for (command, flags) in &cli {
        let Some(listed) = readme.get(command) else {
            problems.push(format!("`sahifa {command}` is not in the README"));
            continue;
        };
        for flag in flags.difference(listed) {
            problems.push(format!("`sahifa {command} {flag}` is not in the README"));
        }
    }
    for (command, listed) in &readme {
        let Some(flags) = cli.get(command) else {
            problems.push(format!(
                "the README lists `sahifa {command}`, which does not exist"
            ));
            continue;
        };
        for flag in listed.difference(flags) {
            problems.push(format!(
                "the README lists `sahifa {command} {flag}`, which --help does not"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn readme_names_the_stages_build_timings_prints() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    run(&["init", site.to_str().unwrap()]);
    let printed = run(&["--root", site.to_str().unwrap(), "build", "--timings"]);
    let stages: Vec<&str> = printed
        .lines()
        .filter(|l| l.starts_with("  "))
        .filter_map(|l| {
            // `  search  108.9 ms (7 pages: …)`: a stage, its time, then what it did.
            let words: Vec<&str> = l.split_whitespace().collect();
            let timed = words.len() >= 3 && words[1].parse::<f64>().is_ok() && words[2] == "ms";
            timed.then_some(words[0])
        })
        .collect();
    assert!(stages.len() >= 5, "{printed}");
    let line = README
        .lines()
        .find(|l| l.contains("build --timings"))
        .expect("README shows `build --timings`");
    let listed = line.split(':').next_back().unwrap();
    let listed: Vec<&str> = listed.split(',').map(str::trim).collect();
    assert_eq!(listed, stages, "README: {line}");
}
