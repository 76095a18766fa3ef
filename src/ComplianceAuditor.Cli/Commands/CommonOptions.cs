using System.CommandLine;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>Arguments and options shared by several commands, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Inputs()
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Manifests, kubectl get -o yaml|json dumps, snapshot files, or directories searched recursively for *.yaml, *.yml, *.json; none: read the live cluster",
            Arity = ArgumentArity.ZeroOrMore,
        };

        // The parser hands unknown options to a string argument; a typo such as --colour must be
        // a usage error, not a missing file. A file really named "-x" can be given as ./-x.
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
            {
                result.AddError($"unknown option '{token.Value}'");
            }
        });
        return inputs;
    }

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write the result to FILE instead of standard output",
        HelpName = "FILE",
    };
}
