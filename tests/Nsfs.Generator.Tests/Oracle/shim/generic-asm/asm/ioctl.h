/* Shim for the oracle (see ../../README.md): what the kernel's build generates as asm/ioctl.h for
 * every architecture without its own (x86, arm, arm64, riscv, loongarch, s390, m68k, csky). */
#include <asm-generic/ioctl.h>
