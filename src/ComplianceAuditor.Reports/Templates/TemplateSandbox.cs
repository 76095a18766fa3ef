using Scriban;
using Scriban.Runtime;

namespace ComplianceAuditor.Reports.Templates;

/// <summary>
/// The context every report template runs in. Scriban has no file or network builtins; the only
/// file access is the include loader, restricted to the templates folders. The builtins that would
/// parse a string as template code (object.eval, object.eval_template) are removed, so no cluster
/// value is ever run as a template, and date.now is removed so output depends on the model only.
/// Unknown variables and members are errors (a misspelt name must not render as nothing).
/// Limits are raised to fit big clusters but stay bounded, and a limit hit is an error, never a
/// silently truncated report.
/// </summary>
internal static class TemplateSandbox
{
    /// <summary>Generous for any report we render (the 200,000-flow model renders well under it).</summary>
    public const int OutputLimit = 256 * 1024 * 1024;

    private const int RecursionLimit = 256;

    private const int MinimumLoopLimit = 10_000;

    private const int MaximumLoopLimit = 50_000_000;

    public static TemplateContext Create(TemplateFolders folders, ScriptObject model, int modelItems)
    {
        var context = new TemplateContext
        {
            TemplateLoader = new FolderTemplateLoader(folders),
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = LoopLimitFor(modelItems),
            RecursiveLimit = RecursionLimit,
            LimitToString = OutputLimit,
            OutputLimit = OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            OnStringLimit = ScriptLimitBehavior.Throw,
            NewLine = "\n",
        };
        Without(context.BuiltinObject, "object", "eval", "eval_template");
        Without(context.BuiltinObject, "date", "now", "utc_now");
        context.PushGlobal(model);
        return context;
    }

    /// <summary>
    /// Scriban's loop limit counts iterations over a whole nested loop tree, so it is sized to the
    /// model: a few passes over every item it holds, within a fixed ceiling.
    /// </summary>
    public static int LoopLimitFor(int modelItems) =>
        (int)Math.Clamp(4L * modelItems, MinimumLoopLimit, MaximumLoopLimit);

    /// <summary>Replaces a builtin group by a copy without some members (the group object may be shared).</summary>
    private static void Without(ScriptObject builtins, string group, params string[] members)
    {
        if (builtins[group] is not ScriptObject functions)
        {
            return;
        }

        var copy = new ScriptObject();
        foreach (var member in functions.Keys.Where(k => !members.Contains(k, StringComparer.Ordinal)))
        {
            copy.SetValue(member, functions[member], readOnly: true);
        }

        builtins.SetValue(group, copy, readOnly: true);
    }
}
