namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>How diagnostics name an object: "NetworkPolicy shop/allow-web", "Namespace shop", "Pod (unnamed)".</summary>
internal static class ObjectRefs
{
    public static string Format(string kind, string? namespaceName, string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return $"{kind} (unnamed)";
        }

        return string.IsNullOrEmpty(namespaceName) ? $"{kind} {name}" : $"{kind} {namespaceName}/{name}";
    }
}
