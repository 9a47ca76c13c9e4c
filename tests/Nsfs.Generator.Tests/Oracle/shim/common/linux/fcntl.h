/* Shim for the oracle (see ../../README.md). pidfd.h includes this only for O_NONBLOCK and O_EXCL,
 * whose values differ between architectures (alpha, mips, parisc, sparc) and are not integer-type
 * facts. Deliberately empty: PIDFD_NONBLOCK and PIDFD_THREAD then do not evaluate, and the oracle
 * reports them as such instead of checking the generator against values invented here. */
#ifndef _NSFS_ORACLE_LINUX_FCNTL_H
#define _NSFS_ORACLE_LINUX_FCNTL_H
#endif
