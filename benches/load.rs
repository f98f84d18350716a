//! Loading a briefings folder from disk: 1,000 and 10,000 synthetic
//! briefings (see `brief::synth`), through `load_dir` as `brief` and
//! `brief check` call it.
//!
//! `cargo bench --bench load`
//!
//! Targets on the project's 2-core machine: 1,000 in under 150 ms, 10,000 in
//! under 1.5 s. The corpus is written to a temporary folder once, outside
//! the timed loop; the page cache is warm, as it is when a user reopens
//! brief. Numbers are written down in `docs/performance.md`.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use brief::load::load_dir;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// Writes `n` synthetic briefings under `root`; returns their total size.
fn write_corpus(root: &Path, n: usize) -> u64 {
    let mut bytes = 0;
    for (path, text) in brief::synth::corpus(n, 1) {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().expect("a file in a folder")).expect("mkdir");
        std::fs::write(&path, &text).expect("write");
        bytes += text.len() as u64;
    }
    bytes
}

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load_dir");
    group.sample_size(10);
    for n in [1_000, 10_000] {
        let dir = tempfile::tempdir().expect("tempdir");
        let bytes = write_corpus(dir.path(), n);
        let check = load_dir(dir.path()).expect("load");
        assert_eq!(check.briefings.len(), n);
        assert!(check.diagnostics.is_empty(), "{:?}", check.diagnostics);
        eprintln!("load bench: {n} briefings, {:.1} MB", bytes as f64 / 1e6);
        group.throughput(Throughput::Bytes(bytes));
        if n >= 10_000 {
            group.measurement_time(Duration::from_secs(30));
        }
        group.bench_with_input(BenchmarkId::from_parameter(n), dir.path(), |b, dir| {
            b.iter(|| black_box(load_dir(dir).expect("load")))
        });
    }
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
