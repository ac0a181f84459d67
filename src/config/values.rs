//! Every wrong value of a configuration in one run. serde stops at the first (`discovery:
//! atuo` hides `numerals: arabik` below it), so a newcomer fixing a config met one typo per
//! build. When the whole file does not deserialize, each setting is tried alone, in a copy of
//! the text where every other line is blank: serde's own message and line:column then belong
//! to that setting. The settings that pass are assembled and checked by `validate` too, so a
//! wrong enum and a wrong `base_url` are reported together.

use std::ops::Range;
use std::path::Path;

use serde_yaml::{Mapping, Value};

use super::{Config, TOP_LEVEL_KEYS, unknown_top_level_keys};
use crate::error::Diagnostic;
use crate::text::locate;

/// Settings whose value is a mapping of their own: each key inside is tried alone as well.
const NESTED: &[&str] = &["linking", "pagination", "home"];

/// Every problem of a configuration that serde refused: unknown keys, wrong values (each at
/// its line and column), and what `validate` finds in the rest. Empty when the text is not a
/// mapping (a syntax error), where serde's single message is the right one.
pub(super) fn every_problem(path: &Path, text: &str) -> Vec<Diagnostic> {
    let Ok(Value::Mapping(map)) = serde_yaml::from_str::<Value>(text) else {
        return Vec::new();
    };
    let mut problems = unknown_top_level_keys(path, text);
    let mut good = Mapping::new();
    for (key, value) in &map {
        let Some(name) = key.as_str().filter(|k| TOP_LEVEL_KEYS.contains(k)) else {
            continue;
        };
        if accepts(name, value) {
            good.insert(key.clone(), value.clone());
        } else if let (Value::Mapping(inner), true) = (value, NESTED.contains(&name)) {
            let mut good_inner = Mapping::new();
            for (sub, sub_value) in inner {
                let one = Value::Mapping(Mapping::from_iter([(sub.clone(), sub_value.clone())]));
                if accepts(name, &one) {
                    good_inner.insert(sub.clone(), sub_value.clone());
                } else {
                    let sub = sub.as_str().unwrap_or_default();
                    problems.push(nested_problem(path, text, name, sub, &one));
                }
            }
            good.insert(key.clone(), Value::Mapping(good_inner));
        } else {
            problems.push(top_level_problem(path, text, name, value));
        }
    }
    if let Ok(mut rest) = serde_yaml::from_value::<Config>(Value::Mapping(good)) {
        rest.file = path.to_path_buf();
        rest.source = text.to_string();
        problems.extend(rest.problems());
    }
    problems.sort_by_key(|d| (d.line, d.column));
    problems.dedup_by(|a, b| (a.line, a.column, &a.message) == (b.line, b.column, &b.message));
    problems
}

/// Whether `name: value` alone is a configuration serde accepts.
fn accepts(name: &str, value: &Value) -> bool {
    let one = Mapping::from_iter([(Value::from(name), value.clone())]);
    serde_yaml::from_value::<Config>(Value::Mapping(one)).is_ok()
}

/// The problem of a top-level setting, as serde words it when the setting stands alone.
fn top_level_problem(path: &Path, text: &str, name: &str, value: &Value) -> Diagnostic {
    let lines: Vec<&str> = text.split('\n').collect();
    let isolated = locate::key_position(text, name)
        .and_then(|(line, _)| parse_alone(path, text, &lines, block(&lines, line - 1)));
    isolated.unwrap_or_else(|| unlocated(path, text, name, value, None))
}

/// The problem of `name.sub` (`linking.policy`), alone: its own lines under `name:` when the
/// mapping is written as lines, else its place on the line of `name: {…}`.
fn nested_problem(path: &Path, text: &str, name: &str, sub: &str, one: &Value) -> Diagnostic {
    let lines: Vec<&str> = text.split('\n').collect();
    let Some((line, _)) = locate::key_position(text, name) else {
        return unlocated(path, text, name, one, None);
    };
    let parent = line - 1;
    let outer = block(&lines, parent);
    let sub_line = outer.clone().skip(1).find(|&i| is_key_line(lines[i], sub));
    if let Some(first) = sub_line {
        let inner = nested_block(&lines, first, outer.end);
        let keep = std::iter::once(parent).chain(inner);
        if let Some(d) = parse_alone(path, text, &lines, keep) {
            return d;
        }
    }
    let flow_at = lines[parent].find(&format!("{sub}:")).map(|byte| {
        let after = &lines[parent][byte + sub.len() + 1..];
        let value = byte + sub.len() + 1 + (after.len() - after.trim_start().len());
        (line, lines[parent][..value].chars().count() + 1)
    });
    unlocated(path, text, &format!("{name}.{sub}"), one, flow_at)
}

/// serde's diagnostic for the text with every line outside `keep` blanked (so line numbers
/// stay those of the file). None if that text parses, or fails for a reason that is not the
/// setting's own (an alias to an anchor on a blanked line).
fn parse_alone(
    path: &Path,
    text: &str,
    lines: &[&str],
    keep: impl IntoIterator<Item = usize>,
) -> Option<Diagnostic> {
    let mut alone: Vec<&str> = vec![""; lines.len()];
    for i in keep {
        alone[i] = lines[i];
    }
    let err = serde_yaml::from_str::<Config>(&alone.join("\n")).err()?;
    let d = locate::yaml_diagnostic(path, &err, text, 0);
    (d.line.is_some() && !err.to_string().contains("anchor")).then_some(d)
}

/// serde's words for a value it refuses outside the text (no line:column of its own), placed
/// at `at` or at the setting's key.
fn unlocated(
    path: &Path,
    text: &str,
    dotted: &str,
    value: &Value,
    at: Option<(usize, usize)>,
) -> Diagnostic {
    let top = dotted.split('.').next().unwrap_or(dotted);
    let one = Mapping::from_iter([(Value::from(top), value.clone())]);
    let d = match serde_yaml::from_value::<Config>(Value::Mapping(one)) {
        Err(e) => locate::yaml_diagnostic(path, &e, text, 0),
        Ok(_) => Diagnostic::new(path, "this value is not accepted"),
    };
    let message = if d.message.starts_with(&format!("{dotted}:")) {
        d.message.clone()
    } else {
        format!("{dotted}: {}", d.message)
    };
    let d = Diagnostic { message, ..d };
    match at.or_else(|| locate::key_position(text, top)) {
        Some((line, col)) => d.at(line, col),
        None => d,
    }
}

/// The lines of the top-level setting starting at line `start` (0-based): up to the next line
/// that starts a key at the left margin (comments, blank lines, indented lines and `- ` items
/// belong to it).
fn block(lines: &[&str], start: usize) -> Range<usize> {
    let end = (start + 1..lines.len())
        .find(|&i| {
            let line = lines[i];
            !(line.trim().is_empty()
                || line.starts_with([' ', '\t', '#'])
                || (line.starts_with('-') && !line.starts_with("---")))
        })
        .unwrap_or(lines.len());
    start..end
}

/// The lines of the nested key on line `first`: it and the lines indented deeper, before `end`.
fn nested_block(lines: &[&str], first: usize, end: usize) -> Range<usize> {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let own = indent(lines[first]);
    let last = (first + 1..end)
        .find(|&i| !lines[i].trim().is_empty() && indent(lines[i]) <= own)
        .unwrap_or(end);
    first..last
}

/// Whether `line` is `key:` (indented or not).
fn is_key_line(line: &str, key: &str) -> bool {
    line.trim_start()
        .strip_prefix(key)
        .is_some_and(|rest| rest.trim_start().starts_with(':'))
}
