using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Bpmn;

/// <summary>
/// Parsed definitions by content hash, so that the same XML is parsed once. Bounded (least recently used
/// entry goes first) and safe to share between threads. Only successful reads are kept.
/// </summary>
public sealed class BpmnDefinitionCache(int capacity = 256)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<BpmnDefinition>> _byHash = new(StringComparer.Ordinal);
    private readonly LinkedList<BpmnDefinition> _recent = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _byHash.Count;
            }
        }
    }

    public BpmnReadResult GetOrRead(string xml)
    {
        var hash = DefinitionsReader.Hash(xml ?? "");
        lock (_lock)
        {
            if (_byHash.TryGetValue(hash, out var hit))
            {
                _recent.Remove(hit);
                _recent.AddFirst(hit);
                return new BpmnReadResult(hit.Value, []);
            }
        }

        // Parse outside the lock: two threads may parse the same file once each, which is harmless.
        var result = BpmnReader.Read(xml ?? "");
        if (result is { IsSuccess: true, Definition: { } definition })
        {
            lock (_lock)
            {
                if (!_byHash.ContainsKey(hash))
                {
                    _byHash[hash] = _recent.AddFirst(definition);
                    while (_byHash.Count > Math.Max(1, capacity))
                    {
                        _byHash.Remove(_recent.Last!.Value.ContentHash);
                        _recent.RemoveLast();
                    }
                }
            }
        }

        return result;
    }
}
