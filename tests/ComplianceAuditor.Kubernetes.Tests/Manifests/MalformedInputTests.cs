using System.Text;
using ComplianceAuditor.Kubernetes.Manifests;

namespace ComplianceAuditor.Kubernetes.Tests.Manifests;

/// <summary>Whatever the bytes, loading reports diagnostics and never throws.</summary>
public sealed class MalformedInputTests
{
    private const string Seed = """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: networking.k8s.io/v1
          kind: NetworkPolicy
          metadata: {name: np, namespace: shop, labels: &l {app: web}}
          spec:
            podSelector: {matchExpressions: [{key: app, operator: In, values: [web]}]}
            ingress:
            - from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}}, {podSelector: {}}]
              ports: [{port: 80, endPort: 90}, {port: http, protocol: UDP}]
        - apiVersion: v1
          kind: Pod
          metadata: {name: p, labels: *l}
          spec: {containers: [{name: c, ports: [{containerPort: 80, name: http}]}]}
          status: {podIPs: [{ip: 10.0.0.1}, {ip: "fd00::1"}]}
        ---
        "quoted": 'single' # comment
        block: |
          text
        """;

    private const string Specials = "[]{}:,-?&*!|>'\"#%@` \n\t\\/.0123456789abc~<=";

    [Fact]
    public void Mutated_yaml_never_throws()
    {
        var random = new Random(1234);
        for (var i = 0; i < 3000; i++)
        {
            var text = Mutate(Seed, random);
            var result = ManifestLoader.LoadText("fuzz.yaml", text);
            Assert.NotNull(result.Snapshot);
        }
    }

    [Fact]
    public void Mutated_json_never_throws()
    {
        var seed = """
            {"apiVersion":"v1","kind":"List","items":[
              {"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","labels":{"app":"w\u00e9b"}},
               "spec":{"containers":[{"name":"c","ports":[{"containerPort":80}]}]},
               "status":{"podIP":"10.0.0.1"}}],
             "metadata":{"resourceVersion":""}}
            {"kind": "Namespace", "apiVersion": "v1", "metadata": {"name": "n"}}
            """;
        var random = new Random(99);
        for (var i = 0; i < 3000; i++)
        {
            var result = ManifestLoader.LoadText("fuzz.json", Mutate(seed, random));
            Assert.NotNull(result.Snapshot);
        }
    }

    [Theory]
    [InlineData("deep.yaml")]
    [InlineData("deep.json")]
    public void Nesting_too_deep_stops_the_file_quickly(string file)
    {
        // YamlDotNet takes time quadratic in flow nesting; 200k levels would take many minutes.
        var text = "{\"apiVersion\": \"v1\", \"kind\": \"Namespace\", \"metadata\": {\"name\": \"kept\"}}\n---\n" + new string('[', 200_000) + new string(']', 200_000);
        if (file.EndsWith(".json", StringComparison.Ordinal))
        {
            text = text.Replace("---", string.Empty, StringComparison.Ordinal);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = ManifestLoader.LoadText(file, text);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        var error = result.SingleProblem();
        Assert.Equal("nesting deeper than 1000 levels is not supported; the rest of the file is not read", error.Message);
        error.AssertAt(file, 2, 3, 1001);
        Assert.Single(result.Snapshot.Namespaces);
    }

    [Fact]
    public void Invalid_utf8_in_json_is_a_syntax_error()
    {
        var directory = Directory.CreateTempSubdirectory("manifests-");
        try
        {
            var path = Path.Combine(directory.FullName, "bad.json");
            var bytes = Encoding.UTF8.GetBytes("{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"X\"}}").ToList();
            bytes[bytes.Count - 4] = 0xFF;
            File.WriteAllBytes(path, [.. bytes]);

            var result = ManifestLoader.Load([path]);

            var error = result.SingleProblem();
            Assert.StartsWith("invalid JSON: ", error.Message, StringComparison.Ordinal);
            Assert.Equal(1, error.Location!.Line);
            Assert.Empty(result.Snapshot.Pods);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string Mutate(string seed, Random random)
    {
        var text = new StringBuilder(seed);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && text.Length > 0; e++)
        {
            var position = random.Next(text.Length);
            switch (random.Next(4))
            {
                case 0:
                    text.Remove(position, Math.Min(random.Next(1, 6), text.Length - position));
                    break;
                case 1:
                    text.Insert(position, Specials[random.Next(Specials.Length)]);
                    break;
                case 2:
                    text[position] = Specials[random.Next(Specials.Length)];
                    break;
                default:
                    text.Length = position;
                    break;
            }
        }

        return text.ToString();
    }
}
