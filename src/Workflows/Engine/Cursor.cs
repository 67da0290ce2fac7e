using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace LaiChau.Workflows.Engine;

/// <summary>A keyset position (an instant and an id) as an opaque URL-safe text.</summary>
internal static class Cursor
{
    public static string Write(DateTimeOffset at, Guid id) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes($"{at.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{id:N}"));

    public static (DateTimeOffset At, Guid Id) Read(string cursor)
    {
        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
            return (new DateTimeOffset(long.Parse(parts[0], CultureInfo.InvariantCulture), TimeSpan.Zero), Guid.ParseExact(parts[1], "N"));
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentException)
        {
            throw new WorkflowInvalidException($"The cursor '{cursor}' is not one this API gave out.");
        }
    }
}
