/* Shim for the oracle (see ../../README.md). linux/types.h includes this; only the integer facts of
 * the data model are given, each as the kernel's asm-generic/posix_types.h (and x86's
 * posix_types_x32.h) defines it. */
#ifndef _NSFS_ORACLE_LINUX_POSIX_TYPES_H
#define _NSFS_ORACLE_LINUX_POSIX_TYPES_H

#include <asm/bitsperlong.h>

/* `long` of the kernel ABI: C's long, except on x32 where the kernel keeps 64-bit longs. */
#if defined(__x86_64__) && defined(__ILP32__)
typedef long long __kernel_long_t;
typedef unsigned long long __kernel_ulong_t;
#else
typedef long __kernel_long_t;
typedef unsigned long __kernel_ulong_t;
#endif

/* File offsets (struct flock in asm-generic/fcntl.h): the kernel long, and 64-bit for loff_t. */
typedef __kernel_long_t __kernel_off_t;
typedef long long __kernel_loff_t;

/* Process ids, user and group ids: 32-bit on every architecture. */
typedef int __kernel_pid_t;
typedef unsigned int __kernel_uid32_t;
typedef unsigned int __kernel_gid32_t;

/* Object sizes: 32-bit where `long` is 32-bit (x32 included), else the kernel's unsigned long. */
#if __BITS_PER_LONG != 64
typedef unsigned int __kernel_size_t;
typedef int __kernel_ssize_t;
#else
typedef __kernel_ulong_t __kernel_size_t;
typedef __kernel_long_t __kernel_ssize_t;
#endif

#endif
