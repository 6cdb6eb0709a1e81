//! The golden suite: every `tests/scripts/**/*.wl` and `examples/*.wl` with a `.out` is one
//! test, run through the same code as `wl test`. `WL_BLESS=1 cargo test --test golden`
//! rewrites the expected outputs from what wl prints now.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use wl::golden;

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let wl_bin = PathBuf::from(env!("CARGO_BIN_EXE_wl"));
    let bless = std::env::var_os("WL_BLESS").is_some();
    let cases = golden::discover(&[root.join("tests/scripts"), root.join("examples")]);
    let trials = cases
        .into_iter()
        .map(|case| {
            let name = case.script.strip_prefix(root).unwrap_or(&case.script).display().to_string();
            let wl_bin = wl_bin.clone();
            Trial::test(name, move || {
                let outcome = golden::run_case(&wl_bin, &case);
                if bless {
                    golden::bless(&case, &outcome).map_err(|e| Failed::from(e.to_string()))?;
                    return Ok(());
                }
                golden::compare(&case, &outcome).map_err(Failed::from)
            })
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
