using ComplianceAuditor.Engine.Reachability;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Reports.Connectivity;

/// <summary>
/// One line per connection in the contract's order, e.g.
/// <c>payments/api-7d9 => db/postgres-0 : TCP 5432</c>; protocols are separated by "; ".
/// </summary>
public static class ReachTextWriter
{
    public static void Write(TextWriter output, IEnumerable<Connection> connections)
    {
        foreach (var connection in connections)
        {
            output.Write(Printable.Escape(connection.Source));
            output.Write(" => ");
            output.Write(Printable.Escape(connection.Destination));
            output.Write(" : ");
            output.Write(connection.Ports.ToString());
            output.Write('\n');
        }
    }
}
