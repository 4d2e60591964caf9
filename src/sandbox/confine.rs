//! What the sandboxed child may not do, applied between fork and exec so
//! that whatever program runs there (ours, poppler, Tesseract, or code a
//! hostile file managed to start in them) is held by it:
//!
//! - **its own user**: under root, each run gets a user id of its own that
//!   nothing on the machine owns (so it cannot read the service's files,
//!   the parent's `/proc` entries, or another run's memory); otherwise a
//!   user namespace, where the kernel allows one;
//! - **no network**: its own network and IPC namespaces (no interface but
//!   a down loopback, no shared memory with the host);
//! - **no view of the file system** beyond what extraction reads: Landlock
//!   allows reading the system's programs, libraries, fonts and language
//!   data, and writing only its private scratch directory; not the data
//!   directory, `/proc`, `/tmp`, home directories or sockets; from Landlock
//!   ABI 4 no TCP either, from ABI 6 no abstract Unix sockets and no
//!   signals to processes outside the sandbox;
//! - **the system calls extraction needs and no others** (a seccomp
//!   allowlist: no `socket`, `ptrace`, `mount`, `unshare`, `bpf`, new
//!   namespaces...), each other call failing with `EPERM`;
//! - **no new privileges** (set-user-ID programs do not elevate), no core
//!   dumps, and its memory cap.
//!
//! Everything that allocates (paths, the Landlock ruleset, the seccomp
//! program) is prepared in the parent; the child only makes system calls.
#![allow(unsafe_code)]

use std::ffi::CString;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::path::Path;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

/// Per-run user ids are taken from `[UID_BASE, UID_BASE + UID_SPAN)`: far
/// above any account a system or directory service hands out, below the
/// kernel's invalid id. (`getent passwd` has no name for them; nothing
/// needs one.)
pub const UID_BASE: u32 = 1_869_000_000;
const UID_SPAN: u32 = 1 << 16;
static NEXT_UID: AtomicU32 = AtomicU32::new(0);

/// What this machine's kernel lets the sandbox use, found once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Support {
    /// The service runs as root: each run gets its own user id.
    pub as_root: bool,
    /// Not root, but user namespaces work.
    pub user_namespace: bool,
    /// The Landlock ABI version, 0 when absent.
    pub landlock_abi: i64,
    /// The seccomp allowlist is compiled for this architecture.
    pub seccomp: bool,
}

impl Support {
    /// Probes the kernel (once per process).
    pub fn get() -> Self {
        static SUPPORT: OnceLock<Support> = OnceLock::new();
        *SUPPORT.get_or_init(|| {
            // SAFETY: plain system calls with no pointers (the Landlock
            // version query takes a null attribute).
            let landlock_abi = unsafe {
                libc::syscall(
                    libc::SYS_landlock_create_ruleset,
                    std::ptr::null::<u8>(),
                    0usize,
                    LANDLOCK_CREATE_RULESET_VERSION,
                )
            };
            let as_root = nix::unistd::geteuid().is_root();
            Support {
                as_root,
                user_namespace: !as_root && user_namespaces_work(),
                landlock_abi: landlock_abi.max(0),
                seccomp: cfg!(target_arch = "x86_64"),
            }
        })
    }

    /// One line for the log at start.
    pub fn describe(&self) -> String {
        let user = if self.as_root {
            "its own user id per run, own network and IPC namespaces"
        } else if self.user_namespace {
            "a user namespace with its own network and IPC namespaces"
        } else {
            "the service's own user (no user namespaces here: run as root, or enable them, for more)"
        };
        let landlock = match self.landlock_abi {
            0 => "no Landlock (files are not confined)".to_owned(),
            abi @ 1..=3 => format!("Landlock ABI {abi} (files)"),
            abi @ 4..=5 => format!("Landlock ABI {abi} (files, TCP)"),
            abi => format!("Landlock ABI {abi} (files, TCP, abstract sockets, signals)"),
        };
        let seccomp = if self.seccomp {
            "a seccomp allowlist"
        } else {
            "no seccomp allowlist on this architecture"
        };
        format!("{user}; {landlock}; {seccomp}; no new privileges; memory and time caps")
    }
}

