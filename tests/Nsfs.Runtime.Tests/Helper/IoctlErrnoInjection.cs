using System.Runtime.InteropServices;

namespace Nsfs.Runtime.Tests.Helper;

/// <summary>
/// Makes this kernel answer chosen ioctl requests the way an older kernel does, with a seccomp
/// filter that fails them with an errno before they reach the kernel: the tests' way to run the
/// library's older-kernel paths (probe, /proc fallback, "needs Linux X" errors) on any kernel.
/// The filter applies to the calling thread and threads it starts; it needs no privilege
/// (PR_SET_NO_NEW_PRIVS) and cannot be removed, so only helper processes install it.
/// </summary>
internal static unsafe partial class IoctlErrnoInjection
{
    private const int PR_SET_SECCOMP = 22;
    private const int PR_SET_NO_NEW_PRIVS = 38;
    private const int SECCOMP_MODE_FILTER = 2;
    private const uint SECCOMP_RET_ALLOW = 0x7fff0000;
    private const uint SECCOMP_RET_ERRNO = 0x00050000;

    // Classic BPF opcodes (linux/bpf_common.h) and the seccomp_data offsets (linux/seccomp.h):
    // nr at 0, arch at 4, args[i] at 16 + 8 i, each argument's low 32 bits first on little-endian.
    private const ushort LoadWord = 0x20, JumpIfEqual = 0x15, JumpIfGreater = 0x25, JumpIfGreaterOrEqual = 0x35, And = 0x54, Return = 0x06;
    private const uint OffsetNr = 0, OffsetArch = 4, OffsetRequest = 24, OffsetArgument = 32;
    private const int Next = -1, AllowLabel = -2, MatchLabel = -3;

    /// <summary>
    /// Fails every ioctl whose request type and number (its low 16 bits) lie in one of
    /// <paramref name="ranges"/> with <paramref name="errno"/>; when <paramref name="argument"/> is
    /// given, only calls whose third argument (low 32 bits) equals it.
    /// </summary>
    public static void Install(int errno, (ushort First, ushort Last)[] ranges, uint? argument = null)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The filter reads the low half of 64-bit arguments at little-endian offsets.");
        }

        var (auditArch, ioctlNr) = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => (0xc000003eu, 16u),
            Architecture.Arm64 => (0xc00000b7u, 29u),
            var other => throw new PlatformNotSupportedException($"No seccomp numbers for {other}."),
        };

        // Jump targets are instruction indexes (Next: the following one), resolved to BPF's
        // forward offsets once the labels "match" and "allow" (the last instruction) are known.
        var program = new List<(ushort Code, int IfTrue, int IfFalse, uint K)>
        {
            (LoadWord, Next, Next, OffsetArch),
            (JumpIfEqual, Next, AllowLabel, auditArch),
            (LoadWord, Next, Next, OffsetNr),
            (JumpIfEqual, Next, AllowLabel, ioctlNr),
            (LoadWord, Next, Next, OffsetRequest),
            (And, Next, Next, 0xffff),
        };
        foreach (var (first, last) in ranges)
        {
            int below = program.Count;
            program.Add((JumpIfGreaterOrEqual, Next, below + 2, first)); // Below the range: the next one.
            program.Add((JumpIfGreater, below + 2, MatchLabel, last));   // Above it: the next one.
        }

        program.Add((Return, Next, Next, SECCOMP_RET_ALLOW)); // In no range.
        int match = program.Count;
        if (argument is { } value)
        {
            program.Add((LoadWord, Next, Next, OffsetArgument));
            program.Add((JumpIfEqual, Next, AllowLabel, value));
        }

        program.Add((Return, Next, Next, SECCOMP_RET_ERRNO | (uint)errno));
        program.Add((Return, Next, Next, SECCOMP_RET_ALLOW));
        int allow = program.Count - 1;

        // struct sock_filter { __u16 code; __u8 jt; __u8 jf; __u32 k; }
        var code = new ulong[program.Count];
        for (int i = 0; i < program.Count; i++)
        {
            var (op, ifTrue, ifFalse, k) = program[i];
            ulong Offset(int target) => (ulong)checked((byte)((target switch { Next => i + 1, AllowLabel => allow, MatchLabel => match, _ => target }) - i - 1));
            code[i] = op | (Offset(ifTrue) << 16) | (Offset(ifFalse) << 24) | ((ulong)k << 32);
        }

        Load(code);
    }

    private static void Load(ulong[] filter)
    {
        fixed (ulong* instructions = filter)
        {
            // struct sock_fprog { unsigned short len; struct sock_filter *filter; }
            var program = stackalloc nint[2];
            program[0] = filter.Length;
            program[1] = (nint)instructions;
            if (Prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 || Prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, (nuint)program, 0, 0) != 0)
            {
                throw new InvalidOperationException($"prctl failed: errno {Marshal.GetLastPInvokeError()}.");
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "prctl", SetLastError = true)]
    private static partial int Prctl(int option, nuint arg2, nuint arg3, nuint arg4, nuint arg5);
}
