//! Command-line arguments.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(name = "wl", version, about = "Runs WLanguage scripts; its standard library sends and receives email.")]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(clap::Args, Debug, Clone, Default)]
pub struct RunOptions {
    /// Send every email to DIR/NNNN.eml instead of a server (nothing leaves the machine).
    #[arg(long, value_name = "DIR")]
    pub capture_mail: Option<PathBuf>,
    /// Stop the script after this many seconds.
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<f64>,
    /// Write Trace output to this file instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub trace_file: Option<PathBuf>,
    /// Most procedure calls in progress before "stack overflow" (default 10000).
    #[arg(long, value_name = "N")]
    pub max_depth: Option<usize>,
    /// Longest string, in bytes (default 268435456).
    #[arg(long, value_name = "BYTES")]
    pub max_string_bytes: Option<usize>,
    /// Most elements in one array (default 50000000).
    #[arg(long, value_name = "N")]
    pub max_array_length: Option<usize>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run a script (`-` reads it from stdin). Arguments after it go to the script.
    Run {
        #[command(flatten)]
        options: RunOptions,
        /// The script, or `-` for stdin.
        file: String,
        /// Arguments for the script (CommandLine()).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Parse and resolve a script without running it.
    Check { file: String },
    /// Run golden-output tests: every NAME.wl with a NAME.out next to it (and optionally
    /// NAME.err, NAME.code, NAME.mail/, NAME.args for options of `wl run`), with email
    /// captured, never sent.
    Test {
        /// Files or folders to search (default: the current folder).
        paths: Vec<std::path::PathBuf>,
        /// Write the current outputs as the expected ones.
        #[arg(long)]
        bless: bool,
        /// Cases run at the same time (default: one per CPU).
        #[arg(long, short)]
        jobs: Option<usize>,
    },
    /// Type statements and see their results (also plain `wl`).
    ///
    /// On a terminal: prompts, history, completion; type :help. When stdin is not a terminal,
    /// statements are read from it without prompts, and only results and errors are printed
    /// (exit status 1 if an input failed).
    Repl {
        #[command(flatten)]
        options: ReplOptions,
    },
}

#[derive(clap::Args, Debug, Clone, Default)]
pub struct ReplOptions {
    /// Send every email to DIR/NNNN.eml instead of a server (nothing leaves the machine).
    #[arg(long, value_name = "DIR")]
    pub capture_mail: Option<PathBuf>,
    /// Write Trace output to this file instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub trace_file: Option<PathBuf>,
}

impl ReplOptions {
    pub fn run_options(&self) -> RunOptions {
        RunOptions {
            capture_mail: self.capture_mail.clone(),
            trace_file: self.trace_file.clone(),
            ..Default::default()
        }
    }
}

pub const SUBCOMMANDS: &[&str] = &["run", "check", "repl", "test", "help"];
