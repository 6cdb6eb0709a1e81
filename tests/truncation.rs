//! No input makes wl panic: every prefix of every golden script and example is compiled,
//! and one prefix in five is also run (with a watchdog that stops endless loops). A panic
//! anywhere fails the test with the file and the offset.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use wl_interpreter::{CaptureHost, Engine, Limits, Mode};

type Deadline = Arc<Mutex<Option<(Instant, Arc<AtomicBool>)>>>;

fn scripts(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            scripts(&p, out);
        } else if p.extension().is_some_and(|x| x == "wl") {
            out.push(p);
        }
    }
}

fn engine(capture: &Path) -> Engine {
    Engine::builder(Box::new(CaptureHost::default()))
        .limits(Limits { max_depth: 500, ..Limits::default() })
        .module(wl_stdlib_email::module(wl_stdlib_email::Config { capture_dir: Some(capture.to_path_buf()) }))
        .build()
}

fn check_prefixes(path: &Path, watchdog: &Deadline, capture: &Path) -> Vec<String> {
    // Read as `wl run` reads it: a script may be saved in Windows-1252.
    let text = wl_interpreter::source::decode_script(&std::fs::read(path).expect("readable script")).0;
    let mut failures = Vec::new();
    let cuts: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
    for (n, &cut) in cuts.iter().enumerate() {
        let prefix = &text[..cut];
        let run = n % 5 == 0;
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut engine = engine(capture);
            if let Ok(compiled) = engine.compile("prefix.wl", prefix, Mode::Script) {
                if run {
                    *watchdog.lock().unwrap() =
                        Some((Instant::now() + Duration::from_millis(300), engine.interrupt_flag()));
                    let _ = engine.run(&compiled);
                    *watchdog.lock().unwrap() = None;
                    engine.finish();
                }
            }
        }));
        if result.is_err() {
            failures.push(format!("{} cut at byte {cut}", path.display()));
        }
    }
    failures
}

#[test]
fn no_prefix_of_any_script_panics() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    scripts(&root.join("tests/scripts"), &mut files);
    scripts(&root.join("examples"), &mut files);
    files.sort();
    assert!(files.len() >= 50, "expected the golden scripts, found {}", files.len());

    let capture = std::env::temp_dir().join(format!("wl-truncation-{}", std::process::id()));
    let watchdog: Deadline = Arc::new(Mutex::new(None));
    let stop = Arc::new(AtomicBool::new(false));
    let timer = {
        let (watchdog, stop) = (watchdog.clone(), stop.clone());
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                if let Some((deadline, flag)) = &*watchdog.lock().unwrap() {
                    if Instant::now() > *deadline {
                        flag.store(true, Ordering::Relaxed);
                    }
                }
                std::thread::sleep(Duration::from_millis(5));
            }
        })
    };
    // Deep recursion needs room: run on a thread with a large stack, like the wl binary.
    let failures = std::thread::Builder::new()
        .stack_size(1 << 29)
        .spawn({
            let watchdog = watchdog.clone();
            let capture = capture.clone();
            move || {
                // Panics are expected to be caught and reported here, not printed.
                std::panic::set_hook(Box::new(|_| {}));
                files.iter().flat_map(|f| check_prefixes(f, &watchdog, &capture)).collect::<Vec<_>>()
            }
        })
        .expect("thread")
        .join()
        .expect("the checking thread itself does not panic");
    stop.store(true, Ordering::Relaxed);
    let _ = timer.join();
    let _ = std::fs::remove_dir_all(&capture);
    assert!(failures.is_empty(), "wl panicked on {} inputs:\n{}", failures.len(), failures.join("\n"));
}
