namespace LaiChau.Workflows.Feel;

/// <summary>
/// The value of a FEEL context: string keys in insertion order. Immutable once built; small contexts are
/// searched linearly, large ones through a dictionary.
/// </summary>
public sealed class FeelMap : IReadOnlyList<KeyValuePair<string, FeelValue>>
{
    private const int IndexFrom = 8;

    private readonly List<KeyValuePair<string, FeelValue>> _entries;
    private Dictionary<string, int>? _index;

    public FeelMap(IEnumerable<KeyValuePair<string, FeelValue>> entries)
    {
        _entries = [];
        foreach (var entry in entries)
        {
            Set(entry.Key, entry.Value);
        }
    }

    internal FeelMap(int capacity) => _entries = new(capacity);

    public static FeelMap Empty { get; } = new(0);

    public int Count => _entries.Count;

    public KeyValuePair<string, FeelValue> this[int index] => _entries[index];

    public bool TryGet(string key, out FeelValue value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _entries[i].Value : default;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, FeelValue>> GetEnumerator() => _entries.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Only while the map is being built (by the constructor or a context literal); a later key wins.</summary>
    internal void Set(string key, FeelValue value)
    {
        var i = IndexOf(key);
        if (i >= 0)
        {
            _entries[i] = new(key, value);
            return;
        }

        _entries.Add(new(key, value));
        if (_index is not null)
        {
            _index[key] = _entries.Count - 1;
        }
        else if (_entries.Count >= IndexFrom)
        {
            _index = new(StringComparer.Ordinal);
            for (var j = 0; j < _entries.Count; j++)
            {
                _index[_entries[j].Key] = j;
            }
        }
    }

    private int IndexOf(string key)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out var i) ? i : -1;
        }

        for (var i = 0; i < _entries.Count; i++)
        {
            if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
