using LaiChau.Workflows.Feel.Functions;

namespace LaiChau.Workflows.Feel;

/// <summary>
/// An immutable registry of callable functions. The parser needs it because FEEL function names contain
/// spaces (<c>string length</c>): it matches the longest registered name followed by <c>(</c>.
/// </summary>
public sealed class FeelFunctions
{
    private readonly Dictionary<string, FeelFunctionDefinition> _byName;

    private FeelFunctions(Dictionary<string, FeelFunctionDefinition> byName)
    {
        _byName = byName;
        // Longest first, so that "date and time" wins over "date".
        NamesByFirstWord = byName.Keys
            .GroupBy(FirstWord, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Length).ToArray(), StringComparer.Ordinal);
    }

    public static FeelFunctions Empty { get; } = new(new(StringComparer.Ordinal));

    public static FeelFunctions BuiltIn { get; } = BuiltInFunctions.Register(Empty);

    public IEnumerable<string> Names => _byName.Keys;

    internal Dictionary<string, string[]> NamesByFirstWord { get; }

    /// <summary>A registry with one more (or a replaced) function; this one is unchanged.</summary>
    public FeelFunctions With(string name, int minArgs, int maxArgs, FeelFunction implementation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(implementation);
        ArgumentOutOfRangeException.ThrowIfNegative(minArgs);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxArgs, minArgs);
        var normalized = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var copy = new Dictionary<string, FeelFunctionDefinition>(_byName, StringComparer.Ordinal)
        {
            [normalized] = new(normalized, minArgs, maxArgs, implementation),
        };
        return new(copy);
    }

    public bool Contains(string name) => _byName.ContainsKey(name);

    internal FeelFunctionDefinition? Definition(string name) => _byName.GetValueOrDefault(name);

    internal bool TryGet(string name, out FeelFunctionDefinition definition) => _byName.TryGetValue(name, out definition!);

    private static string FirstWord(string name) => name.Split(' ')[0];
}
