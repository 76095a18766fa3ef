using System.CommandLine;
using ComplianceAuditor.Engine.Explain;
using ComplianceAuditor.Engine.Peers;
using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Engine.Ports;
using ComplianceAuditor.Reports.Explain;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>
/// <c>explain INPUT... --from X --to Y [--port N] [--protocol P] [--format text|json]</c>: whether one
/// connection is allowed, and which policies and rules decide it.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = CommonOptions.Inputs();
        var from = new Option<string>("--from") { Description = "Source: namespace/pod, namespace/name[Kind] or an IP address", Required = true };
        var to = new Option<string>("--to") { Description = "Destination: namespace/pod, namespace/name[Kind] or an IP address", Required = true };
        var port = new Option<int?>("--port")
        {
            Description = "Port number (1-65535); without it every allowed port is listed",
            CustomParser = ParsePort,
        };
        var protocol = new Option<string?>("--protocol") { Description = "TCP, UDP or SCTP (default TCP when --port is given)" };
        protocol.AcceptOnlyFromAmong("TCP", "UDP", "SCTP", "tcp", "udp", "sctp");
        var format = new Option<string>("--format", "-f") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var output = CommonOptions.Output();
        var live = new LiveOptionSet();
        var command = new Command("explain", "Explain whether a connection is allowed, by which policies and rules.")
        {
            inputs, from, to, port, protocol, format, output,
        };
        live.AddTo(command);
        command.SetAction((parsed, cancellation) => RunAsync(console, new Request(
            parsed.GetValue(inputs) ?? [],
            live.Read(parsed),
            parsed.GetRequiredValue(from),
            parsed.GetRequiredValue(to),
            parsed.GetValue(port),
            parsed.GetValue(protocol) is { } p ? Enum.Parse<Protocol>(p, ignoreCase: true) : null,
            parsed.GetRequiredValue(format) == "json",
            parsed.GetValue(output)), cancellation));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, Request request, CancellationToken cancellation)
    {
        var snapshot = await InputReader.ReadAsync(request.Inputs, request.Live, console, "explain", cancellation).ConfigureAwait(false);
        if (snapshot is null)
        {
            return ExitCodes.Failed;
        }

        var inventory = PeerInventory.Build(snapshot);
        var source = EndpointResolver.Resolve(request.From, inventory, "--from");
        var destination = EndpointResolver.Resolve(request.To, inventory, "--to");
        var problem = source.Error ?? destination.Error
            ?? (source.Endpoint is AddressEndpoint && destination.Endpoint is AddressEndpoint ? "--from and --to are both addresses; at least one end must be a peer" : null);
        if (problem is not null)
        {
            console.Error.WriteLine($"error: {problem}");
            return ExitCodes.Usage;
        }

        var evaluator = new ConnectionEvaluator(CompiledPolicySet.Compile(snapshot.NetworkPolicies), inventory);
        var verdict = evaluator.Evaluate(source.Endpoint!, destination.Endpoint!);
        var report = new ExplainReport(verdict, request.Protocol, request.Port, [.. source.Notes, .. destination.Notes]);
        if (request.Json)
        {
            OutputTarget.Write(request.Output, console, stream => ExplainJsonWriter.Write(stream, report));
        }
        else
        {
            OutputTarget.WriteText(request.Output, console, writer => ExplainTextWriter.Write(writer, report));
        }

        return ExitCodes.Success;
    }

    /// <summary>Reads --port as a decimal port number; anything else is a usage error, not a crash.</summary>
    private static int? ParsePort(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value is >= PortSet.MinPort and <= PortSet.MaxPort)
        {
            return value;
        }

        result.AddError($"--port '{text}' is not a port number from {PortSet.MinPort} to {PortSet.MaxPort} (named ports are resolved by the policies, not asked for here)");
        return null;
    }

    private sealed record Request(string[] Inputs, Kubernetes.Live.LiveOptions Live, string From, string To, int? Port, Protocol? Protocol, bool Json, string? Output);
}
