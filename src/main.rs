//! The `brief` command: dispatches to the TUI or a headless command.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use brief::load::{self, Origin};

/// brief: news briefings in the terminal.
#[derive(Parser, Debug)]
#[command(version, about, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Briefings folder (default: ./briefings if it exists, else the bundled briefings)
    dir: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check every briefing in DIR and report problems as PATH:LINE:COLUMN: message
    Check {
        /// Briefings folder or file (default: ./briefings if it exists, else the bundled briefings)
        dir: Option<PathBuf>,
        /// Print the diagnostics as JSON
        #[arg(long)]
        json: bool,
    },
    /// Find people across every briefing: name, id, roles and briefings, best match first
    People(brief::cli::people::PeopleArgs),
    /// Draft a briefing from a raw article (French or English) for an analyst to correct
    Draft(brief::draft::DraftArgs),
}

fn main() -> color_eyre::Result<ExitCode> {
    color_eyre::install()?;
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { dir, json }) => {
            let origin = load::choose(dir.as_deref());
            let Some(corpus) = open(&origin) else {
                return Ok(ExitCode::from(2));
            };
            Ok(brief::cli::check::run(&origin, &corpus, json)?)
        }
        Some(Command::People(args)) => brief::cli::people::run(&args),
        Some(Command::Draft(args)) => brief::draft::run(&args),
        None => {
            let origin = load::choose(cli.dir.as_deref());
            let Some(corpus) = open(&origin) else {
                return Ok(ExitCode::from(2));
            };
            let app = brief::app::App::new(corpus, origin, (80, 24));
            brief::tui::run(app, &brief::theme::Theme::default())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Loads `origin`, or says why it cannot be read.
fn open(origin: &Origin) -> Option<load::Corpus> {
    match load::load_origin(origin) {
        Ok(corpus) => Some(corpus),
        Err(e) => {
            eprintln!("brief: cannot open {origin}: {e}");
            None
        }
    }
}
