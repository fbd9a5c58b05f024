//! Writes the two megabytes the tone benchmark checks, so whole-process timings of
//! `talkprep tone` (and of other tools) can run on exactly the same text.
//!
//! ```text
//! cargo run --release --example tone_corpus -- DIR
//! ```
//! writes `DIR/prose.txt` (ordinary project prose with an opener now and then) and
//! `DIR/dense.txt` (openers back to back, full of matches).

#[path = "../benches/common/corpus.rs"]
#[allow(dead_code)]
mod corpus;

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: tone_corpus DIR");
        std::process::exit(2);
    };
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("prose.txt"), corpus::megabyte_prose())?;
    std::fs::write(dir.join("dense.txt"), corpus::megabyte())?;
    println!(
        "wrote {} and {}",
        dir.join("prose.txt").display(),
        dir.join("dense.txt").display()
    );
    Ok(())
}
