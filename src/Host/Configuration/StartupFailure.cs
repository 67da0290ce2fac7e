using Microsoft.Extensions.Options;

namespace LaiChau.Host.Configuration;

public static class StartupFailure
{
    /// <summary>
    /// Runs the app; a configuration or start-up error ends it with one line per problem on standard error
    /// (naming the setting) and a non-zero exit code, instead of a stack trace.
    /// </summary>
    public static async Task<int> RunOrExplainAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures)
            {
                await Console.Error.WriteLineAsync($"Configuration error: {failure}");
            }

            return 2;
        }
        catch (StartupException ex)
        {
            await Console.Error.WriteLineAsync($"Start-up error: {ex.Message}");
            return 3;
        }
    }
}
