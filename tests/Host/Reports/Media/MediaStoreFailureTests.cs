using System.Net;
using System.Text.Json;
using LaiChau.Host.Data;
using LaiChau.Host.Reports.Media;
using LaiChau.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace LaiChau.Host.Tests.Reports.Media;

/// <summary>
/// A media store that fails — out of space, or handed a stream longer than its channel said — cannot be made so on
/// demand with the real file store, so a mock stands in for it: the citizen gets an answer that says what to do, never
/// a 500, and nothing is saved.
/// </summary>
public sealed class MediaStoreFailureTests : IAsyncLifetime
{
    private readonly Mock<IMediaStore> _store = new();
    private HostFactory? _host;

    [Fact]
    public async Task MediaStore_OutOfSpace_Answers503_AndSavesNothing()
    {
        _store.Setup(s => s.PutAsync(It.IsAny<Stream>(), It.IsAny<long>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("No space left on device"));
        var world = await WorldAsync();

        var response = await MediaIntakeTests.PostAsync(world, "rac-thai", ("a.jpg", "image/jpeg", MediaSamples.Jpeg()));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("media: Hệ thống tạm thời không lưu được ảnh, video của phản ánh; phản ánh chưa được gửi. Vui lòng gửi lại sau ít phút.",
            await DescriptionAsync(response));
        Assert.Equal(0, await ReportsAsync(world));
        _store.Verify(s => s.PutAsync(It.IsAny<Stream>(), It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task MediaStore_StreamLongerThanItsChannelSaid_IsAFieldError_NotA500()
    {
        _store.Setup(s => s.PutAsync(It.IsAny<Stream>(), It.IsAny<long>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new MediaTooLargeException(10 * 1024 * 1024));
        var world = await WorldAsync();

        var response = await MediaIntakeTests.PostAsync(world, "rac-thai", ("a.jpg", "image/jpeg", MediaSamples.Jpeg()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("media: Tệp ảnh, video vượt quá 10 MB.", await DescriptionAsync(response));
        Assert.Equal(0, await ReportsAsync(world));
    }

    private async Task<ReportWorld> WorldAsync()
    {
        _host = new HostFactory().WithServices(s => s.AddSingleton(_store.Object));
        return await ReportWorld.StartAsync(_host);
    }

    private static async Task<string?> DescriptionAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[0].GetProperty("description").GetString();

    private static async Task<int> ReportsAsync(ReportWorld world)
    {
        await using var scope = world.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Reports.CountAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
