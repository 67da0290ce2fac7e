using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LaiChau.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LaiChau.Host.Tests.Infrastructure;

/// <summary>
/// A real HTTPS server on 127.0.0.1 with a self-signed certificate for <c>localhost</c>, standing for a client app's
/// media host; it counts the requests it receives. <c>/hang</c> answers only when the server stops (and says when it
/// was asked), for timeouts.
/// </summary>
internal sealed class LoopbackHttpsServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _requests;

    private LoopbackHttpsServer(WebApplication app, X509Certificate2 certificate, int port)
    {
        (_app, Certificate, Port) = (app, certificate, port);
    }

    public X509Certificate2 Certificate { get; }

    public int Port { get; }

    public int Requests => Volatile.Read(ref _requests);

    public TaskCompletionSource HangStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Url(string host, string path) => $"https://{host}:{Port}{path}";

    /// <summary>Starts the server; <paramref name="files"/> maps paths to the bytes (and declared type) they serve.</summary>
    public static async Task<LoopbackHttpsServer> StartAsync(IReadOnlyDictionary<string, (string Type, byte[] Bytes)> files, IReadOnlyDictionary<string, string> redirects)
    {
        var certificate = SelfSigned();
        var port = LoopbackPorts.Free();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.UseHttps(certificate)));
        var app = builder.Build();
        var server = new LoopbackHttpsServer(app, certificate, port);
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref server._requests);
            await next(context);
        });
        app.MapGet("/hang", async () =>
        {
            server.HangStarted.TrySetResult();
            await server._release.Task;
            return Results.Ok();
        });
        app.MapGet("/{**path}", (string path) =>
            files.TryGetValue("/" + path, out var file) ? Results.Bytes(file.Bytes, file.Type)
            : redirects.TryGetValue("/" + path, out var location) ? Results.Redirect(location.Replace("{port}", $"{port}", StringComparison.Ordinal))
            : Results.NotFound());
        await app.StartAsync();
        return server;
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        _release.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Certificate.Dispose();
    }
}
