using System.CommandLine;
using ComplianceAuditor.Controls.Catalogs;
using ComplianceAuditor.Controls.Scope;
using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Cli.Commands;

/// <summary><c>catalog lint [FILE...] [--scope FILE]</c>: every error in the catalogs, at once, with file:line:column.</summary>
internal static class CatalogCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Catalog files or directories (default: the bundled controls)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var scope = new Option<string?>("--scope") { Description = "Scope file the catalogs' zones must exist in (default: the built-in scope)", HelpName = "FILE" };
        var lint = new Command("lint", "Check control catalogs and report every problem at once.") { files, scope };
        lint.SetAction(parsed => Lint(console, parsed.GetValue(files) ?? [], parsed.GetValue(scope)));
        return new Command("catalog", "Work with control catalogs.") { lint };
    }

    private static int Lint(CliConsole console, string[] files, string? scopeFile)
    {
        var diagnostics = new DiagnosticBag();
        var scope = scopeFile is null ? ScopeDefinition.Default : ScopeLoader.Load(scopeFile, diagnostics);
        var catalogs = scope is null ? [] : CatalogLoader.Load(files.Length > 0 ? files : [Bundled.Controls], scope, diagnostics);
        // Checks read their parameters in their own order: print in file order, as an editor shows them.
        var ordered = diagnostics.Items
            .OrderBy(d => d.Location?.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line)
            .ThenBy(d => d.Location?.Column);
        foreach (var diagnostic in ordered)
        {
            console.Error.WriteLine(Printable.Escape(diagnostic.ToString()));
        }

        var errors = diagnostics.Items.Count(d => d.IsError);
        if (errors > 0)
        {
            console.Error.WriteLine($"catalog lint: {errors} error{(errors == 1 ? string.Empty : "s")}");
            return ExitCodes.Failed;
        }

        foreach (var catalog in catalogs)
        {
            console.Output.WriteLine(Printable.Escape($"{catalog.File}: {catalog.Framework.Name} {catalog.Framework.Version} ({catalog.Framework.Id}), {catalog.Controls.Length} controls, {catalog.Controls.Sum(c => c.Checks.Length)} checks: OK"));
        }

        return ExitCodes.Success;
    }
}
