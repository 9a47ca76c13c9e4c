/*
 * How LXCFS finds the host pid of a reader's PID-namespace init without NS_GET_PID_FROM_PIDNS
 * (domain.md §4, scm_init_pid): fork a child that joins the target PID namespace, have it clone a
 * grandchild that really lives there, and let the grandchild send SCM_CREDENTIALS claiming
 * pid 1. The kernel looks that pid up in the sender's namespace and hands the receiver the same
 * task as numbered in the receiver's namespace. Written from that description, not copied.
 *
 * This runs inside a multi-threaded process (the .NET benchmark host), so everything between
 * fork() and _exit() is async-signal-safe: the path is formatted before forking, and the children
 * only make raw system calls.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "nsfs_bench.h"

/* LXCFS gives the grandchild two seconds to answer. */
#define CREDS_TIMEOUT_MS 2000

/* Waits for a child; 0 when it exited with status 0, else -errno or -ECHILD. */
static int reap(pid_t pid)
{
	int status;
	while (waitpid(pid, &status, 0) < 0) {
		if (errno != EINTR)
			return -errno;
	}
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -ECHILD;
}

/* The grandchild, inside the target namespace: claims to be its pid 1 (allowed with CAP_SYS_ADMIN there). */
static void __attribute__((noreturn)) send_init_credentials(int sock)
{
	/* Wait for the parent's ping, as LXCFS does: the parent is listening once it arrives. */
	char ping;
	while (recv(sock, &ping, 1, 0) < 0) {
		if (errno != EINTR)
			_exit(1);
	}

	struct ucred cred = { .pid = 1, .uid = 0, .gid = 0 };
	char payload = '1';
	struct iovec iov = { .iov_base = &payload, .iov_len = 1 };
	union {
		struct cmsghdr align;
		char buf[CMSG_SPACE(sizeof(struct ucred))];
	} control;
	memset(&control, 0, sizeof(control));
	struct msghdr msg = {
		.msg_iov = &iov,
		.msg_iovlen = 1,
		.msg_control = control.buf,
		.msg_controllen = sizeof(control.buf),
	};
	struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
	cmsg->cmsg_level = SOL_SOCKET;
	cmsg->cmsg_type = SCM_CREDENTIALS;
	cmsg->cmsg_len = CMSG_LEN(sizeof(cred));
	memcpy(CMSG_DATA(cmsg), &cred, sizeof(cred));

	while (sendmsg(sock, &msg, 0) < 0) {
		if (errno != EINTR)
			_exit(1);
	}
	_exit(0);
}

/* The first child: joins the namespace for its children, then forks the grandchild into it. */
static void __attribute__((noreturn)) enter_and_clone(int sock, const char *ns_path)
{
	int fd = open(ns_path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		_exit(1);
	/* setns on a PID namespace moves only pid_for_children: this process stays where it is. */
	if (setns(fd, CLONE_NEWPID) < 0)
		_exit(1);
	close(fd);

	/*
	 * A raw clone, as LXCFS does (lxcfs_raw_clone): its child is the first task of this process
	 * in the new namespace, and glibc's fork() wrapper has at times asserted on the pid it saw.
	 * With no new stack, clone(SIGCHLD) behaves like fork on every architecture.
	 */
	pid_t child = (pid_t)syscall(SYS_clone, (unsigned long)SIGCHLD, 0UL, 0UL, 0UL, 0UL);
	if (child < 0)
		_exit(1);
	if (child == 0)
		send_init_credentials(sock);
	_exit(reap(child) == 0 ? 0 : 1);
}

/* The parent: pings, waits (bounded) for the message, and reads the translated pid from it. */
static int receive_init_pid(int sock)
{
	char ping = '1';
	while (send(sock, &ping, 1, 0) < 0) {
		if (errno != EINTR)
			return -errno;
	}

	struct pollfd pfd = { .fd = sock, .events = POLLIN };
	for (;;) {
		int ready = poll(&pfd, 1, CREDS_TIMEOUT_MS);
		if (ready > 0)
			break;
		if (ready == 0)
			return -ETIMEDOUT;
		if (errno != EINTR)
			return -errno;
	}

	char payload;
	struct iovec iov = { .iov_base = &payload, .iov_len = 1 };
	union {
		struct cmsghdr align;
		char buf[CMSG_SPACE(sizeof(struct ucred))];
	} control;
	struct msghdr msg = {
		.msg_iov = &iov,
		.msg_iovlen = 1,
		.msg_control = control.buf,
		.msg_controllen = sizeof(control.buf),
	};
	while (recvmsg(sock, &msg, 0) < 0) {
		if (errno != EINTR)
			return -errno;
	}

	for (struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg); cmsg != NULL; cmsg = CMSG_NXTHDR(&msg, cmsg)) {
		if (cmsg->cmsg_level == SOL_SOCKET && cmsg->cmsg_type == SCM_CREDENTIALS) {
			struct ucred cred;
			memcpy(&cred, CMSG_DATA(cmsg), sizeof(cred));
			/* 0 would mean the claimed init is not visible from here. */
			return cred.pid > 0 ? cred.pid : -ESRCH;
		}
	}
	return -EBADMSG;
}

int nsfs_bench_lxcfs_init_pid(pid_t target)
{
	char ns_path[64];
	snprintf(ns_path, sizeof(ns_path), "/proc/%d/ns/pid", (int)target);

	int sv[2];
	if (socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, sv) < 0)
		return -errno;

	/* Without SO_PASSCRED on the receiving end the kernel delivers no credentials at all. */
	int one = 1;
	if (setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &one, sizeof(one)) < 0) {
		int saved = errno;
		close(sv[0]);
		close(sv[1]);
		return -saved;
	}

	pid_t child = fork();
	if (child < 0) {
		int saved = errno;
		close(sv[0]);
		close(sv[1]);
		return -saved;
	}
	if (child == 0) {
		close(sv[1]);
		enter_and_clone(sv[0], ns_path);
	}

	int init_pid = receive_init_pid(sv[1]);
	close(sv[0]);
	close(sv[1]);
	int reaped = reap(child);
	return init_pid < 0 ? init_pid : reaped < 0 ? reaped : init_pid;
}
