/* The floor: the same system calls the C# API makes for a translation, with nothing around them. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "nsfs_bench.h"

int nsfs_bench_raw_translate(int nsfd, unsigned long request, int pid)
{
	/* The pid travels in the pointer-sized argument itself, not behind a pointer. */
	int answer = ioctl(nsfd, request, (unsigned long)pid);
	return answer >= 0 ? answer : -errno;
}

int nsfs_bench_open_translate_close(const char *path, unsigned long request, int pid)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;

	int answer = ioctl(fd, request, (unsigned long)pid);
	int saved = errno;
	close(fd);
	return answer >= 0 ? answer : -saved;
}
