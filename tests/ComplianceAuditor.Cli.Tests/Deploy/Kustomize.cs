using System.Diagnostics;

namespace ComplianceAuditor.Cli.Tests.Deploy;

/// <summary>Renders a kustomization with `kubectl kustomize`, as `kubectl apply -k` would.</summary>
internal static class Kustomize
{
    public static string Render(string directory)
    {
        var start = new ProcessStartInfo("kubectl", ["kustomize", directory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("kubectl did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                "kubectl is not on PATH: the dogfooding tests render deploy/ with `kubectl kustomize`."
                + " Install it (.ci/run does: apt-get install -y kubernetes-client). " + e.Message, e);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"kubectl kustomize {directory} did not finish within 2 minutes");
            }

            return process.ExitCode == 0
                ? output
                : throw new InvalidOperationException($"kubectl kustomize {directory} exited {process.ExitCode}: {error.Result}");
        }
    }
}
