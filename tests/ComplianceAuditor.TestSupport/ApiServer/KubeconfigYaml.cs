using System.Text;

namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>A minimal kubeconfig: one cluster, one token user, one context, made current.</summary>
internal static class KubeconfigYaml
{
    public static string Build(Uri server, string contextName, string token)
    {
        var name = Quote(contextName);
        var text = new StringBuilder()
            .Append("apiVersion: v1\n")
            .Append("kind: Config\n")
            .Append("clusters:\n")
            .Append("- name: ").Append(name).Append('\n')
            .Append("  cluster:\n")
            .Append("    server: ").Append(Quote(server.GetLeftPart(UriPartial.Authority))).Append('\n')
            .Append("users:\n")
            .Append("- name: ").Append(name).Append('\n')
            .Append("  user:\n")
            .Append("    token: ").Append(Quote(token)).Append('\n')
            .Append("contexts:\n")
            .Append("- name: ").Append(name).Append('\n')
            .Append("  context:\n")
            .Append("    cluster: ").Append(name).Append('\n')
            .Append("    user: ").Append(name).Append('\n')
            .Append("current-context: ").Append(name).Append('\n')
            .Append("preferences: {}\n");
        return text.ToString();
    }

    /// <summary>A YAML single-quoted scalar: only the quote itself needs escaping, by doubling.</summary>
    private static string Quote(string value)
    {
        if (value.AsSpan().IndexOfAny('\n', '\r') >= 0)
        {
            throw new ArgumentException($"a kubeconfig value cannot span lines: \"{value}\"", nameof(value));
        }

        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }
}
