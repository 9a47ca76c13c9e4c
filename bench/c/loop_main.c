/*
 * Standalone loops over the C baseline, without .NET in the process: the ns/op a C program pays.
 * The BenchmarkDotNet run measures the same functions through one P/Invoke; this tells how much
 * of that baseline is the transition, and what the fork dance costs from a small process (as in
 * LXCFS) rather than from a large runtime whose page tables every fork copies.
 *
 * Usage: nsfs-bench-loop <pid in a child PID namespace> [seconds per loop]
 * Prints one "name<TAB>ns/op<TAB>iterations<TAB>answer" line per loop.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/*
 * The vendored uapi header, by path: the system one may predate the 6.11 PID requests, and its
 * own includes must still resolve to the system <linux/ioctl.h> and <linux/types.h>.
 */
#include "../../headers/linux/nsfs.h"

#include "nsfs_bench.h"

static double now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

struct loop {
	const char *name;
	int (*run)(const void *state);
	const void *state;
};

struct translate_state {
	int fd;
	const char *path;
	pid_t target;
};

static int run_raw(const void *state)
{
	const struct translate_state *s = state;
	return nsfs_bench_raw_translate(s->fd, NS_GET_PID_FROM_PIDNS, 1);
}

static int run_open(const void *state)
{
	const struct translate_state *s = state;
	return nsfs_bench_open_translate_close(s->path, NS_GET_PID_FROM_PIDNS, 1);
}

static int run_lxcfs(const void *state)
{
	const struct translate_state *s = state;
	return nsfs_bench_lxcfs_init_pid(s->target);
}

/*
 * What the C# library's extra checks cost on this machine, for the report: the system-call floor,
 * and the two calls that validate a freshly opened namespace file (statx for its identity and
 * file system, NS_GET_NSTYPE for its type).
 */
static int run_getppid(const void *state)
{
	(void)state;
	return (int)getppid();
}

static int run_statx(const void *state)
{
	const struct translate_state *s = state;
	struct statx buffer;
	return statx(s->fd, "", AT_EMPTY_PATH, STATX_INO, &buffer) == 0 ? 0 : -errno;
}

static int run_nstype(const void *state)
{
	const struct translate_state *s = state;
	int type = ioctl(s->fd, NS_GET_NSTYPE, 0);
	return type >= 0 ? type : -errno;
}

/* Runs batches that double in size until one lasts the budget; reports that batch's ns/op. */
static int measure(const struct loop *loop, double budget_ns)
{
	int answer = loop->run(loop->state); /* warm caches, and check the call works */
	if (answer < 0) {
		fprintf(stderr, "%s failed: %s\n", loop->name, strerror(-answer));
		return 1;
	}

	for (long batch = 1;; batch *= 2) {
		double start = now_ns();
		for (long i = 0; i < batch; i++) {
			int again = loop->run(loop->state);
			if (again != answer) {
				fprintf(stderr, "%s answered %d, then %d\n", loop->name, answer, again);
				return 1;
			}
		}
		double elapsed = now_ns() - start;
		if (elapsed >= budget_ns) {
			printf("%s\t%.1f\t%ld\t%d\n", loop->name, elapsed / (double)batch, batch, answer);
			return 0;
		}
	}
}

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: %s <pid in a child PID namespace> [seconds per loop]\n", argv[0]);
		return 2;
	}

	pid_t target = (pid_t)atoi(argv[1]);
	double budget_ns = (argc == 3 ? atof(argv[2]) : 0.5) * 1e9;
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/ns/pid", (int)target);

	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		fprintf(stderr, "open %s: %s\n", path, strerror(errno));
		return 1;
	}

	struct translate_state state = { .fd = fd, .path = path, .target = target };
	const struct loop loops[] = {
		{ "raw_translate", run_raw, &state },
		{ "open_translate_close", run_open, &state },
		{ "lxcfs_init_pid", run_lxcfs, &state },
		{ "syscall_getppid", run_getppid, &state },
		{ "statx_fd", run_statx, &state },
		{ "ioctl_nstype", run_nstype, &state },
	};

	int failed = 0;
	for (size_t i = 0; i < sizeof(loops) / sizeof(loops[0]); i++)
		failed |= measure(&loops[i], budget_ns);
	close(fd);
	return failed;
}
