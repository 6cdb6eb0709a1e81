//! Creates and drops many engines that compile a recursive procedure: memory must stay flat.
fn main() {
    let text = "PROCEDURE F(n)\n\tIF n < 1 THEN RESULT 0\n\tRESULT F(n - 1)\nEND\nTrace(F(3))\n";
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(20000);
    for _ in 0..n {
        let mut e = wl_interpreter::Engine::new(Box::new(wl_interpreter::CaptureHost::default()));
        let c = e.compile("x.wl", text, wl_interpreter::Mode::Script).unwrap();
        e.run(&c).unwrap();
    }
}
