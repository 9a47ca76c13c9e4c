namespace Nsfs.Analyzers.Tests.Rules;

public sealed class WrongNamespaceTypeTests
{
    [Fact]
    public Task As_pid_on_a_handle_opened_as_mount() => Verify<WrongNamespaceTypeAnalyzer>.AnalyzerAsync("""
        void M()
        {
            using var handle = NamespaceHandle.Open(1, NamespaceType.Mount);
            var pids = {|NSFS0001:handle.As<PidNamespace>()|};
        }
        """);

    [Fact]
    public Task As_on_a_handle_opened_from_a_constant_proc_path() => Verify<WrongNamespaceTypeAnalyzer>.AnalyzerAsync("""
        void M()
        {
            NamespaceHandle handle = NamespaceHandle.OpenPath("/proc/self/ns/user");
            _ = {|NSFS0001:handle.As<MountNamespace>()|}.GetInfo();
        }
        """);

    [Fact]
    public Task Typed_open_path_of_another_type() => Verify<WrongNamespaceTypeAnalyzer>.AnalyzerAsync("""
        void M()
        {
            using var ns = PidNamespace.OpenPath({|NSFS0001:"/proc/1/ns/mnt"|});
        }
        """);

    [Fact]
    public Task Pid_request_on_a_user_namespace_descriptor() => Verify<WrongNamespaceTypeAnalyzer>.AnalyzerAsync("""
        int M()
        {
            using UserNamespace user = UserNamespace.OpenCurrent();
            return Native.Control({|NSFS0001:user.SafeHandle|}, LinuxNsfs.NS_GET_PID_FROM_PIDNS, 1);
        }
        """);

    [Fact]
    public Task Owner_uid_on_a_raw_fd_opened_from_a_mount_path() => Verify<WrongNamespaceTypeAnalyzer>.AnalyzerAsync("""
        uint M()
        {
            uint uid;
            int fd = Native.open("/proc/self/ns/mnt", 0);
            Native.ControlUid({|NSFS0001:fd|}, LinuxNsfs.NS_GET_OWNER_UID, &uid);
            return uid;
        }
        """);

    [Fact]
    public Task Mount_request_on_a_pid_namespace() => Verify<WrongNamespaceTypeAnalyzer>.AnalyzerAsync("""
        void M(PidNamespace ns)
        {
            mnt_ns_info info = default;
            Native.Control({|NSFS0001:ns.SafeHandle|}, LinuxNsfs.NS_MNT_GET_INFO, (nint)(&info));
        }
        """);

    [Fact]
    public Task Field_assigned_in_the_method() => Verify<WrongNamespaceTypeAnalyzer>.AnalyzerAsync("""
        private NamespaceHandle? _handle;

        void M()
        {
            _handle = NamespaceHandle.Open(42, NamespaceType.User);
            {|NSFS0001:_handle.As<PidNamespace>()|}.GetInitPid();
        }
        """);

    [Fact]
    public Task Cast_and_pidfd_namespace_of_another_type() => Verify<WrongNamespaceTypeAnalyzer>.AnalyzerAsync("""
        void M(PidFd pidfd)
        {
            var net = {|NSFS0001:(PidNamespace)NamespaceHandle.OpenCurrent(NamespaceType.Net)|};
            var user = {|NSFS0001:pidfd.GetNamespace(NamespaceType.User).As<PidNamespace>()|};
        }
        """);

    [Fact]
    public Task Matching_types_are_silent() => Verify<WrongNamespaceTypeAnalyzer>.AnalyzerAsync("""
        int M(PidFd pidfd)
        {
            using var a = NamespaceHandle.Open(1, NamespaceType.Pid).As<PidNamespace>();
            using var b = NamespaceHandle.OpenPath("/proc/1/ns/pid_for_children").As<PidNamespace>();
            using var c = PidNamespace.OpenPath("/proc/self/task/7/ns/pid");
            using var d = pidfd.GetNamespace(NamespaceType.Mount).As<MountNamespace>();
            using UserNamespace user = UserNamespace.OpenCurrent();
            uint uid;
            Native.ControlUid((int)user.SafeHandle.DangerousGetHandle(), LinuxNsfs.NS_GET_OWNER_UID, &uid);
            return Native.Control(a.SafeHandle, LinuxNsfs.NS_GET_PID_FROM_PIDNS, 1);
        }
        """);

    [Fact]
    public Task Requests_for_any_type_and_hierarchical_types_are_silent() => Verify<WrongNamespaceTypeAnalyzer>.AnalyzerAsync("""
        void M()
        {
            using var mount = MountNamespace.OpenCurrent();
            using var user = UserNamespace.OpenCurrent();
            Native.Control(mount.SafeHandle, LinuxNsfs.NS_GET_NSTYPE, 0);
            Native.Control(mount.SafeHandle, LinuxNsfs.NS_GET_USERNS, 0);
            Native.Control(user.SafeHandle, LinuxNsfs.NS_GET_PARENT, 0);
        }
        """);

    [Fact]
    public Task Unknown_or_disagreeing_origins_are_silent() => Verify<WrongNamespaceTypeAnalyzer>.AnalyzerAsync("""
        void M(NamespaceHandle given, string path, bool pid)
        {
            given.As<PidNamespace>();
            NamespaceHandle.OpenPath(path).As<PidNamespace>();
            var handle = NamespaceHandle.Open(1, NamespaceType.Mount);
            if (pid)
            {
                handle = NamespaceHandle.Open(1, NamespaceType.Pid);
            }

            handle.As<PidNamespace>();
            var viaPidFd = NamespaceHandle.Open(1, pid ? NamespaceType.Pid : NamespaceType.Mount);
            viaPidFd.As<PidNamespace>();
        }
        """);
}
