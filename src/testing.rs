//! `wl test [PATH…]`: runs users' golden-output cases (see `golden`), in parallel, and
//! prints a diff for each failure and a closing `N passed, N failed` line.

use crate::golden;
use std::path::PathBuf;

pub struct TestOptions {
    pub paths: Vec<PathBuf>,
    pub bless: bool,
    pub jobs: Option<usize>,
}

/// Exit status: 0 when every case passed (or was blessed), 1 otherwise, 2 when there was
/// nothing to test.
pub fn run(options: &TestOptions) -> i32 {
    let paths = if options.paths.is_empty() { vec![PathBuf::from(".")] } else { options.paths.clone() };
    for p in &paths {
        if !p.exists() {
            eprintln!("wl test: no such file or folder: {}", p.display());
            return 2;
        }
    }
    let cases = golden::discover(&paths);
    if cases.is_empty() {
        eprintln!("wl test: no test found (a test is a NAME.wl with its expected output NAME.out next to it)");
        return 2;
    }
    let wl = match std::env::current_exe() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("wl test: cannot find the wl executable: {e}");
            return 2;
        }
    };
    let jobs = options.jobs.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2));
    let outcomes = golden::run_all(&wl, &cases, jobs);
    let (mut passed, mut failed) = (0, 0);
    for (case, outcome) in cases.iter().zip(&outcomes) {
        if options.bless {
            match golden::bless(case, outcome) {
                Ok(()) => passed += 1,
                Err(e) => {
                    failed += 1;
                    eprintln!("cannot write the expected output of {}: {e}", case.name);
                }
            }
            continue;
        }
        match golden::compare(case, outcome) {
            Ok(()) => passed += 1,
            Err(report) => {
                failed += 1;
                println!("FAIL {report}");
            }
        }
    }
    if options.bless {
        println!("{passed} blessed, {failed} failed");
    } else {
        println!("{passed} passed, {failed} failed");
    }
    if failed > 0 {
        1
    } else {
        0
    }
}
