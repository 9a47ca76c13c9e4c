/* SPDX-License-Identifier: MIT */
/*
 * The kernel constants the Nsfs runtime (and the nsfs cli, through the runtime's interop layer)
 * passes to system calls or reads from their results. The Nsfs generator evaluates this
 * header on every architecture against the vendored uapi headers (asm/fcntl.h resolves to each
 * architecture's own file), so none of these numbers is written by hand in C#.
 */
#ifndef NSFS_RUNTIME_SYSCALL_CONSTANTS_H
#define NSFS_RUNTIME_SYSCALL_CONSTANTS_H

#include <linux/fcntl.h>
/* Every architecture's asm/poll.h includes this one and only redefines the POLLWR* bits. */
#include <asm-generic/poll.h>
/*
 * errno 1 to 34: every architecture's asm/errno.h includes errno-base.h unchanged, but for
 * alpha's EAGAIN (35 there, 11 in errno-base.h), which is therefore defined with the higher ones.
 *
 * Above 34, asm-generic/errno.h holds on every architecture but four: alpha, mips, parisc and
 * sparc renumber (ENOSYS is 78, 89, 251 and 90 there). Their asm/errno.h is not vendored, so the
 * higher numbers are defined only where asm-generic/errno.h is the architecture's own: on those
 * four the members are absent rather than wrong (the generator then emits no per-architecture
 * constant for them, and reading the current-process value there throws).
 */
#include <asm-generic/errno-base.h>
#if !defined(__alpha__) && !defined(__mips__) && !defined(__hppa__) && !defined(__sparc__)
#define NSFS_HIGH_ERRNO_IS_GENERIC
#include <asm-generic/errno.h>
#endif
/*
 * Syscall numbers. pidfd_send_signal (5.1) and pidfd_open (5.3) came after the tables were
 * unified and have the unified table's numbers on every architecture but alpha (+110), mips
 * (+4000/5000/6000 per ABI) and x32 (+0x40000000). Those three take their numbers from tables
 * generated at kernel build time, which are not vendored, so the numbers are defined only for
 * the other architectures.
 */
#if !defined(__alpha__) && !defined(__mips__) && !(defined(__x86_64__) && defined(__ILP32__))
#define NSFS_SYSCALL_NUMBERS_ARE_UNIFIED
#include <asm-generic/unistd.h>
#endif

/*
 * open(2): a namespace file, a /proc entry or a cli input, read-only, never inherited across exec;
 * never waiting (a FIFO opens at once instead of blocking until a writer comes, so what was opened
 * can be checked first) and never becoming the controlling terminal.
 */
#define NSFS_O_RDONLY		O_RDONLY
#define NSFS_O_CLOEXEC		O_CLOEXEC
#define NSFS_O_NONBLOCK		O_NONBLOCK
#define NSFS_O_NOCTTY		O_NOCTTY

/* statx(2): the calling directory for a path, or (with an empty path) the descriptor itself. */
#define NSFS_AT_FDCWD		AT_FDCWD
#define NSFS_AT_EMPTY_PATH	AT_EMPTY_PATH

/*
 * The statx(2) mask bits and the file type bits of stx_mode are not repeated here: they come with
 * struct statx from the generated LinuxStat (linux/stat.h, runtime/Nsfs.csproj).
 */

/* poll(2) on a pidfd: readable once the process has exited. */
#define NSFS_POLLIN		POLLIN

/* The errno values the runtime and the cli tell apart (Errno, NsfsErrors, the cli's InputFile). */
#define NSFS_EPERM		EPERM
#define NSFS_ENOENT		ENOENT
#define NSFS_ESRCH		ESRCH
#define NSFS_ENXIO		ENXIO
#define NSFS_EINTR		EINTR
#define NSFS_EBADF		EBADF
#define NSFS_ENOMEM		ENOMEM
#define NSFS_EACCES		EACCES
#define NSFS_EFAULT		EFAULT
#define NSFS_ENOTDIR		ENOTDIR
#define NSFS_EINVAL		EINVAL
#define NSFS_ENFILE		ENFILE
#define NSFS_EMFILE		EMFILE
#define NSFS_ENOTTY		ENOTTY
#ifdef NSFS_HIGH_ERRNO_IS_GENERIC
#define NSFS_EAGAIN		EAGAIN
#define NSFS_ENOSYS		ENOSYS
#define NSFS_EOVERFLOW		EOVERFLOW
#define NSFS_EOPNOTSUPP		EOPNOTSUPP
#endif

/* syscall(2) numbers of the pidfd calls libc may not wrap (glibc before 2.36, musl). */
#ifdef NSFS_SYSCALL_NUMBERS_ARE_UNIFIED
#define NSFS_SYS_PIDFD_SEND_SIGNAL	__NR_pidfd_send_signal
#define NSFS_SYS_PIDFD_OPEN		__NR_pidfd_open
#endif

#endif
