//! The seccomp allowlist of the sandboxed child: the system calls that our
//! extractor, poppler's tools and Tesseract make (found by tracing every
//! file of the test corpus through `extract`, `render` and `redact`), plus
//! their close relatives (`stat` beside `newfstatat`, `dup` beside
//! `dup2`...). Any other call fails with `EPERM`, which these programs
//! treat as any other failure; a call of another architecture's numbering
//! (x32, i386) kills the process.
//!
//! `clone3` answers `ENOSYS`, so the C library falls back to `clone`, whose
//! flags a filter can read: threads and processes, but no new namespaces.

#![cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]

#[cfg(target_arch = "x86_64")]
const ALLOWED: &[libc::c_long] = &[
    // Reading and writing what is open, and opening what Landlock allows.
    libc::SYS_read,
    libc::SYS_write,
    libc::SYS_readv,
    libc::SYS_writev,
    libc::SYS_pread64,
    libc::SYS_pwrite64,
    libc::SYS_open,
    libc::SYS_openat,
    libc::SYS_close,
    libc::SYS_close_range,
    libc::SYS_lseek,
    libc::SYS_fstat,
    libc::SYS_stat,
    libc::SYS_lstat,
    libc::SYS_newfstatat,
    libc::SYS_statx,
    libc::SYS_statfs,
    libc::SYS_fstatfs,
    libc::SYS_access,
    libc::SYS_faccessat,
    libc::SYS_faccessat2,
    libc::SYS_readlink,
    libc::SYS_readlinkat,
    libc::SYS_getdents64,
    libc::SYS_getcwd,
    libc::SYS_chdir,
    libc::SYS_fchdir,
    libc::SYS_fcntl,
    libc::SYS_ioctl,
    libc::SYS_dup,
    libc::SYS_dup2,
    libc::SYS_dup3,
    libc::SYS_pipe,
    libc::SYS_pipe2,
    libc::SYS_fadvise64,
    libc::SYS_sendfile,
    libc::SYS_splice,
    libc::SYS_copy_file_range,
    libc::SYS_ftruncate,
    libc::SYS_fsync,
    libc::SYS_fdatasync,
    libc::SYS_umask,
    // Files in the private directory (OCR's page images, temporary PDFs).
    libc::SYS_mkdir,
    libc::SYS_mkdirat,
    libc::SYS_rmdir,
    libc::SYS_unlink,
    libc::SYS_unlinkat,
    libc::SYS_rename,
    libc::SYS_renameat,
    libc::SYS_renameat2,
    // Memory.
    libc::SYS_brk,
    libc::SYS_mmap,
    libc::SYS_munmap,
    libc::SYS_mremap,
    libc::SYS_mprotect,
    libc::SYS_madvise,
    libc::SYS_membarrier,
    // Threads, processes (the extractor runs poppler and Tesseract), waiting.
    libc::SYS_fork,
    libc::SYS_vfork,
    libc::SYS_execve,
    libc::SYS_execveat,
    libc::SYS_wait4,
    libc::SYS_waitid,
    libc::SYS_exit,
    libc::SYS_exit_group,
    libc::SYS_futex,
    libc::SYS_set_robust_list,
    libc::SYS_get_robust_list,
    libc::SYS_set_tid_address,
    libc::SYS_rseq,
    libc::SYS_arch_prctl,
    libc::SYS_prctl,
    libc::SYS_sched_yield,
    libc::SYS_sched_getaffinity,
    libc::SYS_sched_getparam,
    libc::SYS_sched_getscheduler,
    libc::SYS_getpid,
    libc::SYS_getppid,
    libc::SYS_gettid,
    libc::SYS_getpgrp,
    // The pooled extractor puts each child in a group of its own.
    libc::SYS_setpgid,
    libc::SYS_getuid,
    libc::SYS_geteuid,
    libc::SYS_getgid,
    libc::SYS_getegid,
    libc::SYS_getresuid,
    libc::SYS_getresgid,
    libc::SYS_getgroups,
    libc::SYS_capget,
    libc::SYS_uname,
    libc::SYS_sysinfo,
    libc::SYS_getrlimit,
    libc::SYS_prlimit64,
    libc::SYS_getrusage,
    libc::SYS_times,
    libc::SYS_getrandom,
    // Signals (Landlock keeps them inside the sandbox where it can).
    libc::SYS_rt_sigaction,
    libc::SYS_rt_sigprocmask,
    libc::SYS_rt_sigreturn,
    libc::SYS_rt_sigsuspend,
    // The pooled extractor waits for its child with a time limit.
    libc::SYS_rt_sigtimedwait,
    libc::SYS_sigaltstack,
    libc::SYS_kill,
    libc::SYS_tgkill,
    libc::SYS_restart_syscall,
    // Time and waiting on descriptors.
    libc::SYS_clock_gettime,
    libc::SYS_clock_getres,
    libc::SYS_clock_nanosleep,
    libc::SYS_nanosleep,
    libc::SYS_gettimeofday,
    libc::SYS_time,
    libc::SYS_poll,
    libc::SYS_ppoll,
    libc::SYS_select,
    libc::SYS_pselect6,
    libc::SYS_epoll_create1,
    libc::SYS_epoll_ctl,
    libc::SYS_epoll_wait,
    libc::SYS_epoll_pwait,
    libc::SYS_eventfd2,
];

