using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Kubernetes.Manifests;
using ComplianceAuditor.TestSupport.Golden;

namespace ComplianceAuditor.Kubernetes.Tests.Manifests;

/// <summary>Shorthands for loading text and picking out diagnostics.</summary>
internal static class Loading
{
    public static LoadResult Yaml(string text, string file = "test.yaml") => ManifestLoader.LoadText(file, text);

    public static LoadResult Json(string text, string file = "test.json") => ManifestLoader.LoadText(file, text);

    public static IReadOnlyList<Diagnostic> Errors(this LoadResult result) => [.. result.Diagnostics.Where(d => d.IsError)];

    public static IReadOnlyList<Diagnostic> Warnings(this LoadResult result) => [.. result.Diagnostics.Where(d => !d.IsError)];

    /// <summary>The one error (the "left out of the snapshot" summary is a warning).</summary>
    public static Diagnostic SingleProblem(this LoadResult result)
    {
        var problems = result.Errors().ToList();
        Assert.True(problems.Count == 1, "expected one problem, found:\n" + string.Join("\n", result.Diagnostics));
        return problems[0];
    }

    public static void AssertClean(this LoadResult result) =>
        Assert.True(result.Diagnostics.Count == 0, "expected no diagnostics, found:\n" + string.Join("\n", result.Diagnostics));

    public static void AssertAt(this Diagnostic diagnostic, string file, int document, int line, int column)
    {
        Assert.NotNull(diagnostic.Location);
        Assert.Equal(new SourceLocation(file, document, line, column), diagnostic.Location);
    }

    /// <summary>A path under the repository's tests/testdata folder.</summary>
    public static string TestData(params string[] parts) => Path.Combine([RepositoryPaths.TestData, .. parts]);
}
