//! Times compiling every file given on the command line and prints the slowest ones.
use std::time::Instant;
fn main() {
    let mut times: Vec<(f64, String, usize)> = Vec::new();
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let t = Instant::now();
        let mut e = wl_interpreter::Engine::new(Box::new(wl_interpreter::CaptureHost::default()));
        let _ = e.compile("x.wl", &text, wl_interpreter::Mode::Script);
        times.push((t.elapsed().as_secs_f64() * 1e3, path, bytes.len()));
    }
    let total: f64 = times.iter().map(|t| t.0).sum();
    times.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap());
    println!("{} inputs, {:.1} ms in all, {:.3} ms mean", times.len(), total, total / times.len() as f64);
    for (ms, path, len) in times.iter().take(8) {
        println!("{ms:9.2} ms  {len:5} bytes  {path}");
    }
}
