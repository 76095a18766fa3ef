using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Ports;
using ComplianceAuditor.Kubernetes.Manifests;

namespace ComplianceAuditor.Kubernetes.Tests.Manifests;

public sealed class NetworkPolicyTests
{
    /// <summary>A policy whose spec starts on line 5; spec text is indented by two columns.</summary>
    private static LoadResult Policy(string spec)
    {
        var indented = string.Join("\n", spec.Split('\n').Select(line => "  " + line));
        return Loading.Yaml($"apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {{name: np, namespace: shop}}\nspec:\n{indented}\n");
    }

    private static void AssertProblem(LoadResult result, string message, string fieldPath, int line, int column)
    {
        var error = result.SingleProblem();
        Assert.Equal(message, error.Message);
        Assert.Equal(fieldPath, error.FieldPath);
        Assert.Equal("NetworkPolicy shop/np", error.ObjectRef);
        error.AssertAt("test.yaml", 1, line, column);
        Assert.Empty(result.Snapshot.NetworkPolicies);
        Assert.Contains(result.Warnings(), d => d.Message.StartsWith("left out of the snapshot", StringComparison.Ordinal) && d.ObjectRef == "NetworkPolicy shop/np");
    }

    [Fact]
    public void A_full_policy_is_read_into_the_model()
    {
        var result = Policy("""
            podSelector:
              matchLabels: {app: web}
              matchExpressions:
              - {key: tier, operator: NotIn, values: [db, cache]}
            policyTypes: [Ingress, Egress]
            ingress:
            - from:
              - podSelector: {matchLabels: {role: client}}
                namespaceSelector: {matchExpressions: [{key: env, operator: Exists}]}
              - ipBlock: {cidr: 192.168.1.1/24, except: [192.168.1.128/25]}
              ports:
              - {port: 80}
              - {protocol: UDP, port: dns}
              - {protocol: SCTP, port: 9000, endPort: 9100}
              - {protocol: TCP}
            egress:
            - to: [{namespaceSelector: {}}]
            """);

        result.AssertClean();
        var spec = result.Snapshot.NetworkPolicies.Single().Spec;
        var tierNotIn = new LabelSelectorRequirement("tier", LabelSelectorOperator.NotIn, ["cache", "db"]);
        Assert.Equal(new LabelSelector(LabelSet.Of(("app", "web")), [tierNotIn]), spec.PodSelector);
        Assert.Equal([PolicyType.Ingress, PolicyType.Egress], spec.PolicyTypes!.Value.ToArray());

        var rule = spec.Ingress!.Value.Single();
        var peers = rule.Peers!.Value;
        Assert.Equal(LabelSelector.MatchingLabels(("role", "client")), peers[0].PodSelector);
        Assert.Equal(new LabelSelector(LabelSet.Empty, [new("env", LabelSelectorOperator.Exists, [])]), peers[0].NamespaceSelector);
        Assert.Null(peers[0].IpBlock);
        Assert.Equal(IpPrefix.Parse("192.168.1.0/24").Range, peers[1].IpBlock!.Cidr.Range);
        Assert.Equal("192.168.1.1/24", peers[1].IpBlock!.Cidr.Text);
        Assert.Equal(IpPrefix.Parse("192.168.1.128/25").Range, peers[1].IpBlock!.Except.Single().Range);

        Assert.Equal(
            [
                new NetworkPolicyPort { Protocol = Protocol.TCP, Port = 80 },
                new NetworkPolicyPort { Protocol = Protocol.UDP, PortName = "dns" },
                new NetworkPolicyPort { Protocol = Protocol.SCTP, Port = 9000, EndPort = 9100 },
                new NetworkPolicyPort { Protocol = Protocol.TCP },
            ],
            rule.Ports!.Value.ToArray());
        var egressPeer = spec.Egress!.Value.Single().Peers!.Value.Single();
        Assert.Equal(LabelSelector.Empty, egressPeer.NamespaceSelector);
        Assert.Null(egressPeer.PodSelector);
    }

