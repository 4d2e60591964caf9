//! What a document's owner reads in `processing_error` when a run fails:
//! a sentence about the file, or that the service had trouble, never the
//! service's internals (database errors, the paths of its programs and
//! scratch directories). The details go to the service's log.

use std::sync::LazyLock;

use regex::Regex;

/// What the owner reads for trouble on the service's side (the database,
/// the extraction sandbox), after the full message has been logged.
pub fn service_trouble(internal: &str) -> &'static str {
    if internal.starts_with("database error") {
        "database error (the details are in the service's log)"
    } else {
        "the service could not run the extraction (the details are in the service's log)"
    }
}

/// Absolute paths: a `/`, then characters of a path, with at least one more
/// `/` or a name after it.
static PATH: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?:^|[\s'`(\[=:])(/[^\s'`)\]:,;]+)").ok());

/// `message` with each absolute path replaced by its last part (a program's
/// or file's name: `/usr/lib/x/bin/pdftoppm` reads `pdftoppm`), so that a
/// file's own error, or the last line a crashed parser wrote, says what
/// went wrong without showing where the service keeps things.
pub fn without_paths(message: &str) -> String {
    let Some(re) = PATH.as_ref() else {
        return message.to_owned();
    };
    let mut out = String::with_capacity(message.len());
    let mut last = 0;
    for caps in re.captures_iter(message) {
        let Some(path) = caps.get(1) else { continue };
        out.push_str(&message[last..path.start()]);
        let name = path
            .as_str()
            .trim_end_matches('/')
            .rsplit('/')
            .next()
            .filter(|n| !n.is_empty())
            .unwrap_or("…");
        out.push_str(name);
        last = path.end();
    }
    out.push_str(&message[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_leave_only_their_names() {
        assert_eq!(
            without_paths(
                "the pdf extractor crashed on this file (signal 11: Segmentation fault in /usr/lib/x86_64-linux-gnu/libpoppler.so.126)"
            ),
            "the pdf extractor crashed on this file (signal 11: Segmentation fault in libpoppler.so.126)"
        );
        assert_eq!(
            without_paths("could not start the extractor /opt/oc/bin/opencomplai: No such file"),
            "could not start the extractor opencomplai: No such file"
        );
        assert_eq!(
            without_paths("panicked at '/home/ci/.cargo/registry/src/x/lib.rs:12:5'"),
            "panicked at 'lib.rs:12:5'"
        );
        assert_eq!(without_paths("a 1/2 page and/or"), "a 1/2 page and/or");
    }

    #[test]
    fn service_trouble_keeps_its_kind_and_drops_its_details() {
        let db = service_trouble("database error: pool timed out at 10.0.0.5:5432");
        assert!(db.starts_with("database error") && !db.contains("10.0.0.5"));
        let sandbox = service_trouble("could not start the extractor /x/y: ENOENT");
        assert!(!sandbox.contains("/x/y"));
    }
}
