/* Shim for the oracle (see ../../README.md): what the kernel's build generates as asm/fcntl.h for
 * every architecture without its own (x86, riscv, loongarch, s390, csky). */
#include <asm-generic/fcntl.h>
