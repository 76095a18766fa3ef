namespace ComplianceAuditor.Cli;

/// <summary>Files that ship beside the tool: the control catalogs and the demo cluster.</summary>
internal static class Bundled
{
    public static string Controls => Path.Combine(AppContext.BaseDirectory, "controls");

    public static string Demo => Path.Combine(AppContext.BaseDirectory, "demo");

    /// <summary>
    /// The demo cluster's one dump. `audit --demo` reads this file, not the folder: the folder also
    /// holds the waivers and README, and a build leaves files of an older demo in it.
    /// </summary>
    public static string DemoCluster => Path.Combine(Demo, "cluster.yaml");

    /// <summary>The demo's waivers, shown by `audit --demo` unless --waivers says otherwise.</summary>
    public static string DemoWaivers => Path.Combine(Demo, "waivers.yaml");
}
