using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.Notices.Sms;

/// <summary>
/// A real SMPP 3.4 server (tests/Support/smpp/smsc.js on npm smpp 0.5.1) in a child process, with the behaviour the test
/// asks for; every event it logs (bind, submit with the decoded text, throttle, drop, receipt) is kept in order.
/// </summary>
public sealed class TestSmsc : IAsyncDisposable
{
    private readonly Process _node;
    private readonly ConcurrentQueue<JsonElement> _events = new();
    private readonly TaskCompletionSource<int> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _arrived = new(0);

    private TestSmsc(object behaviour)
    {
        var script = Path.Combine(RepositoryPaths.Root, "tests", "Support", "smpp", "smsc.js");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(JsonSerializer.Serialize(behaviour));
        _node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        _node.OutputDataReceived += (_, line) =>
        {
            if (string.IsNullOrWhiteSpace(line.Data))
            {
                return;
            }

            var e = JsonDocument.Parse(line.Data).RootElement.Clone();
            if (e.GetProperty("event").GetString() == "listening")
            {
                _listening.TrySetResult(e.GetProperty("port").GetInt32());
                return;
            }

            _events.Enqueue(e);
            _arrived.Release();
        };
        _node.BeginOutputReadLine();
    }

    public int Port { get; private set; }

    public IReadOnlyList<JsonElement> Events => [.. _events];

    public IReadOnlyList<JsonElement> Submits => [.. _events.Where(e => e.GetProperty("event").GetString() == "submit")];

    /// <summary>Starts the server. Behaviour: systemId, password, throttleFirst, dropAtSubmit, receipts, port.</summary>
    public static async Task<TestSmsc> StartAsync(object? behaviour = null)
    {
        var smsc = new TestSmsc(behaviour ?? new { });
        smsc.Port = await smsc._listening.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return smsc;
    }

    /// <summary>Waits until the server has logged an event of this kind <paramref name="count"/> times (I/O, not time).</summary>
    public async Task WaitForAsync(string kind, int count)
    {
        while (_events.Count(e => e.GetProperty("event").GetString() == kind) < count)
        {
            if (!await _arrived.WaitAsync(TimeSpan.FromSeconds(30)))
            {
                throw new TimeoutException($"The SMSC logged fewer than {count} '{kind}' events: {string.Join(", ", _events)}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_node.HasExited)
        {
            _node.Kill();
            await _node.WaitForExitAsync();
        }

        _node.Dispose();
        _arrived.Dispose();
    }
}
