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
    /// Where review marks are kept (default: $XDG_STATE_HOME/brief/reviews)
    #[arg(long, value_name = "DIR")]
    review_dir: Option<PathBuf>,
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
    /// Serve brief over SSH to the public keys in an authorized_keys file
    Serve(brief::serve::ServeArgs),
    /// List the briefings: id, date, title, counts, review progress and flags
    List(brief::cli::list::ListArgs),
    /// Show one briefing whole, with review marks and notes
    Show(brief::cli::show::ShowArgs),
    /// Export a review report (Markdown or JSON) with marks and notes
    Export(brief::cli::export::ExportArgs),
}

fn main() -> color_eyre::Result<ExitCode> {
    color_eyre::install()?;
    match run() {
        // The reader of our output went away (`brief list | head`): stop
        // quietly, as other command-line tools do.
        Err(e) if is_broken_pipe(&e) => Ok(ExitCode::SUCCESS),
        other => other,
    }
}

impl Command {
    /// The briefings folder this command reads, if it reads one.
    fn folder(&mut self) -> Option<&mut Option<PathBuf>> {
        match self {
            Command::Check { dir, .. } => Some(dir),
            Command::People(a) => Some(&mut a.dir),
            Command::Serve(a) => Some(&mut a.dir),
            Command::List(a) => Some(&mut a.dir),
            Command::Show(a) => Some(&mut a.dir),
            Command::Export(a) => Some(&mut a.dir),
            Command::Draft(_) => None,
        }
    }
}

fn is_broken_pipe(e: &color_eyre::Report) -> bool {
    e.chain()
        .filter_map(|c| c.downcast_ref::<std::io::Error>())
        .any(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
}

fn run() -> color_eyre::Result<ExitCode> {
    let mut cli = Cli::parse();
    let env = TermEnv::from_process();
    let var = |k| std::env::var(k).ok();
    let (config, config_problems) =
        config_path(var("XDG_CONFIG_HOME").as_deref(), var("HOME").as_deref())
            .map(|p| Config::load(&p))
            .unwrap_or_default();
    // Every command that reads briefings, and the browser, falls back on
    // the config's folder when none is given.
    let folder = match cli.command.as_mut() {
        Some(command) => command.folder(),
        None => Some(&mut cli.dir),
    };
    if let Some(dir) = folder
        && dir.is_none()
    {
        dir.clone_from(&config.briefings);
    }
    match cli.command {
        Some(Command::Check { dir, json }) => {
            let origin = load::choose(dir.as_deref());
            let Some(corpus) = open(&origin) else {
                return Ok(ExitCode::from(2));
            };
            let status = brief::cli::check::run(&origin, &corpus, json)?;
            // The process ends here: freeing millions of small strings one
            // by one would only delay the exit (a tenth of the run on 10,000
            // briefings).
            std::mem::forget(corpus);
            Ok(status)
        }
        Some(Command::People(args)) => brief::cli::people::run(&args),
        Some(Command::Draft(args)) => brief::draft::run(&args),
        Some(Command::Serve(args)) => brief::serve::run(&args),
        Some(Command::List(args)) => brief::cli::list::run(&args),
        Some(Command::Show(args)) => brief::cli::show::run(&args),
        Some(Command::Export(args)) => brief::cli::export::run(&args),
        None => {
            let origin = load::choose(cli.dir.as_deref());
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
            let mut problems = problems;
            let review_dir = cli.review_dir.or_else(|| {
                brief::review::default_dir(var("XDG_STATE_HOME").as_deref(), var("HOME").as_deref())
            });
            let (store, marks) = match review_dir.map(|d| brief::review::ReviewStore::open(&d)) {
                Some(Ok((store, marks, review_problems))) => {
                    problems.extend(review_problems);
                    (Some(store), marks)
                }
                Some(Err(e)) => {
                    eprintln!("brief: review marks cannot be kept: {e}");
                    (None, brief::review::Marks::new())
                }
                None => (None, brief::review::Marks::new()),
            };
            let mut app = brief::app::App::new(corpus, origin, (80, 24));
            app.marks = marks;
            problems.extend(orphan_warnings(&app));
            let app = app.with_setup_problems(problems);
            brief::tui::run(app, &theme, watcher, store)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// One warning per briefing whose review marks point at items that are no
/// longer in it: the marks are kept, and said to be there.
fn orphan_warnings(app: &brief::app::App) -> Vec<Diagnostic> {
    let mut by_briefing: std::collections::BTreeMap<String, usize> = Default::default();
    for (id, _) in app.marks.orphans(app.corpus.briefings.iter().map(|b| &**b)) {
        *by_briefing.entry(id).or_default() += 1;
    }
    by_briefing
        .into_iter()
        .map(|(id, n)| {
            let path = app
                .corpus
                .briefings
                .iter()
                .find(|b| b.id == id)
                .map_or_else(|| std::path::PathBuf::from(&id), |b| b.path.clone());
            Diagnostic::warning(
                &path,
                (1, 1),
                format!(
                    "{n} review mark(s) on `{id}` point at items no longer in it; they are kept"
                ),
            )
        })
        .collect()
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
