using System.Buffers.Binary;

namespace ComplianceAuditor.Reports.Xlsx;

/// <summary>
/// Sets every entry's modification time in a finished zip archive, in place. SpreadCheetah stamps
/// entries with the wall clock and has no option for it; the workbook must be byte-identical for the
/// same results, so entries carry the audit time instead.
/// </summary>
internal static class ZipTimestamps
{
    private const uint EndOfCentralDirectory = 0x06054b50;
    private const uint CentralHeader = 0x02014b50;
    private const uint LocalHeader = 0x04034b50;

    public static void Set(Span<byte> zip, DateTimeOffset time)
    {
        var (dosTime, dosDate) = Dos(time);
        var end = FindEnd(zip);
        var entries = BinaryPrimitives.ReadUInt16LittleEndian(zip[(end + 10)..]);
        var offset = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(zip[(end + 16)..]));
        for (var i = 0; i < entries; i++)
        {
            Expect(zip, offset, CentralHeader);
            Write(zip[(offset + 12)..], dosTime, dosDate);
            var local = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(zip[(offset + 42)..]));
            Expect(zip, local, LocalHeader);
            Write(zip[(local + 10)..], dosTime, dosDate);
            offset += 46 + BinaryPrimitives.ReadUInt16LittleEndian(zip[(offset + 28)..])
                + BinaryPrimitives.ReadUInt16LittleEndian(zip[(offset + 30)..])
                + BinaryPrimitives.ReadUInt16LittleEndian(zip[(offset + 32)..]);
        }
    }

    /// <summary>MS-DOS date and time (two-second resolution, 1980 to 2107), in UTC.</summary>
    internal static (ushort Time, ushort Date) Dos(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        if (utc.Year < 1980)
        {
            utc = new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        }
        else if (utc.Year > 2107)
        {
            utc = new DateTime(2107, 12, 31, 23, 59, 58, DateTimeKind.Utc);
        }

        return ((ushort)((utc.Hour << 11) | (utc.Minute << 5) | (utc.Second / 2)), (ushort)(((utc.Year - 1980) << 9) | (utc.Month << 5) | utc.Day));
    }

    private static int FindEnd(ReadOnlySpan<byte> zip)
    {
        // The end record is 22 bytes plus a comment of at most 65,535 bytes; the writer adds none.
        for (var at = zip.Length - 22; at >= Math.Max(0, zip.Length - 22 - ushort.MaxValue); at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[at..]) == EndOfCentralDirectory)
            {
                return at;
            }
        }

        throw new InvalidDataException("The workbook is not a zip archive: no end of central directory record.");
    }

    private static void Expect(ReadOnlySpan<byte> zip, int offset, uint signature)
    {
        if (BinaryPrimitives.ReadUInt32LittleEndian(zip[offset..]) != signature)
        {
            throw new InvalidDataException($"The workbook's zip structure is not as expected at byte {offset}.");
        }
    }

    private static void Write(Span<byte> at, ushort time, ushort date)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, time);
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], date);
    }
}
