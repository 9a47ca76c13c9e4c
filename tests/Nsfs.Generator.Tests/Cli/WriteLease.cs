using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using Nsfs.Metadata;

namespace Nsfs.Generator.Tests.Cli;

/// <summary>
/// A write lease on a file (fcntl F_SETLEASE F_WRLCK) held by this process until disposed: while it
/// is held, an open of the file that must not wait (O_NONBLOCK) fails with EWOULDBLOCK. The fcntl
/// numbers are this architecture's, from the vendored linux/fcntl.h (alpha, mips, parisc and sparc
/// number F_WRLCK and F_SETOWN their own way).
/// </summary>
internal sealed partial class WriteLease : IDisposable
{
    private static readonly Lazy<(int SetLease, int WriteLock, int SetOwner)> Numbers = new(ReadNumbers);

    private readonly SafeFileHandle file;

    /// <summary>Takes the lease on <paramref name="path"/>, which no one may have open.</summary>
    public WriteLease(string path)
    {
        var (setLease, writeLock, setOwner) = Numbers.Value;
        file = File.OpenHandle(path, FileMode.Open, FileAccess.Read);
        try
        {
            Check(Fcntl(file, setLease, writeLock), "F_SETLEASE F_WRLCK");
            // An open breaking the lease signals its holder, with SIGIO unless told otherwise, which
            // would end the test process: no owner, no signal (the open fails all the same).
            Check(Fcntl(file, setOwner, 0), "F_SETOWN 0");
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Gives the lease up (closing the file does).</summary>
    public void Dispose() => file.Dispose();

    private static void Check(int result, string call)
    {
        if (result < 0)
        {
            throw new InvalidOperationException($"fcntl {call} failed: {Marshal.GetLastPInvokeErrorMessage()} (file leases need sysctl fs.leases-enable=1 and a file system that grants them)");
        }
    }

    private static (int, int, int) ReadNumbers()
    {
        const string Text = "#include <linux/fcntl.h>\n#define LEASE_SET F_SETLEASE\n#define LEASE_WRITE F_WRLCK\n#define LEASE_OWNER F_SETOWN\n";
        var model = HeaderModelBuilder.Build(new HeaderText("lease.h", "lease.h", Text), VendoredHeaders.Provider);
        var dataModel = DataModels.Find(LinuxArchitectures.Current?.ToString() ?? string.Empty)
            ?? throw new InvalidOperationException("This machine's architecture has no data model, so its fcntl numbers are unknown.");
        int Value(string name) => (int)model.Constants.Single(c => c.Name == name).Values.Single(v => v.Arch == dataModel.Name).Value.AsSigned(dataModel);
        return (Value("LEASE_SET"), Value("LEASE_WRITE"), Value("LEASE_OWNER"));
    }

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Fcntl(SafeFileHandle fd, int command, nint argument);
}
