using System.CommandLine;
using System.CommandLine.Parsing;
using ComplianceAuditor.Kubernetes.Live;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>The options that say how to read a live cluster, shared by every command that can.</summary>
internal sealed class LiveOptionSet
{
    private readonly Option<string?> kubeconfig = new("--kubeconfig") { Description = "kubeconfig file (default: $KUBECONFIG, then ~/.kube/config; in a pod, its service account)", HelpName = "FILE" };
    private readonly Option<string?> context = new("--context") { Description = "kubeconfig context (default: the current one)" };
    private readonly Option<TimeSpan> timeout = Duration("--timeout", "Deadline for reading the whole cluster, retries included, e.g. 5m", TimeSpan.FromMinutes(5));
    private readonly Option<TimeSpan> requestTimeout = Duration("--request-timeout", "Longest one API request may take before it is retried, e.g. 30s", TimeSpan.FromSeconds(30));
    private readonly Option<int> pageSize = new("--page-size") { Description = "Objects per list page (the API's limit)", DefaultValueFactory = _ => 500 };
    private readonly Option<bool> allowPartial = new("--allow-partial") { Description = "Go on when a resource cannot be listed (e.g. 403), recording it as missing; results show it as not evaluated" };

    public LiveOptionSet()
    {
        pageSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 10_000)
            {
                r.AddError("--page-size must be from 1 to 10000");
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Add(kubeconfig);
        command.Add(context);
        command.Add(timeout);
        command.Add(requestTimeout);
        command.Add(pageSize);
        command.Add(allowPartial);
    }

    public LiveOptions Read(ParseResult parsed) => new()
    {
        Kubeconfig = parsed.GetValue(kubeconfig),
        Context = parsed.GetValue(context),
        Timeout = parsed.GetValue(timeout),
        RequestTimeout = parsed.GetValue(requestTimeout),
        PageSize = parsed.GetValue(pageSize),
        AllowPartial = parsed.GetValue(allowPartial),
    };

    private static Option<TimeSpan> Duration(string name, string description, TimeSpan fallback) => new(name)
    {
        Description = description,
        HelpName = "DURATION",
        DefaultValueFactory = _ => fallback,
        CustomParser = result => ParseDuration(result, name),
    };

    private static TimeSpan ParseDuration(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value.Trim() : string.Empty;
        if (DurationText.TryParse(text, out var duration))
        {
            return duration;
        }

        result.AddError($"{name} '{text}' is not {DurationText.Expected}");
        return TimeSpan.Zero;
    }
}