    [Fact]
    public void Missing_and_empty_lists_stay_distinct()
    {
        var missing = Policy("podSelector: {}\ningress:\n- {}").Snapshot.NetworkPolicies.Single().Spec;
        Assert.Null(missing.PolicyTypes);
        Assert.Null(missing.Egress);
        Assert.Null(missing.Ingress!.Value.Single().Peers);
        Assert.Null(missing.Ingress!.Value.Single().Ports);

        var empty = Policy("podSelector: {}\npolicyTypes: []\ningress:\n- {from: [], ports: []}\negress: []").Snapshot.NetworkPolicies.Single().Spec;
        Assert.True(empty.PolicyTypes!.Value.IsEmpty);
        Assert.True(empty.Egress!.Value.IsEmpty);
        Assert.True(empty.Ingress!.Value.Single().Peers!.Value.IsEmpty);
        Assert.True(empty.Ingress!.Value.Single().Ports!.Value.IsEmpty);

        var nulls = Policy("podSelector: {}\npolicyTypes: ~\ningress: null\negress:").Snapshot.NetworkPolicies.Single().Spec;
        Assert.Null(nulls.PolicyTypes);
        Assert.Null(nulls.Ingress);
        Assert.Null(nulls.Egress);
    }

    [Fact]
    public void A_missing_pod_selector_is_the_empty_selector()
    {
        var result = Policy("ingress: []");

        result.AssertClean();
        Assert.Same(LabelSelector.Empty, result.Snapshot.NetworkPolicies.Single().Spec.PodSelector);
    }

    [Fact]
    public void Null_rule_and_port_items_are_empty_rules_and_all_tcp_ports()
    {
        var result = Policy("ingress:\n- ~\n- ports: [~]");

        result.AssertClean();
        var rules = result.Snapshot.NetworkPolicies.Single().Spec.Ingress!.Value;
        Assert.Equal(new NetworkPolicyRule(), rules[0]);
        Assert.Equal(new NetworkPolicyPort(), rules[1].Ports!.Value.Single());
    }

    [Theory]
    [InlineData("")]
    [InlineData("spec: null\n")]
    [InlineData("spec: {}\n")]
    public void A_missing_or_null_spec_is_the_empty_spec_that_denies_all_ingress(string spec)
    {
        var result = Loading.Yaml($"apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {{name: np, namespace: shop}}\n{spec}");

        result.AssertClean();
        var policy = result.Snapshot.NetworkPolicies.Single().Spec;
        Assert.True(policy.PodSelector.IsEmpty);
        Assert.True(policy.AffectsIngress);
        Assert.False(policy.AffectsEgress);
        Assert.Empty(policy.IngressRules);
    }

    [Theory]
    [InlineData("podSelectr: {}", "unknown field 'podSelectr'; expected podSelector, policyTypes, ingress or egress", "spec.podSelectr", 5, 3)]
    [InlineData("ingress:\n- to: []", "unknown field 'to'; expected from or ports", "spec.ingress[0].to", 6, 5)]
    [InlineData("egress:\n- from: []", "unknown field 'from'; expected to or ports", "spec.egress[0].from", 6, 5)]
    [InlineData("ingress:\n- from:\n  - podSelector: {}\n    namespaceSelectors: {}", "unknown field 'namespaceSelectors'; expected podSelector, namespaceSelector or ipBlock", "spec.ingress[0].from[0].namespaceSelectors", 8, 7)]
    [InlineData("ingress:\n- ports:\n  - {port: 80, endport: 90}", "unknown field 'endport'; expected protocol, port or endPort", "spec.ingress[0].ports[0].endport", 7, 18)]
    [InlineData("ingress:\n- from:\n  - ipBlock: {cidr: 10.0.0.0/8, excepts: []}", "unknown field 'excepts'; expected cidr or except", "spec.ingress[0].from[0].ipBlock.excepts", 7, 35)]
    [InlineData("podSelector:\n  matchLabel: {app: web}", "unknown field 'matchLabel'; expected matchLabels or matchExpressions", "spec.podSelector.matchLabel", 6, 5)]
    [InlineData("podSelector:\n  matchExpressions: [{key: a, operator: In, value: [x]}]", "unknown field 'value'; expected key, operator or values", "spec.podSelector.matchExpressions[0].value", 6, 47)]
    public void Unknown_fields_where_typos_change_meaning_are_errors(string spec, string message, string path, int line, int column)
    {
        var result = Policy(spec);

        var error = result.Errors().First(d => d.Message.StartsWith("unknown field", StringComparison.Ordinal));
        Assert.Equal(message, error.Message);
        Assert.Equal(path, error.FieldPath);
        error.AssertAt("test.yaml", 1, line, column);
        Assert.Empty(result.Snapshot.NetworkPolicies);
    }

