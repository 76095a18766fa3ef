namespace ComplianceAuditor.Reports.Diff;

/// <summary>
/// What identifies a finding across two runs: framework id, control id, the check's type and its
/// ordinal among the control's checks of that type (1-based), and the finding's subject
/// ("namespace payments", "policy shop/web", "scope"). Catalog order decides the ordinal, so adding
/// a check of another type does not move it; a renamed namespace or policy is a different subject
/// (one resolved and one new finding). <see cref="Occurrence"/> tells apart findings of one check
/// with the same subject, which checks do not write today.
/// </summary>
public sealed record FindingKey(string Framework, string Control, string Check, int CheckOrdinal, string Subject, int Occurrence)
{
    /// <summary>"framework/control/check[#n]: subject", the check's ordinal shown only past the first.</summary>
    public override string ToString() =>
        $"{Framework}/{Control}/{Check}{(CheckOrdinal > 1 ? $"#{CheckOrdinal}" : string.Empty)}: {Subject}{(Occurrence > 1 ? $" (#{Occurrence})" : string.Empty)}";

    /// <summary>Framework, control, check, ordinal, subject (ordinal comparisons), then occurrence.</summary>
    public static IComparer<FindingKey> Order { get; } = Comparer<FindingKey>.Create(Compare);

    private static int Compare(FindingKey? key, FindingKey? other)
    {
        if (key is null || other is null)
        {
            return key is null ? (other is null ? 0 : -1) : 1;
        }

        var order = string.CompareOrdinal(key.Framework, other.Framework);
        order = order != 0 ? order : string.CompareOrdinal(key.Control, other.Control);
        order = order != 0 ? order : string.CompareOrdinal(key.Check, other.Check);
        order = order != 0 ? order : key.CheckOrdinal.CompareTo(other.CheckOrdinal);
        order = order != 0 ? order : string.CompareOrdinal(key.Subject, other.Subject);
        return order != 0 ? order : key.Occurrence.CompareTo(other.Occurrence);
    }
}
