//! Writes a library of sheets to a data folder, for timing talkprep at the size people reach:
//! `cargo run --release --example make_library -- DATA_DIR 10000`, then
//! `TALKPREP_DATA_DIR=DATA_DIR talkprep list`. See benches/README.md.

#[path = "../benches/common/library.rs"]
mod library;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(dir), count) = (args.next(), args.next()) else {
        anyhow::bail!("usage: make_library DATA_DIR [COUNT]");
    };
    let count: usize = count.as_deref().unwrap_or("10000").parse()?;
    library::write(std::path::Path::new(&dir), count);
    println!("{count} sheets in {dir}/sheets");
    Ok(())
}