/// Whether this (non-root) process may make a user namespace: tried in a
/// throwaway child, never in the service itself.
fn user_namespaces_work() -> bool {
    std::process::Command::new("/bin/true")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .pre_exec_unshare_user()
        .status()
        .is_ok_and(|s| s.success())
}

trait UnshareUser {
    fn pre_exec_unshare_user(&mut self) -> &mut Self;
}

impl UnshareUser for std::process::Command {
    fn pre_exec_unshare_user(&mut self) -> &mut Self {
        use std::os::unix::process::CommandExt;
        // SAFETY: one system call, no allocation.
        unsafe {
            self.pre_exec(|| {
                if libc::unshare(libc::CLONE_NEWUSER | libc::CLONE_NEWNET) == 0 {
                    Ok(())
                } else {
                    Err(std::io::Error::last_os_error())
                }
            })
        }
    }
}

/// The confinement of one run, prepared in the parent.
pub struct Confinement {
    support: Support,
    /// Under root: the run's user and group id.
    uid: u32,
    /// Not root: the user namespace's maps (`"<uid> <uid> 1"`).
    uid_map: CString,
    gid_map: CString,
    landlock: Option<OwnedFd>,
    seccomp: Vec<libc::sock_filter>,
    memory_bytes: u64,
}

impl std::fmt::Debug for Confinement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Confinement")
            .field("support", &self.support)
            .field("uid", &self.uid)
            .finish_non_exhaustive()
    }
}

impl Confinement {
    /// Prepares a run of `program` with private directory `scratch`
    /// (handed to the run's user when there is one) and `memory_mb` of
    /// memory beyond the program's image.
    pub fn prepare(program: &Path, scratch: &Path, memory_mb: u64) -> std::io::Result<Self> {
        let support = Support::get();
        // Each process starts at a random place of the range, so that two
        // processes of the service (serve and a worker, say) do not hand
        // out the same ids in the same order.
        static START: OnceLock<u32> = OnceLock::new();
        let start = *START.get_or_init(|| rand::random::<u32>() % UID_SPAN);
        let n = start.wrapping_add(NEXT_UID.fetch_add(1, Ordering::Relaxed));
        let uid = UID_BASE + n % UID_SPAN;
        if support.as_root {
            nix::unistd::chown(
                scratch,
                Some(nix::unistd::Uid::from_raw(uid)),
                Some(nix::unistd::Gid::from_raw(uid)),
            )?;
        }
        let me = nix::unistd::getuid().as_raw();
        let my_group = nix::unistd::getgid().as_raw();
        let landlock = if support.landlock_abi > 0 {
            Some(landlock_ruleset(support.landlock_abi, program, scratch)?)
        } else {
            None
        };
        Ok(Self {
            support,
            uid,
            uid_map: CString::new(format!("{me} {me} 1")).unwrap_or_default(),
            gid_map: CString::new(format!("{my_group} {my_group} 1")).unwrap_or_default(),
            landlock,
            seccomp: if support.seccomp {
                super::seccomp::program()
            } else {
                Vec::new()
            },
            memory_bytes: if memory_mb == 0 {
                0
            } else {
                super::address_space_cap(program, memory_mb)
            },
        })
    }

