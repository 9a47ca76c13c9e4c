/* Shim for the oracle (see ../../README.md): the kernel's integer types.
 * Every architecture's uapi asm/types.h comes down to asm-generic/int-ll64.h for user space
 * (ppc64 and mips64 default to int-l64.h, whose 64-bit types are `long`: same size and alignment
 * there, so no number or layout changes). The vendored int-ll64.h then gives __u8..__u64. */
#ifndef _NSFS_ORACLE_ASM_TYPES_H
#define _NSFS_ORACLE_ASM_TYPES_H

#include <asm-generic/int-ll64.h>

#endif
