/* Shim for the oracle (see ../../README.md): the width of `long`, taken from the target clang
 * compiles for, as the kernel's own asm-generic/bitsperlong.h does for user space. */
#ifndef _NSFS_ORACLE_ASM_BITSPERLONG_H
#define _NSFS_ORACLE_ASM_BITSPERLONG_H

#define __BITS_PER_LONG (__SIZEOF_LONG__ * 8)

#endif