    /// Applies it: called in the forked child, just before exec.
    ///
    /// # Safety
    /// Only between fork and exec: it changes the calling process's
    /// credentials and confinement for good. It allocates nothing.
    pub unsafe fn apply(&self) -> std::io::Result<()> {
        let check = |r: libc::c_int| {
            if r == -1 {
                Err(std::io::Error::last_os_error())
            } else {
                Ok(())
            }
        };
        // SAFETY (whole block): system calls on memory prepared in the
        // parent and kept alive by `self`.
        unsafe {
            let no_core = libc::rlimit {
                rlim_cur: 0,
                rlim_max: 0,
            };
            check(libc::setrlimit(libc::RLIMIT_CORE, &no_core))?;
            if self.memory_bytes > 0 {
                let cap = libc::rlimit {
                    rlim_cur: self.memory_bytes,
                    rlim_max: self.memory_bytes,
                };
                check(libc::setrlimit(libc::RLIMIT_AS, &cap))?;
            }
            if self.support.as_root {
                check(libc::unshare(libc::CLONE_NEWNET | libc::CLONE_NEWIPC))?;
                // A fork bomb stops at this many processes of the run's
                // own user.
                let procs = libc::rlimit {
                    rlim_cur: 256,
                    rlim_max: 256,
                };
                check(libc::setrlimit(libc::RLIMIT_NPROC, &procs))?;
                check(libc::setgroups(0, std::ptr::null()))?;
                check(libc::setresgid(self.uid, self.uid, self.uid))?;
                check(libc::setresuid(self.uid, self.uid, self.uid))?;
                // Changing user made the process undumpable, which would
                // shut it out of its own `/proc/self` (and so out of
                // `/proc/self/exe`, the program it runs).
                check(libc::prctl(libc::PR_SET_DUMPABLE, 1, 0, 0, 0))?;
            } else if self.support.user_namespace {
                check(libc::unshare(
                    libc::CLONE_NEWUSER | libc::CLONE_NEWNET | libc::CLONE_NEWIPC,
                ))?;
                write_file(c"/proc/self/setgroups", c"deny")?;
                write_file(c"/proc/self/uid_map", &self.uid_map)?;
                write_file(c"/proc/self/gid_map", &self.gid_map)?;
            }
            check(libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))?;
            if let Some(ruleset) = &self.landlock {
                let r = libc::syscall(libc::SYS_landlock_restrict_self, ruleset.as_raw_fd(), 0u32);
                check(r as libc::c_int)?;
            }
            if !self.seccomp.is_empty() {
                let prog = libc::sock_fprog {
                    len: self.seccomp.len() as u16,
                    filter: self.seccomp.as_ptr().cast_mut(),
                };
                let r = libc::syscall(
                    libc::SYS_seccomp,
                    SECCOMP_SET_MODE_FILTER,
                    0u32,
                    &raw const prog,
                );
                check(r as libc::c_int)?;
            }
        }
        Ok(())
    }
}

