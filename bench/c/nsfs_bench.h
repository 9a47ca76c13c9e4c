/*
 * The C side of the benchmarks: the floor (what a C program pays for the same kernel work) and
 * the LXCFS way of answering "which host pid is the init of this process's PID namespace?".
 * Every function returns its answer (>= 0) or -errno, so callers never read errno across a
 * P/Invoke boundary.
 */
#ifndef NSFS_BENCH_H
#define NSFS_BENCH_H

#include <sys/types.h>

/* One ioctl on an open nsfs descriptor; the PID requests take the pid by value. */
int nsfs_bench_raw_translate(int nsfd, unsigned long request, int pid);

/* open(path, O_RDONLY | O_CLOEXEC) + one ioctl + close: the work of a one-shot lookup. */
int nsfs_bench_open_translate_close(const char *path, unsigned long request, int pid);

/*
 * The LXCFS two-fork SCM_CREDENTIALS dance: the host pid of the init of the PID namespace that
 * process `target` is in. Needs CAP_SYS_ADMIN over that namespace (setns, and claiming pid 1).
 */
int nsfs_bench_lxcfs_init_pid(pid_t target);

#endif
