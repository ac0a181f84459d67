//! The README's set-up step works: `cargo install --locked --path .` puts a `sahifa` on a PATH
//! that holds nothing else of ours, and it answers `--version`. Installed with `--debug` into a
//! temporary root, reusing this build's target directory, so only the final link is redone (about
//! 2 s); `.ci/install-check.sh` does the same with the release profile.

use std::path::Path;
use std::process::Command;

#[test]
fn cargo_install_puts_a_working_sahifa_on_a_fresh_path() {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    // This test binary is target/debug/deps/install-…; the target directory is three levels up.
    let exe = std::env::current_exe().unwrap();
    let target_dir = exe.ancestors().nth(3).unwrap().to_path_buf();
    let prefix = tempfile::tempdir().unwrap();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["install", "--locked", "--debug", "--offline", "--path"])
        .arg(manifest_dir)
        .arg("--root")
        .arg(prefix.path())
        .env("CARGO_TARGET_DIR", &target_dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "cargo install failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let bin = prefix.path().join("bin");
    let fresh_path =
        std::env::join_paths([bin.as_path(), Path::new("/usr/bin"), Path::new("/bin")]).unwrap();
    // `sahifa` by name, found only through the fresh PATH.
    let out = Command::new("sahifa")
        .arg("--version")
        .env_clear()
        .env("PATH", &fresh_path)
        .output()
        .unwrap_or_else(|e| panic!("sahifa not found on {fresh_path:?}: {e}"));
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("sahifa {}", env!("CARGO_PKG_VERSION"))
    );
}