/// Writes `text` to `path` with raw system calls (no allocation).
unsafe fn write_file(path: &std::ffi::CStr, text: &std::ffi::CStr) -> std::io::Result<()> {
    // SAFETY: the caller is between fork and exec; both strings live.
    unsafe {
        let fd = libc::open(path.as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC);
        if fd < 0 {
            return Err(std::io::Error::last_os_error());
        }
        let bytes = text.to_bytes();
        let n = libc::write(fd, bytes.as_ptr().cast(), bytes.len());
        libc::close(fd);
        if n != bytes.len() as isize {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

const LANDLOCK_CREATE_RULESET_VERSION: u32 = 1;
const LANDLOCK_RULE_PATH_BENEATH: u32 = 1;
const SECCOMP_SET_MODE_FILTER: u32 = 1;

// Landlock rights (linux/landlock.h).
const FS_EXECUTE: u64 = 1 << 0;
const FS_WRITE_FILE: u64 = 1 << 1;
const FS_READ_FILE: u64 = 1 << 2;
const FS_READ_DIR: u64 = 1 << 3;
/// Removing, making (directories, files, sockets, pipes, devices, links),
/// renaming across directories, truncating, device ioctls: everything up
/// to ABI 5.
const FS_ALL_V1: u64 = (1 << 13) - 1;
const FS_REFER: u64 = 1 << 13;
const FS_TRUNCATE: u64 = 1 << 14;
const FS_IOCTL_DEV: u64 = 1 << 15;
const NET_BIND_TCP: u64 = 1 << 0;
const NET_CONNECT_TCP: u64 = 1 << 1;
const SCOPE_ABSTRACT_UNIX_SOCKET: u64 = 1 << 0;
const SCOPE_SIGNAL: u64 = 1 << 1;

#[repr(C)]
struct RulesetAttr {
    handled_access_fs: u64,
    handled_access_net: u64,
    scoped: u64,
}

#[repr(C, packed)]
struct PathBeneath {
    allowed_access: u64,
    parent_fd: i32,
}

/// What the sandbox reads besides its program: programs, libraries, fonts,
/// language data; and a few files of `/etc` (not the rest: a config file
/// with a database password may live there).
const READ_ONLY: &[&str] = &[
    "/usr",
    "/bin",
    "/sbin",
    "/lib",
    "/lib64",
    "/etc/ld.so.cache",
    "/etc/ld.so.conf",
    "/etc/ld.so.conf.d",
    "/etc/fonts",
    "/etc/localtime",
    "/etc/passwd",
    "/etc/group",
    "/etc/nsswitch.conf",
    "/var/cache/fontconfig",
    "/dev/urandom",
    "/dev/zero",
];

/// The ruleset for one run: read (and run) the system's programs and data,
/// read and run `program`, write only `scratch` (and `/dev/null`).
fn landlock_ruleset(abi: i64, program: &Path, scratch: &Path) -> std::io::Result<OwnedFd> {
    let mut fs = FS_ALL_V1;
    if abi >= 2 {
        fs |= FS_REFER;
    }
    if abi >= 3 {
        fs |= FS_TRUNCATE;
    }
    if abi >= 5 {
        fs |= FS_IOCTL_DEV;
    }
    let attr = RulesetAttr {
        handled_access_fs: fs,
        handled_access_net: if abi >= 4 {
            NET_BIND_TCP | NET_CONNECT_TCP
        } else {
            0
        },
        scoped: if abi >= 6 {
            SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL
        } else {
            0
        },
    };
    let size = match abi {
        1..=3 => 8,
        4..=5 => 16,
        _ => std::mem::size_of::<RulesetAttr>(),
    };
    // SAFETY: `attr` lives across the call; the kernel reads `size` bytes.
    let fd = unsafe {
        libc::syscall(
            libc::SYS_landlock_create_ruleset,
            &raw const attr,
            size,
            0u32,
        )
    };
    if fd < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: a new descriptor (close-on-exec) that nothing else owns.
    let ruleset = unsafe { OwnedFd::from_raw_fd(fd as i32) };
    let file_rights = FS_EXECUTE | FS_READ_FILE;
    let read = file_rights | FS_READ_DIR;
    for path in READ_ONLY {
        allow(&ruleset, Path::new(path), read, fs)?;
    }
    allow(&ruleset, program, file_rights, fs)?;
    if let Some(prefix) = std::env::var_os("TESSDATA_PREFIX") {
        allow(&ruleset, Path::new(&prefix), read, fs)?;
    }
    allow(
        &ruleset,
        Path::new("/dev/null"),
        FS_READ_FILE | FS_WRITE_FILE | (fs & FS_TRUNCATE),
        fs,
    )?;
    allow(&ruleset, scratch, fs, fs)?;
    Ok(ruleset)
}

/// Adds `path` with `rights` (those a file can have, when it is a file);
/// a path that does not exist here is skipped.
fn allow(ruleset: &OwnedFd, path: &Path, rights: u64, handled: u64) -> std::io::Result<()> {
    let Ok(file) = std::fs::File::open(path) else {
        return Ok(());
    };
    let is_dir = file.metadata().is_ok_and(|m| m.is_dir());
    let per_file = FS_EXECUTE | FS_WRITE_FILE | FS_READ_FILE | FS_TRUNCATE | FS_IOCTL_DEV;
    let mut allowed = rights & handled;
    if !is_dir {
        allowed &= per_file;
    }
    let rule = PathBeneath {
        allowed_access: allowed,
        parent_fd: file.as_raw_fd(),
    };
    // SAFETY: `rule` and both descriptors live across the call.
    let r = unsafe {
        libc::syscall(
            libc::SYS_landlock_add_rule,
            ruleset.as_raw_fd(),
            LANDLOCK_RULE_PATH_BENEATH,
            &raw const rule,
            0u32,
        )
    };
    if r < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}
