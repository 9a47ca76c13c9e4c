/* SPDX-License-Identifier: MIT */
/*
 * The kernel constants the Nsfs runtime passes to system calls. The Nsfs generator evaluates this
 * header on every architecture against the vendored uapi headers (asm/fcntl.h resolves to each
 * architecture's own file), so none of these numbers is written by hand in C#.
 */
#ifndef NSFS_RUNTIME_SYSCALL_CONSTANTS_H
#define NSFS_RUNTIME_SYSCALL_CONSTANTS_H

#include <linux/fcntl.h>
#include <linux/stat.h>
/* Every architecture's asm/poll.h includes this one and only redefines the POLLWR* bits. */
#include <asm-generic/poll.h>
/*
 * The unified syscall table. pidfd_send_signal (5.1) and pidfd_open (5.3) came after the tables
 * were unified and have these numbers on every architecture .NET runs on; only alpha (+110), mips
 * (+4000/5000/6000) and x32 (+0x40000000) shift them, and none of those has a .NET runtime
 * (LinuxArchitectures.Current is null there, so the runtime never reads these values).
 */
#include <asm-generic/unistd.h>
/*
 * errno values. Every architecture's asm/errno.h includes errno-base.h (1 to 34) unchanged; the
 * higher numbers are asm-generic/errno.h's on every architecture .NET runs on (powerpc only
 * redefines EDEADLOCK); alpha, mips, parisc and sparc renumber them and have no .NET runtime.
 */
#include <asm-generic/errno.h>

/* open(2): a namespace file or /proc entry, read-only, never inherited across exec. */
#define NSFS_O_RDONLY		O_RDONLY
#define NSFS_O_CLOEXEC		O_CLOEXEC

/* statx(2) on a descriptor: an empty path names the descriptor itself. */
#define NSFS_AT_EMPTY_PATH	AT_EMPTY_PATH
#define NSFS_STATX_INO		STATX_INO

/* poll(2) on a pidfd: readable once the process has exited. */
#define NSFS_POLLIN		POLLIN

/* The errno values the runtime tells apart (Errno, NsfsErrors). */
#define NSFS_EPERM		EPERM
#define NSFS_ENOENT		ENOENT
#define NSFS_ESRCH		ESRCH
#define NSFS_EINTR		EINTR
#define NSFS_EBADF		EBADF
#define NSFS_ENOMEM		ENOMEM
#define NSFS_EACCES		EACCES
#define NSFS_EFAULT		EFAULT
#define NSFS_EINVAL		EINVAL
#define NSFS_ENFILE		ENFILE
#define NSFS_EMFILE		EMFILE
#define NSFS_ENOTTY		ENOTTY
#define NSFS_ENOSYS		ENOSYS
#define NSFS_EOVERFLOW		EOVERFLOW
#define NSFS_EOPNOTSUPP		EOPNOTSUPP

/* syscall(2) numbers of the pidfd calls libc may not wrap (glibc before 2.36, musl). */
#define NSFS_SYS_PIDFD_SEND_SIGNAL	__NR_pidfd_send_signal
#define NSFS_SYS_PIDFD_OPEN		__NR_pidfd_open

#endif