    [Fact]
    public void An_unknown_policy_type_is_an_error()
    {
        AssertProblem(Policy("policyTypes: [Ingress, egress]"), "unknown policy type 'egress'; expected Ingress or Egress", "spec.policyTypes[1]", 5, 26);
    }

    [Fact]
    public void A_duplicate_policy_type_is_an_error()
    {
        AssertProblem(Policy("policyTypes:\n- Egress\n- Egress"), "duplicate policy type 'Egress'", "spec.policyTypes[1]", 7, 5);
    }

    [Theory]
    [InlineData("- {}")]
    [InlineData("- ~")]
    [InlineData("- {podSelector: ~}")]
    public void A_peer_must_set_something(string peer)
    {
        AssertProblem(Policy($"ingress:\n- from:\n  {peer}"), "must specify a peer: set podSelector, namespaceSelector or ipBlock", "spec.ingress[0].from[0]", 7, 7);
    }

    [Fact]
    public void An_ip_block_may_not_be_combined_with_selectors()
    {
        AssertProblem(
            Policy("egress:\n- to:\n  - ipBlock: {cidr: 10.0.0.0/8}\n    namespaceSelector: {}"),
            "ipBlock may not be combined with podSelector or namespaceSelector in one peer; write separate peers",
            "spec.egress[0].to[0]",
            7,
            7);
    }

    [Fact]
    public void An_ip_block_needs_a_cidr()
    {
        AssertProblem(Policy("ingress:\n- from:\n  - ipBlock: {except: [10.0.0.0/8]}"), "cidr is required", "spec.ingress[0].from[0].ipBlock.cidr", 7, 16);
    }

    [Theory]
    [InlineData("10.0.0.0/33", "invalid CIDR '10.0.0.0/33': prefix length '33' is not a number from 0 to 32")]
    [InlineData("10.0.0.0", "invalid CIDR '10.0.0.0': expected an address and a prefix length such as 10.0.0.0/8 or fd00::/8")]
    [InlineData("10.0.0.256/24", "invalid CIDR '10.0.0.256/24': '10.0.0.256' is not an IPv4 or IPv6 address")]
    [InlineData("010.0.0.0/8", "invalid CIDR '010.0.0.0/8': '010.0.0.0' is not an IPv4 or IPv6 address")]
    [InlineData("fd00::/129", "invalid CIDR 'fd00::/129': prefix length '129' is not a number from 0 to 128")]
    public void An_invalid_cidr_is_an_error(string cidr, string message)
    {
        AssertProblem(Policy($"ingress:\n- from:\n  - ipBlock:\n      cidr: \"{cidr}\""), message, "spec.ingress[0].from[0].ipBlock.cidr", 8, 15);
    }

    [Fact]
    public void A_cidr_that_is_not_a_string_is_an_error()
    {
        AssertProblem(Policy("ingress:\n- from:\n  - ipBlock: {cidr: 10}"), "expected a string, found number 10; quote it", "spec.ingress[0].from[0].ipBlock.cidr", 7, 23);
    }

