//! Page bundles of Hugo and Zola (`posts/flood/index.md` with `photo.png` beside it): the
//! post names its pictures relative to its folder, so writing it as a flat `flood.md` left
//! them behind and the next build warned about pictures that do not exist. A bundle with
//! pictures is kept as a bundle (`content/articles/flood/index.md` and its pictures), which
//! Sahifa publishes as it is; any other file of the folder is listed, never dropped silently.

use std::fs;
use std::path::{Path, PathBuf};

use super::ImportError;

/// The pictures Sahifa publishes beside an article (as `incremental::changes` watches them).
const PICTURE_EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "webp", "gif", "svg", "avif"];

/// What a bundle's folder holds besides its `index.md`, relative to that folder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resources {
    pub pictures: Vec<PathBuf>,
    /// Files that are neither pictures nor Markdown (a PDF, a data file): not copied.
    pub others: Vec<PathBuf>,
}

/// The resources of `src` when it is a bundle's `index.md`; none for any other post. Markdown
/// files of the folder are posts of their own (the import finds them), and hidden files
/// (`.DS_Store`) mean nothing.
pub fn resources(src: &Path) -> Resources {
    let mut found = Resources::default();
    let is_index = src
        .file_name()
        .is_some_and(|n| n.eq_ignore_ascii_case("index.md"));
    let Some(folder) = src.parent().filter(|_| is_index) else {
        return found;
    };
    let files = walkdir::WalkDir::new(folder)
        .min_depth(1)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file());
    for entry in files {
        let Ok(rel) = entry.path().strip_prefix(folder) else {
            continue;
        };
        let has = |exts: &[&str]| {
            rel.extension()
                .is_some_and(|x| exts.iter().any(|e| x.eq_ignore_ascii_case(e)))
        };
        if has(PICTURE_EXTENSIONS) {
            found.pictures.push(rel.to_path_buf());
        } else if !has(&["md"]) {
            found.others.push(rel.to_path_buf());
        }
    }
    found
}

/// The article's file: `out_dir/name` for a flat post, `out_dir/<stem>/index.md` for a bundle
/// that brings pictures.
pub fn destination(out_dir: &Path, name: &str, bundle: bool) -> PathBuf {
    match name.strip_suffix(".md").filter(|_| bundle) {
        Some(stem) => out_dir.join(stem).join("index.md"),
        None => out_dir.join(name),
    }
}

/// The other form of the same article (`flood.md` for `flood/index.md`, and back): both
/// would be the article `flood`, so one never goes in beside the other.
pub fn twin(written: &Path) -> Option<PathBuf> {
    if written.file_name()? == "index.md" {
        let folder = written.parent()?;
        let name = format!("{}.md", folder.file_name()?.to_string_lossy());
        Some(folder.with_file_name(name))
    } else {
        let stem = written.file_stem()?;
        Some(written.with_file_name(stem).join("index.md"))
    }
}

/// Refuses before anything is written when a picture's place holds a different file: an
/// import never replaces a picture, even with `--force` (which is about the article).
pub fn check_pictures(src: &Path, written: &Path, pictures: &[PathBuf]) -> Result<(), ImportError> {
    let (Some(from), Some(to)) = (src.parent(), written.parent()) else {
        return Ok(());
    };
    for rel in pictures {
        let dest = to.join(rel);
        if fs::symlink_metadata(&dest).is_ok() && !same_bytes(&from.join(rel), &dest) {
            return Err(ImportError::PictureExists { path: dest });
        }
    }
    Ok(())
}

/// Copies the bundle's pictures beside the written article; one there already with the same
/// bytes (a repeated import) is left as it is. Returns the pictures' new paths.
pub fn copy_pictures(
    src: &Path,
    written: &Path,
    pictures: &[PathBuf],
) -> Result<Vec<PathBuf>, ImportError> {
    let (Some(from), Some(to)) = (src.parent(), written.parent()) else {
        return Ok(Vec::new());
    };
    let mut copied = Vec::new();
    for rel in pictures {
        let (source, dest) = (from.join(rel), to.join(rel));
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| ImportError::Io { path, source }
        };
        if fs::symlink_metadata(&dest).is_ok() {
            if same_bytes(&source, &dest) {
                continue;
            }
            return Err(ImportError::PictureExists { path: dest });
        }
        if let Some(parent) = dest.parent() {
            fs::create_dir_all(parent).map_err(io(parent))?;
        }
        let bytes = fs::read(&source).map_err(io(&source))?;
        super::files::write_atomically(&dest, &bytes, false)?;
        copied.push(dest);
    }
    Ok(copied)
}

fn same_bytes(a: &Path, b: &Path) -> bool {
    matches!((fs::read(a), fs::read(b)), (Ok(x), Ok(y)) if x == y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bundle_goes_to_its_folder_and_its_twin_is_the_flat_file() {
        let out = Path::new("content/articles");
        assert_eq!(
            destination(out, "flood.md", true),
            Path::new("content/articles/flood/index.md")
        );
        assert_eq!(
            destination(out, "flood.md", false),
            Path::new("content/articles/flood.md")
        );
        assert_eq!(
            twin(Path::new("content/articles/flood/index.md")),
            Some(PathBuf::from("content/articles/flood.md"))
        );
        assert_eq!(
            twin(Path::new("content/articles/flood.md")),
            Some(PathBuf::from("content/articles/flood/index.md"))
        );
    }

    #[test]
    fn only_an_index_md_has_resources_and_pictures_are_told_from_other_files() {
        let dir = tempfile::tempdir().unwrap();
        let bundle = dir.path().join("flood");
        fs::create_dir_all(bundle.join("img")).unwrap();
        for name in [
            "index.md",
            "photo.PNG",
            "img/map.jpg",
            "data.pdf",
            "other.md",
            ".DS_Store",
        ] {
            fs::write(bundle.join(name), "x").unwrap();
        }
        let found = resources(&bundle.join("index.md"));
        assert_eq!(
            found.pictures,
            [PathBuf::from("img/map.jpg"), PathBuf::from("photo.PNG")]
        );
        assert_eq!(found.others, [PathBuf::from("data.pdf")]);
        assert_eq!(resources(&bundle.join("other.md")), Resources::default());
    }
}
