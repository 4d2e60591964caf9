//! Waking the consume folder on inotify (`consume_inotify`), for local
//! disks: a thread watches the folder and every sub-folder (new ones as
//! they appear) and bumps a counter on any change, so a pass starts at once
//! instead of at the next poll. The poll stays as the fallback that catches
//! what inotify cannot report (a network share, an overflowed queue, a
//! folder past the watch limit), and whether a file is settled is still
//! decided by its size and modification time, never by the event.

use std::os::fd::AsFd;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use nix::sys::inotify::{AddWatchFlags, InitFlags, Inotify, WatchDescriptor};
use tokio::sync::watch;

/// Sub-folders watched at most (each costs one of the user's inotify
/// watches, 8,192 by default on older kernels).
const MAX_WATCHES: usize = 4096;
/// Sub-folder depth followed, as the scan does.
const MAX_DEPTH: usize = 32;
/// How often the thread looks at its stop flag while nothing happens.
const STOP_CHECK_MS: u16 = 500;

/// A running watcher; stops its thread when dropped.
pub struct Watcher {
    stop: Arc<AtomicBool>,
    /// Bumped on every batch of events.
    pub changes: watch::Receiver<u64>,
}

impl Drop for Watcher {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// What changes in a folder we care about: a file written and closed,
/// moved in, created (a new sub-folder), or changed.
fn interesting() -> AddWatchFlags {
    AddWatchFlags::IN_CLOSE_WRITE
        | AddWatchFlags::IN_MOVED_TO
        | AddWatchFlags::IN_CREATE
        | AddWatchFlags::IN_MODIFY
        | AddWatchFlags::IN_ATTRIB
        | AddWatchFlags::IN_ONLYDIR
}

/// Starts watching `dir` and its sub-folders (`skip` names, such as
/// `consumed` and `failed` at the top, are not followed).
pub fn start(dir: &Path, skip: &'static [&'static str]) -> std::io::Result<Watcher> {
    let inotify = Inotify::init(InitFlags::IN_NONBLOCK | InitFlags::IN_CLOEXEC)
        .map_err(std::io::Error::from)?;
    let mut watched: Vec<(WatchDescriptor, PathBuf)> = Vec::new();
    add_tree(&inotify, dir, dir, skip, 0, &mut watched);
    if watched.is_empty() {
        return Err(std::io::Error::other(format!(
            "cannot watch {} with inotify",
            dir.display()
        )));
    }
    let stop = Arc::new(AtomicBool::new(false));
    let (tx, rx) = watch::channel(0u64);
    let top = dir.to_owned();
    let thread_stop = Arc::clone(&stop);
    std::thread::Builder::new()
        .name("consume-inotify".into())
        .spawn(move || run(inotify, top, skip, watched, thread_stop, tx))?;
    Ok(Watcher { stop, changes: rx })
}

fn add_tree(
    inotify: &Inotify,
    top: &Path,
    dir: &Path,
    skip: &[&str],
    depth: usize,
    watched: &mut Vec<(WatchDescriptor, PathBuf)>,
) {
    if depth > MAX_DEPTH || watched.len() >= MAX_WATCHES {
        return;
    }
    match inotify.add_watch(dir, interesting()) {
        Ok(wd) => watched.push((wd, dir.to_owned())),
        Err(_) => return,
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !kind.is_dir() || name.starts_with('.') || (dir == top && skip.contains(&&*name)) {
            continue;
        }
        add_tree(inotify, top, &entry.path(), skip, depth + 1, watched);
    }
}

fn run(
    inotify: Inotify,
    top: PathBuf,
    skip: &'static [&'static str],
    mut watched: Vec<(WatchDescriptor, PathBuf)>,
    stop: Arc<AtomicBool>,
    tx: watch::Sender<u64>,
) {
    while !stop.load(Ordering::Relaxed) {
        let ready = {
            let mut fds = [PollFd::new(inotify.as_fd(), PollFlags::POLLIN)];
            poll(&mut fds, PollTimeout::from(STOP_CHECK_MS)).unwrap_or(0)
        };
        if ready == 0 {
            continue;
        }
        let Ok(events) = inotify.read_events() else {
            continue;
        };
        for event in &events {
            // A new sub-folder: watch it (and what a move brought in).
            if event.mask.contains(AddWatchFlags::IN_ISDIR)
                && event
                    .mask
                    .intersects(AddWatchFlags::IN_CREATE | AddWatchFlags::IN_MOVED_TO)
                && let Some(name) = &event.name
                && let Some((_, parent)) = watched.iter().find(|(wd, _)| *wd == event.wd)
                && !(*parent == top && skip.iter().any(|s| name.as_os_str() == *s))
            {
                let path = parent.join(name);
                let depth = path
                    .strip_prefix(&top)
                    .map_or(0, |p| p.components().count());
                add_tree(&inotify, &top, &path, skip, depth, &mut watched);
            }
        }
        if !events.is_empty() {
            tx.send_modify(|n| *n = n.wrapping_add(1));
        }
    }
}
