using LaiChau.Host.Configuration;
using LaiChau.Reporting.Fonts;

namespace LaiChau.Host.Documents;

/// <summary>
/// Finds the documents' font (Liberation Serif, every Vietnamese glyph) at start-up, so a missing font stops the app
/// with one line instead of failing the first letter — never a PDF with missing glyphs (issue 7 point 1).
/// <c>Documents:FontFolder</c> adds a folder to search.
/// </summary>
public sealed class DocumentFontsCheck(IConfiguration configuration) : IHostedService
{
    public const string FolderSetting = "Documents:FontFolder";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            DocumentFonts.Use(configuration[FolderSetting]);
        }
        catch (FontNotFoundException ex)
        {
            throw new StartupException($"{ex.Message} ({FolderSetting} names one more folder to search.)", ex);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
