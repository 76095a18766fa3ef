using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceAuditor.TestSupport.Golden;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Cli.Tests;

/// <summary>
/// The published JSON Schemas (controls/schema) and the code agree: every bundled catalog is valid
/// under catalog.schema.json, catalogs the loader refuses for a reason the schema can express are
/// refused by the schema too, and the results.json an audit writes is valid under results.schema.json.
/// </summary>
public class SchemaTests
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    private static string SchemaDir => Path.Combine(RepositoryPaths.Root, "controls", "schema");

    public static TheoryData<string> BundledCatalogs() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "controls"), "*.yaml").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(BundledCatalogs))]
    public void Bundled_catalogs_are_valid_under_the_catalog_schema(string file)
    {
        var result = Validate("catalog.schema.json", YamlToJson(Path.Combine(RepositoryPaths.Root, "controls", file)));

        Assert.True(result.IsValid, Describe(result));
    }

    [Theory]
    [InlineData("error-unknown-fields")]
    [InlineData("error-bad-values")]
    [InlineData("error-missing-fields")]
    [InlineData("error-unknown-check-type")]
    [InlineData("error-wrong-kind")]
    public void Catalogs_the_loader_refuses_are_refused_by_the_schema(string scenario)
    {
        var result = Validate("catalog.schema.json", YamlToJson(Path.Combine(RepositoryPaths.TestData, "catalogs", scenario, "catalog.yaml")));

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task Results_of_an_audit_are_valid_under_the_results_schema()
    {
        var output = Directory.CreateTempSubdirectory("schema-test-");
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var code = await CliApp.RunAsync(["audit", "--demo", "--out", output.FullName], stdout, stderr, errorIsTerminal: false);

            Assert.True(code is 0 or 1, stderr.ToString());
            var results = Assert.Single(Directory.GetFiles(output.FullName, "results.json", SearchOption.AllDirectories));
            var result = Validate("results.schema.json", JsonNode.Parse(File.ReadAllText(results)));
            Assert.True(result.IsValid, Describe(result));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static EvaluationResults Validate(string schemaFile, JsonNode? instance)
    {
        // The library keeps a global registry keyed by $id: load each schema once.
        var schema = Schemas.GetOrAdd(schemaFile, f => JsonSchema.FromFile(Path.Combine(SchemaDir, f)));
        using var document = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    /// <summary>YAML to JSON with YAML 1.2 core-schema typing of plain scalars, as a YAML-aware validator sees them.</summary>
    private static JsonNode? YamlToJson(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(path)))
        {
            stream.Load(reader);
        }

        return Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, Convert(p.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Convert)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidOperationException($"unexpected YAML node {node.NodeType}"),
    };

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        if (text is "null" or "~" or "")
        {
            return null;
        }

        if (text is "true" or "false")
        {
            return JsonValue.Create(text == "true");
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(text);
    }
}
