//! `brief draft ARTICLE.txt [-o FILE] [--lang auto|fr|en]`.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use color_eyre::eyre::{WrapErr, eyre};

use super::{LangChoice, MAX_BYTES, Options, draft_bytes};

/// Draft a briefing from the plain text of a news article.
#[derive(clap::Args, Debug)]
pub struct DraftArgs {
    /// The article: UTF-8 text, paragraphs separated by blank lines; `-`
    /// reads standard input.
    pub input: PathBuf,
    /// Write the briefing here (written whole or not at all); default:
    /// standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// The article's language.
    #[arg(long, value_enum, default_value = "auto")]
    pub lang: LangChoice,
    /// Replace OUTPUT if it exists (it may hold an analyst's corrections).
    #[arg(long)]
    pub force: bool,
}

/// Reads the article, drafts it and writes the YAML; input problems are
/// reported on stderr with exit code 1.
pub fn run(args: &DraftArgs) -> color_eyre::Result<ExitCode> {
    let stdin = args.input.as_os_str() == "-";
    let shown = if stdin {
        "standard input".to_string()
    } else {
        args.input.display().to_string()
    };
    let bytes = match read_limited(&args.input, stdin) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: {shown}: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    if let Some(out) = &args.output
        && out.exists()
        && !args.force
    {
        eprintln!(
            "error: {} already exists; it may hold reviewed work. Use --force to replace it, or choose another name",
            out.display()
        );
        return Ok(ExitCode::FAILURE);
    }
    let options = Options {
        source_file: match (&args.output, stdin) {
            (Some(out), false) => relative_to(&args.input, out),
            _ => None,
        },
        source_name: Some(if stdin {
            "standard input".into()
        } else {
            file_name(&args.input)
        }),
    };
    let draft = match draft_bytes(&bytes, args.lang, &options) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {shown}: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    match &args.output {
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(draft.yaml.as_bytes())
                .wrap_err("cannot write to standard output")?;
        }
        Some(path) => {
            write_atomic(path, draft.yaml.as_bytes())
                .wrap_err_with(|| format!("cannot write {}", path.display()))?;
            eprintln!(
                "wrote {}: {} people, {} timeline events, {} money figures ({}); {} `# check:` notes to review. Next: brief check {}",
                path.display(),
                draft.people,
                draft.moves,
                draft.figures,
                draft.lang.code(),
                draft.checks,
                path.parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .map_or(".".into(), |p| p.display().to_string())
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Reads at most MAX_BYTES + 1 bytes, so a huge input is refused without
/// being read whole.
fn read_limited(path: &Path, stdin: bool) -> Result<Vec<u8>, String> {
    let mut buf = Vec::new();
    let limit = MAX_BYTES as u64 + 1;
    let result = if stdin {
        std::io::stdin().lock().take(limit).read_to_end(&mut buf)
    } else {
        if path.is_dir() {
            return Err("is a folder; give the article's text file".into());
        }
        std::fs::File::open(path).and_then(|f| f.take(limit).read_to_end(&mut buf))
    };
    result.map_err(|e| e.to_string())?;
    Ok(buf)
}

/// Writes to a temporary file beside `path`, then renames it into place,
/// so `path` is never left half-written.
fn write_atomic(path: &Path, bytes: &[u8]) -> color_eyre::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| eyre!("no file name in {}", path.display()))?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    Ok(result?)
}

/// `article` relative to the folder of `yaml`, when both can be resolved.
fn relative_to(article: &Path, yaml: &Path) -> Option<String> {
    let article = std::fs::canonicalize(article).ok()?;
    let dir = yaml
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let dir = std::fs::canonicalize(dir).ok()?;
    let a: Vec<_> = article.components().collect();
    let d: Vec<_> = dir.components().collect();
    let common = a.iter().zip(&d).take_while(|(x, y)| x == y).count();
    if common == 0 {
        return None;
    }
    let mut rel = PathBuf::new();
    for _ in common..d.len() {
        rel.push("..");
    }
    for c in &a[common..] {
        rel.push(c);
    }
    rel.to_str().map(str::to_string)
}
