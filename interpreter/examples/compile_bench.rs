use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let n: u32 = std::env::var("N").ok().and_then(|v| v.parse().ok()).unwrap_or(300);
    let t = Instant::now();
    for _ in 0..n {
        let _ = wl_interpreter::Engine::new(Box::new(wl_interpreter::CaptureHost::default()));
    }
    println!("engine new: {:?}", t.elapsed() / n);
    let t = Instant::now();
    for _ in 0..n {
        let (tokens, _) = wl_interpreter::lexer::lex(&text);
        std::hint::black_box(tokens);
    }
    println!("lex: {:?}", t.elapsed() / n);
    let (tokens, _) = wl_interpreter::lexer::lex(&text);
    let t = Instant::now();
    for _ in 0..n {
        let r = wl_interpreter::parser::parse(&tokens, text.len());
        std::hint::black_box(r);
    }
    println!("parse: {:?}", t.elapsed() / n);
    let mut e = wl_interpreter::Engine::new(Box::new(wl_interpreter::CaptureHost::default()));
    let t = Instant::now();
    for _ in 0..n {
        let r = e.compile("x.wl", &text, wl_interpreter::Mode::Repl);
        std::hint::black_box(r.is_ok());
    }
    println!("compile (lex+parse+resolve+closures): {:?}", t.elapsed() / n);
}