    [Theory]
    [InlineData("10.0.0.0/8", "10.0.0.0/8", "except '10.0.0.0/8' is not strictly inside cidr '10.0.0.0/8'")]
    [InlineData("10.0.0.0/16", "10.1.0.0/24", "except '10.1.0.0/24' is not strictly inside cidr '10.0.0.0/16'")]
    [InlineData("10.0.0.0/16", "10.0.0.0/8", "except '10.0.0.0/8' is not strictly inside cidr '10.0.0.0/16'")]
    [InlineData("10.0.0.0/8", "fd00::/64", "except 'fd00::/64' is not strictly inside cidr '10.0.0.0/8'")]
    [InlineData("10.0.0.0/8", "::ffff:11.0.0.0/112", "except '::ffff:11.0.0.0/112' is not strictly inside cidr '10.0.0.0/8'")]
    [InlineData("10.0.0.0/8", "10.1.0.0/33", "invalid CIDR '10.1.0.0/33': prefix length '33' is not a number from 0 to 32")]
    public void An_invalid_except_is_an_error(string cidr, string except, string message)
    {
        AssertProblem(
            Policy($"ingress:\n- from:\n  - ipBlock:\n      cidr: \"{cidr}\"\n      except:\n      - 10.0.0.0/24\n      - \"{except}\""),
            message,
            "spec.ingress[0].from[0].ipBlock.except[1]",
            11,
            11);
    }

    [Fact]
    public void An_ipv4_except_must_be_longer_than_an_ipv4_mapped_cidr_as_the_api_server_compares_raw_lengths()
    {
        AssertProblem(
            Policy("ingress:\n- from:\n  - ipBlock: {cidr: \"::ffff:10.0.0.0/104\", except: [10.1.0.0/16]}"),
            "except '10.1.0.0/16' is not strictly inside cidr '::ffff:10.0.0.0/104'",
            "spec.ingress[0].from[0].ipBlock.except[0]",
            7,
            55);
    }

    [Fact]
    public void An_ipv4_mapped_except_inside_an_ipv6_cidr_is_accepted_as_the_contract_places_it_in_ipv6()
    {
        var result = Policy("ingress:\n- from:\n  - ipBlock: {cidr: \"::/0\", except: [\"::ffff:0:0/96\"]}");

        result.AssertClean();
        var block = result.Snapshot.NetworkPolicies.Single().Spec.Ingress!.Value.Single().Peers!.Value.Single().IpBlock!;
        Assert.False(block.Addresses.Contains(IpAddress.Parse("::ffff:10.1.0.5")));
        Assert.True(block.Addresses.Contains(IpAddress.Parse("fd00::1")));
        Assert.False(block.Addresses.Contains(IpAddress.Parse("10.1.0.5")));
    }

    [Fact]
    public void An_ipv4_mapped_except_inside_an_ipv4_cidr_is_accepted_as_the_api_server_accepts_it()
    {
        // Go reads the mapped address as IPv4 when validating; the contract then puts it in the
        // IPv6 space, where it removes nothing from an IPv4 block.
        var result = Policy("ingress:\n- from:\n  - ipBlock: {cidr: 10.0.0.0/8, except: [\"::ffff:10.1.0.0/112\"]}");

        result.AssertClean();
        var block = result.Snapshot.NetworkPolicies.Single().Spec.Ingress!.Value.Single().Peers!.Value.Single().IpBlock!;
        Assert.Equal(IpFamily.IPv6, block.Except.Single().Family);
        Assert.True(block.Addresses.Contains(IpAddress.Parse("10.1.0.5")));
    }

    [Fact]
    public void Host_bits_are_allowed_and_ipv4_mapped_cidrs_are_ipv6()
    {
        var result = Policy("egress:\n- to:\n  - ipBlock: {cidr: 10.1.2.3/8, except: [10.1.2.3/16]}\n  - ipBlock: {cidr: \"::ffff:10.0.0.0/104\"}");

        result.AssertClean();
        var peers = result.Snapshot.NetworkPolicies.Single().Spec.Egress!.Value.Single().Peers!.Value;
        Assert.Equal(IpAddress.Parse("10.0.0.0"), peers[0].IpBlock!.Cidr.Network);
        Assert.Equal(IpAddress.Parse("10.1.0.0"), peers[0].IpBlock!.Except.Single().Network);
        Assert.Equal(IpFamily.IPv6, peers[1].IpBlock!.Cidr.Family);
    }