// BPF (linux/filter.h, linux/bpf_common.h) and seccomp return values.
/// `BPF_LD | BPF_W | BPF_ABS`
const BPF_LD_W_ABS: u16 = 0x20;
/// `BPF_JMP | BPF_JEQ | BPF_K`
const BPF_JEQ_K: u16 = 0x15;
/// `BPF_JMP | BPF_JGE | BPF_K`
const BPF_JGE_K: u16 = 0x35;
/// `BPF_JMP | BPF_JSET | BPF_K`
const BPF_JSET_K: u16 = 0x45;
const BPF_RET_K: u16 = 0x06;
const RET_ALLOW: u32 = 0x7fff_0000;
const RET_ERRNO: u32 = 0x0005_0000;
const RET_KILL_PROCESS: u32 = 0x8000_0000;
/// `struct seccomp_data`: the call's number, its architecture, its first
/// argument (low half).
const OFFSET_NR: u32 = 0;
const OFFSET_ARCH: u32 = 4;
const OFFSET_ARG0: u32 = 16;
const AUDIT_ARCH_X86_64: u32 = 0xc000_003e;
const X32_SYSCALL_BIT: u32 = 0x4000_0000;
/// `clone` flags that make namespaces.
const NEW_NAMESPACES: u32 = (libc::CLONE_NEWNS
    | libc::CLONE_NEWUTS
    | libc::CLONE_NEWIPC
    | libc::CLONE_NEWUSER
    | libc::CLONE_NEWPID
    | libc::CLONE_NEWNET
    | libc::CLONE_NEWCGROUP) as u32;

fn op(code: u16, k: u32, jt: u8, jf: u8) -> libc::sock_filter {
    libc::sock_filter { code, jt, jf, k }
}

/// The filter program.
#[cfg(target_arch = "x86_64")]
pub fn program() -> Vec<libc::sock_filter> {
    let eperm = RET_ERRNO | libc::EPERM as u32;
    let enosys = RET_ERRNO | libc::ENOSYS as u32;
    let mut p = vec![
        // Another architecture's numbering: kill.
        op(BPF_LD_W_ABS, OFFSET_ARCH, 0, 0),
        op(BPF_JEQ_K, AUDIT_ARCH_X86_64, 1, 0),
        op(BPF_RET_K, RET_KILL_PROCESS, 0, 0),
        op(BPF_LD_W_ABS, OFFSET_NR, 0, 0),
        op(BPF_JGE_K, X32_SYSCALL_BIT, 0, 1),
        op(BPF_RET_K, RET_KILL_PROCESS, 0, 0),
        // clone3's flags are behind a pointer: make the C library use clone.
        op(BPF_JEQ_K, libc::SYS_clone3 as u32, 0, 1),
        op(BPF_RET_K, enosys, 0, 0),
        // clone: no new namespaces.
        op(BPF_JEQ_K, libc::SYS_clone as u32, 0, 4),
        op(BPF_LD_W_ABS, OFFSET_ARG0, 0, 0),
        op(BPF_JSET_K, NEW_NAMESPACES, 0, 1),
        op(BPF_RET_K, eperm, 0, 0),
        op(BPF_RET_K, RET_ALLOW, 0, 0),
    ];
    for nr in ALLOWED {
        p.push(op(BPF_JEQ_K, *nr as u32, 0, 1));
        p.push(op(BPF_RET_K, RET_ALLOW, 0, 0));
    }
    p.push(op(BPF_RET_K, eperm, 0, 0));
    p
}

#[cfg(not(target_arch = "x86_64"))]
pub fn program() -> Vec<libc::sock_filter> {
    Vec::new()
}
