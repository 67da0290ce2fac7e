using System.Diagnostics;
using System.Text;

namespace LaiChau.Host.Tests.Infrastructure;

/// <summary>
/// The built host run as a real process (Kestrel, configuration, exit code), as <c>dotnet run</c> runs it after
/// building. Output is collected; the process is killed on dispose.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(string Text, TaskCompletionSource Seen)> _awaited = [];

    private HostProcess(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LaiChau.Host.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) =>
        {
            Append(_stdout, e.Data);
            Signal(e.Data);
            if (e.Data?.Contains("Now listening on:", StringComparison.Ordinal) == true)
            {
                _listening.TrySetResult();
            }
        };
        _process.Exited += (_, _) => _listening.TrySetResult();
        _process.EnableRaisingEvents = true;
        _process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string StandardOutput => Read(_stdout);

    public string StandardError => Read(_stderr);

    public static HostProcess Start(params string[] args) => new(args);

    /// <summary>
    /// Waits until Kestrel says it listens (start-up work is done by then) or the process ends; false on time-out.
    /// </summary>
    public async Task<bool> WaitUntilListeningAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _listening.Task.WaitAsync(cancel.Token);
            return !_process.HasExited;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Waits until a line of standard output contains <paramref name="text"/> (output arrives asynchronously); false on time-out.</summary>
    public async Task<bool> WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_stdout)
        {
            if (_stdout.ToString().Contains(text, StringComparison.Ordinal))
            {
                return true;
            }

            _awaited.Add((text, seen));
        }

        try
        {
            await seen.Task.WaitAsync(timeout);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Signal(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_stdout)
        {
            foreach (var waiter in _awaited.Where(w => line.Contains(w.Text, StringComparison.Ordinal)).ToList())
            {
                waiter.Seen.TrySetResult();
                _awaited.Remove(waiter);
            }
        }
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }

    private static string Read(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }
}
