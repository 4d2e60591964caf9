//! Prints what the extractor makes of a file: `cargo run -p
//! opencomplai-extract --example extract -- FILE [--json]`.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: extract FILE [--json]")?;
    let json = args.next().as_deref() == Some("--json");
    let bytes = std::fs::read(&path)?;
    let file_type = opencomplai_extract::detect(&bytes[..bytes.len().min(8192)], Some(&path))
        .ok_or("unsupported file type")?;
    let x =
        opencomplai_extract::extract(file_type, &bytes, &opencomplai_extract::Limits::default())?;
    if json {
        println!("{}", serde_json::to_string_pretty(&x)?);
    } else {
        println!("{}", x.text);
    }
    Ok(())
}
