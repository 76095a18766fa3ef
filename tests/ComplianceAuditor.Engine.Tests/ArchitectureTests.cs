using System.Reflection;
using ComplianceAuditor.Engine.Reachability;

namespace ComplianceAuditor.Engine.Tests;

public class ArchitectureTests
{
    // The engine is a pure function of its input: no files, no network, no clock, no other
    // project of ours. These assemblies would betray one of those.
    private static readonly string[] Forbidden =
    [
        "System.Net.Http", "System.Net.Sockets", "System.Console", "YamlDotNet", "KubernetesClient",
        "ComplianceAuditor.Kubernetes", "ComplianceAuditor.Controls", "ComplianceAuditor.Reports", "ComplianceAuditor.Cli",
    ];

    [Fact]
    public void Engine_references_no_io_network_or_other_project()
    {
        var references = typeof(ReachabilityAnalysis).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, r => Forbidden.Contains(r));
    }

    [Fact]
    public void Engine_never_reads_the_clock()
    {
        var clockUsers = typeof(ReachabilityAnalysis).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetMethodBody() is not null)
            .Where(m => ReferencesDateTimeNow(m))
            .Select(m => $"{m.DeclaringType}.{m.Name}")
            .ToList();

        Assert.Empty(clockUsers);
    }

    private static bool ReferencesDateTimeNow(MethodInfo method)
    {
        // A cheap IL scan: look for call tokens resolving to DateTime.Now/UtcNow or DateTimeOffset.Now/UtcNow.
        var il = method.GetMethodBody()!.GetILAsByteArray() ?? [];
        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] is not (0x28 or 0x6F))
            {
                continue;
            }

            try
            {
                var target = method.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1));
                if (target?.DeclaringType is { } type && (type == typeof(DateTime) || type == typeof(DateTimeOffset)) && target.Name is "get_Now" or "get_UtcNow")
                {
                    return true;
                }
            }
            catch (ArgumentException)
            {
                // Not a method token at this offset: the byte was an operand of another instruction.
            }
        }

        return false;
    }
}
