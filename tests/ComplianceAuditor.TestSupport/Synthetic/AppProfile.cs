using System.Collections.Immutable;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>
/// What an application exposes: its container ports, and the ports a policy admitting callers to it
/// writes (numeric, named or a range). Instances are shared by every pod of the kind, as the ports
/// of real replicas are.
/// </summary>
internal sealed record AppProfile(ImmutableArray<ContainerPort> Ports, ImmutableArray<NetworkPolicyPort> IngressPorts)
{
    private static readonly Dictionary<string, AppProfile> ByBaseName = BuildAll();

    public static AppProfile For(Tier tier, string baseName) =>
        ByBaseName.GetValueOrDefault(baseName) ?? ByBaseName[$"<{tier}>"];

    private static Dictionary<string, AppProfile> BuildAll() => new(StringComparer.Ordinal)
    {
        [$"<{Tier.Frontend}>"] = Of([Tcp("http", 8080), Tcp("metrics", 9090)], [Named("http")]),
        [$"<{Tier.Backend}>"] = Of([Tcp("http", 8080), Tcp("grpc", 9000), Tcp("metrics", 9090)], [Port(8080), Named("grpc")]),
        [$"<{Tier.Worker}>"] = Of([Tcp("metrics", 9090)], []),
        [$"<{Tier.Batch}>"] = Of([Tcp("metrics", 9091)], []),
        [$"<{Tier.Database}>"] = Of([Tcp("tcp-postgresql", 5432), Tcp("metrics", 9187)], [Port(5432)]),
        [$"<{Tier.Cache}>"] = Of([Tcp("redis", 6379), Tcp("metrics", 9121)], [Named("redis")]),
        [$"<{Tier.Queue}>"] = Of([Tcp("kafka", 9092), Tcp("kafka-int", 9093), Tcp("kafka-ctrl", 9094), Tcp("metrics", 9308)], [Port(9092, 9094)]),
        ["mysql"] = Of([Tcp("mysql", 3306), Tcp("metrics", 9104)], [Port(3306)]),
        ["mongodb"] = Of([Tcp("mongodb", 27017), Tcp("metrics", 9216)], [Port(27017)]),
        ["elasticsearch"] = Of([Tcp("http", 9200), Tcp("transport", 9300), Tcp("metrics", 9114)], [Named("http"), Port(9300)]),
        ["memcached"] = Of([Tcp("memcache", 11211)], [Port(11211)]),
        ["rabbitmq"] = Of([Tcp("amqp", 5672), Tcp("management", 15672), Tcp("metrics", 15692)], [Named("amqp")]),
        ["nats"] = Of([Tcp("client", 4222), Tcp("cluster", 6222), Tcp("monitor", 8222)], [Port(4222)]),
    };

    public static ContainerPort Tcp(string name, int port) => new(name, Protocol.TCP, port);

    public static NetworkPolicyPort Port(int port, int? endPort = null, Protocol protocol = Protocol.TCP) =>
        new() { Protocol = protocol, Port = port, EndPort = endPort };

    public static NetworkPolicyPort Named(string name, Protocol protocol = Protocol.TCP) =>
        new() { Protocol = protocol, PortName = name };

    private static AppProfile Of(ContainerPort[] ports, NetworkPolicyPort[] ingress) => new([.. ports], [.. ingress]);
}
