fn main() {
    for path in std::env::args().skip(1) {
        let src = std::fs::read_to_string(&path).unwrap();
        let (tokens, lex_errors) = wl_interpreter::lexer::lex(&src);
        let (script, errors) = wl_interpreter::parser::parse(&tokens, src.len());
        if !lex_errors.is_empty() || !errors.is_empty() || script.is_none() {
            println!("== {path}: lex {:?}\n parse {:?}", lex_errors, errors);
        } else if std::env::var("DUMP").is_ok() {
            println!("{:#?}", script);
        }
    }
}