    [Theory]
    [InlineData("{protocol: tcp, port: 80}", "unsupported protocol 'tcp'; expected TCP, UDP or SCTP", "spec.ingress[0].ports[0].protocol", 18)]
    [InlineData("{protocol: ICMP}", "unsupported protocol 'ICMP'; expected TCP, UDP or SCTP", "spec.ingress[0].ports[0].protocol", 18)]
    [InlineData("{protocol: \"\", port: 80}", "unsupported protocol ''; expected TCP, UDP or SCTP", "spec.ingress[0].ports[0].protocol", 18)]
    [InlineData("{port: 0}", "port 0 is not a port number from 1 to 65535", "spec.ingress[0].ports[0].port", 14)]
    [InlineData("{port: 65536}", "port 65536 is not a port number from 1 to 65535", "spec.ingress[0].ports[0].port", 14)]
    [InlineData("{port: \"80\"}", "invalid port name '80': expected an IANA service name: 1 to 15 characters of lowercase a-z, 0-9 and '-', with at least one letter, no '-' at either end and no '--'", "spec.ingress[0].ports[0].port", 14)]
    [InlineData("{port: HTTP}", "invalid port name 'HTTP': expected an IANA service name: 1 to 15 characters of lowercase a-z, 0-9 and '-', with at least one letter, no '-' at either end and no '--'", "spec.ingress[0].ports[0].port", 14)]
    [InlineData("{port: my--port}", "invalid port name 'my--port': expected an IANA service name: 1 to 15 characters of lowercase a-z, 0-9 and '-', with at least one letter, no '-' at either end and no '--'", "spec.ingress[0].ports[0].port", 14)]
    [InlineData("{port: a-very-long-port-name}", "invalid port name 'a-very-long-port-name': expected an IANA service name: 1 to 15 characters of lowercase a-z, 0-9 and '-', with at least one letter, no '-' at either end and no '--'", "spec.ingress[0].ports[0].port", 14)]
    [InlineData("{port: true}", "expected a port number or a port name, found boolean true", "spec.ingress[0].ports[0].port", 14)]
    [InlineData("{port: 80.5}", "expected a port number or a port name, found number 80.5", "spec.ingress[0].ports[0].port", 14)]
    [InlineData("{port: 90, endPort: 80}", "endPort 80 is less than port 90", "spec.ingress[0].ports[0].endPort", 27)]
    [InlineData("{endPort: 80}", "endPort requires port: set port to the first port of the range", "spec.ingress[0].ports[0].endPort", 17)]
    [InlineData("{port: http, endPort: 80}", "endPort may only be used with a numeric port; found port name 'http'", "spec.ingress[0].ports[0].endPort", 29)]
    [InlineData("{port: 80, endPort: 65536}", "endPort 65536 is not a port number from 1 to 65535", "spec.ingress[0].ports[0].endPort", 27)]
    [InlineData("{port: 80, endPort: \"90\"}", "expected an integer, found string '90'", "spec.ingress[0].ports[0].endPort", 27)]
    public void Invalid_ports_are_errors(string port, string message, string path, int column)
    {
        AssertProblem(Policy($"ingress:\n- ports:\n  - {port}"), message, path, 7, column);
    }

    [Fact]
    public void Valid_port_names_and_ranges_are_read()
    {
        var result = Policy("ingress:\n- ports:\n  - {port: h2c}\n  - {port: 8080, endPort: 8080}\n  - {port: 1, endPort: 65535}");

        result.AssertClean();
        var ports = result.Snapshot.NetworkPolicies.Single().Spec.Ingress!.Value.Single().Ports!.Value;
        Assert.Equal("h2c", ports[0].PortName);
        Assert.Equal((8080, 8080), (ports[1].Port, ports[1].EndPort));
        Assert.Equal((1, 65535), (ports[2].Port, ports[2].EndPort));
    }

