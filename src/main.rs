//! The `brief` command: dispatches to the TUI or a headless command.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use brief::config::{Config, config_path};
use brief::load::{self, Diagnostic, Origin};
use brief::theme::{ColorChoice, TermEnv, Theme, detect_ascii, detect_depth};

/// brief: news briefings in the terminal.
#[derive(Parser, Debug)]
#[command(version, about, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Briefings folder (default: the config file's, else ./briefings if it exists, else the bundled briefings)
    dir: Option<PathBuf>,
    /// Theme: a bundled name (dark, light, high-contrast, mono) or a path to a theme file [env: BRIEF_THEME]
    #[arg(long, value_name = "NAME|PATH")]
    theme: Option<String>,
    /// Colours: detected from TERM, COLORTERM and NO_COLOR unless forced
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,
    /// Draw with ASCII only (the default when the locale is not UTF-8)
    #[arg(long)]
    ascii: bool,
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
    let env = TermEnv::from_process();
    let var = |k| std::env::var(k).ok();
    let (config, config_problems) =
        config_path(var("XDG_CONFIG_HOME").as_deref(), var("HOME").as_deref())
            .map(|p| Config::load(&p))
            .unwrap_or_default();
    match cli.command {
        Some(Command::Check { dir, json }) => {
            let origin = load::choose(dir.or(config.briefings).as_deref());
            let Some(corpus) = open(&origin) else {
                return Ok(ExitCode::from(2));
            };
            Ok(brief::cli::check::run(&origin, &corpus, json)?)
        }
        Some(Command::People(args)) => brief::cli::people::run(&args),
        Some(Command::Draft(args)) => brief::draft::run(&args),
        None => {
            let origin = load::choose(cli.dir.or(config.briefings).as_deref());
            // A folder is watched, so edits made elsewhere show at once.
            let (corpus, watcher) = match &origin {
                Origin::Folder(dir) => match load::Watcher::load(dir) {
                    Ok((watcher, corpus)) => (corpus, Some(watcher)),
                    Err(e) => {
                        eprintln!("brief: cannot open {origin}: {e}");
                        return Ok(ExitCode::from(2));
                    }
                },
                Origin::Bundled => (load::load_bundled(), None),
            };
            let spec = cli.theme.or_else(|| var("BRIEF_THEME")).or(config.theme);
            let (theme, theme_problems) = Theme::choose(spec.as_deref());
            let theme = theme.for_terminal(
                detect_depth(&env, cli.color),
                cli.ascii || detect_ascii(&env),
            );
            // Problems with the config and the theme show beside the
            // briefings' own, in the problems overlay.
            let problems: Vec<Diagnostic> =
                config_problems.into_iter().chain(theme_problems).collect();
            let app = brief::app::App::new(corpus, origin, (80, 24)).with_setup_problems(problems);
            brief::tui::run(app, &theme, watcher)?;
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
