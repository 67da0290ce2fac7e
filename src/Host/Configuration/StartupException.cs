namespace LaiChau.Host.Configuration;

/// <summary>A start-up failure the operator can fix; its message is one line that names the setting concerned.</summary>
public sealed class StartupException(string message, Exception? innerException = null) : Exception(message, innerException);
