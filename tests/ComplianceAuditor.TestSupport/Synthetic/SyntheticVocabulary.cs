namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>Word lists that make generated names look like a real cluster's, which helps when reading output.</summary>
internal static class SyntheticVocabulary
{
    public static IReadOnlyList<string> Teams { get; } =
    [
        "falcon", "orca", "lynx", "otter", "heron", "bison", "panda", "raven", "tiger", "koala",
        "gecko", "moose", "eagle", "shark", "wolf", "yak", "zebra", "cobra", "puma", "crane",
    ];

    public static IReadOnlyList<string> Products { get; } =
    [
        "shop", "checkout", "payments", "identity", "search", "catalog", "ledger", "media", "growth", "support",
        "logistics", "pricing", "risk", "ads", "mail", "analytics", "booking", "crm", "data", "platform",
    ];

    public static IReadOnlyList<string> Environments { get; } = ["prod", "staging", "dev"];

    /// <summary>Application names per tier; a namespace that needs more appends a counter.</summary>
    public static IReadOnlyList<string> AppNames(Tier tier) => tier switch
    {
        Tier.Frontend => ["web", "ui", "portal", "storefront", "admin-ui", "docs"],
        Tier.Backend =>
        [
            "api", "auth", "cart", "checkout", "catalog", "search", "payments", "orders", "inventory", "users",
            "billing", "shipping", "pricing", "reviews", "notifications", "gateway", "profile", "ledger", "risk", "recommendations",
        ],
        Tier.Worker => ["worker", "consumer", "indexer", "mailer", "scheduler", "sync"],
        Tier.Database => ["postgres", "mysql", "mongodb", "elasticsearch"],
        Tier.Cache => ["redis", "memcached"],
        Tier.Queue => ["kafka", "rabbitmq", "nats"],
        Tier.Batch => ["report", "backup", "cleanup", "etl"],
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "unknown tier"),
    };

    /// <summary>The label value selectors use for a tier.</summary>
    public static string TierLabel(Tier tier) => tier switch
    {
        Tier.Frontend => "frontend",
        Tier.Backend => "backend",
        Tier.Worker => "worker",
        Tier.Database => "db",
        Tier.Cache => "cache",
        Tier.Queue => "queue",
        Tier.Batch => "batch",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "unknown tier"),
    };
}
