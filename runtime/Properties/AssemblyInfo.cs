using System.Runtime.CompilerServices;
using System.Runtime.Versioning;

// Every API here wraps Linux-only system calls (nsfs, pidfs, procfs).
[assembly: SupportedOSPlatform("linux")]

// The tests drive raw requests (foreign ioctl numbers, a PID request on a mount namespace) through
// the internal interop layer to prove the errno mapping on the real kernel.
[assembly: InternalsVisibleTo("Nsfs.Runtime.Tests")]

// The nsfs command is built from this repository with this assembly: it reaches the kernel through
// the same interop layer (statx of its input files) instead of a second set of P/Invokes and numbers.
[assembly: InternalsVisibleTo("Nsfs.Cli")]

// The generator's tests check the runtime's internal SyscallConstants against clang.
[assembly: InternalsVisibleTo("Nsfs.Generator.Tests")]
