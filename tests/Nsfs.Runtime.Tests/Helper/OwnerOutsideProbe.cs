namespace Nsfs.Runtime.Tests.Helper;

/// <summary>
/// Port of the second half of selftests/nsfs/owner.c: descriptors opened before the process entered
/// a new user namespace (inherited through exec) now name namespaces outside its scope, so
/// NS_GET_USERNS on them is EPERM.
/// </summary>
internal static class OwnerOutsideProbe
{
    public static int Run(int utsFd, int initialUserFd)
    {
        using var uts = NamespaceHandle.FromFileDescriptor(utsFd, ownsHandle: true);
        using var initialUser = NamespaceHandle.FromFileDescriptor(initialUserFd, ownsHandle: true);
        Outcome.Report("uts-owner", () => uts.GetOwningUserNamespace());
        Outcome.Report("user-owner", () => initialUser.GetOwningUserNamespace());
        Outcome.Report("try-user-owner", () => initialUser.TryGetOwningUserNamespace(out _));
        return 0;
    }
}
