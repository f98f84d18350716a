//! Writes a synthetic briefing corpus to a folder, for whole-process
//! measurements (`brief check`, `/usr/bin/time -v`, hyperfine).
//!
//! `cargo run --release --example gen_corpus -- DIR N [SEED]`

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, n, seed) = match args.as_slice() {
        [dir, n] => (dir, n.parse::<usize>(), Ok(1)),
        [dir, n, seed] => (dir, n.parse::<usize>(), seed.parse::<u64>()),
        _ => {
            eprintln!("usage: gen_corpus DIR N [SEED]");
            return ExitCode::from(2);
        }
    };
    let (Ok(n), Ok(seed)) = (n, seed) else {
        eprintln!("gen_corpus: N and SEED must be whole numbers");
        return ExitCode::from(2);
    };
    let root = PathBuf::from(dir);
    let files = brief::synth::corpus(n, seed);
    let mut bytes = 0;
    for (path, text) in &files {
        let path = root.join(path);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, text));
        if let Err(e) = written {
            eprintln!("gen_corpus: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        bytes += text.len();
    }
    println!(
        "wrote {} briefings ({:.1} MB) to {}",
        files.len(),
        bytes as f64 / 1e6,
        root.display()
    );
    ExitCode::SUCCESS
}