    [Theory]
    [InlineData("{key: app, operator: Foo, values: [a]}", "unknown operator 'Foo'; expected In, NotIn, Exists or DoesNotExist", "spec.podSelector.matchExpressions[0].operator", 28)]
    [InlineData("{key: app, operator: in, values: [a]}", "unknown operator 'in'; expected In, NotIn, Exists or DoesNotExist", "spec.podSelector.matchExpressions[0].operator", 28)]
    [InlineData("{key: app, values: [a]}", "operator is required; expected In, NotIn, Exists or DoesNotExist", "spec.podSelector.matchExpressions[0].operator", 7)]
    [InlineData("{key: app, operator: In}", "operator In needs at least one value; found none", "spec.podSelector.matchExpressions[0].values", 7)]
    [InlineData("{key: app, operator: NotIn, values: []}", "operator NotIn needs at least one value; found none", "spec.podSelector.matchExpressions[0].values", 43)]
    [InlineData("{key: app, operator: Exists, values: [a]}", "operator Exists takes no values; found 1", "spec.podSelector.matchExpressions[0].values", 44)]
    [InlineData("{key: app, operator: DoesNotExist, values: [a, b]}", "operator DoesNotExist takes no values; found 2", "spec.podSelector.matchExpressions[0].values", 50)]
    [InlineData("{operator: Exists}", "key is required", "spec.podSelector.matchExpressions[0].key", 7)]
    [InlineData("{key: a/b/c, operator: Exists}", "invalid label key 'a/b/c': expected a name, optionally preceded by a DNS subdomain prefix and '/'", "spec.podSelector.matchExpressions[0].key", 13)]
    [InlineData("{key: app, operator: In, values: ['a b']}", "invalid label value 'a b': expected 1 to 63 characters of a-z, A-Z, 0-9, '-', '_' and '.', starting and ending with a letter or digit, or empty", "spec.podSelector.matchExpressions[0].values[0]", 41)]
    [InlineData("{key: app, operator: In, values: [1]}", "expected a string, found number 1; quote it", "spec.podSelector.matchExpressions[0].values[0]", 41)]
    public void Invalid_match_expressions_are_errors(string expression, string message, string path, int column)
    {
        AssertProblem(Policy($"podSelector:\n  matchExpressions:\n  - {expression}"), message, path, 7, column);
    }

    [Fact]
    public void Match_labels_are_validated()
    {
        AssertProblem(
            Policy("ingress:\n- from:\n  - namespaceSelector:\n      matchLabels: {team: 7}"),
            "expected a string, found number 7; quote it",
            "spec.ingress[0].from[0].namespaceSelector.matchLabels.team",
            8,
            29);
    }

    [Fact]
    public void A_selector_that_is_not_a_mapping_is_an_error()
    {
        AssertProblem(Policy("podSelector: app=web"), "expected a label selector (a mapping), found string 'app=web'", "spec.podSelector", 5, 16);
    }

    [Fact]
    public void Several_errors_in_one_policy_are_all_reported()
    {
        var result = Policy("policyTypes: [Sideways]\ningress:\n- from: [{}]\n  ports: [{port: 0}]");

        var problems = result.Errors().Where(d => !d.Message.StartsWith("left out", StringComparison.Ordinal)).Select(d => d.FieldPath).ToList();
        Assert.Equal(["spec.policyTypes[0]", "spec.ingress[0].from[0]", "spec.ingress[0].ports[0].port"], problems);
        var summary = result.Warnings().Single(d => d.Message.StartsWith("left out", StringComparison.Ordinal));
        Assert.Equal("left out of the snapshot because of 3 errors in this object", summary.Message);
    }
}
