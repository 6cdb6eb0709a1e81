//! `wl`: run a WLanguage script, check it, or try statements in the REPL (`wl`, `wl repl`).

#![forbid(unsafe_code)]

use clap::Parser;
use wl::cli::{Cli, Command, SUBCOMMANDS};

/// The interpreter recurses as deeply as the script's procedures do; it runs on a thread
/// with room for the documented recursion limit.
const STACK_SIZE: usize = 1 << 30;

fn main() {
    let mut args: Vec<String> = std::env::args().collect();
    // `wl FILE …` is short for `wl run FILE …`.
    if let Some(first) = args.get(1) {
        if !first.starts_with('-') || first == "-" {
            if !SUBCOMMANDS.contains(&first.as_str()) {
                args.insert(1, "run".to_string());
            }
        } else if first.starts_with("--") && !matches!(first.as_str(), "--help" | "--version") {
            args.insert(1, "run".to_string());
        }
    }
    let cli = Cli::parse_from(args);
    let worker = std::thread::Builder::new().stack_size(STACK_SIZE).spawn(move || match cli.command {
        Some(Command::Run { options, file, args }) => wl::run::run(&file, &args, &options),
        Some(Command::Check { file }) => wl::run::check(&file),
        Some(Command::Test { paths, bless, jobs }) => {
            wl::testing::run(&wl::testing::TestOptions { paths, bless, jobs })
        }
        Some(Command::Repl { options }) => wl::repl::start(&options),
        None => wl::repl::start(&Default::default()),
    });
    let code = match worker {
        Ok(handle) => handle.join().unwrap_or(wl::run::RUNTIME_ERROR),
        Err(e) => {
            eprintln!("wl: cannot start the interpreter: {e}");
            wl::run::RUNTIME_ERROR
        }
    };
    std::process::exit(code);
}
